// PMO Engine: "PMO workspace" in Cockpit's navigation, back to the workspace home page.
const appRoot = document.querySelector('base').getAttribute('app-root');
const home = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/';

export default [{
  id: 'pmo-workspace-link',
  pluginPoint: 'cockpit.navigation',
  priority: 1000,
  // the navigation draws a plain link from these two when a plugin brings no render function
  label: 'PMO workspace',
  pagePath: home
}];
