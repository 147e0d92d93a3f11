// PMO Engine: "PMO workspace" in Cockpit's navigation, back to the workspace home page.
const appRoot = document.querySelector('base').getAttribute('app-root');
const home = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/';

export default [{
  id: 'pmo-workspace-link',
  pluginPoint: 'cockpit.navigation',
  priority: 1000,
  properties: {
    label: 'PMO workspace',
    pagePath: home
  },
  render: () => {}
}];
