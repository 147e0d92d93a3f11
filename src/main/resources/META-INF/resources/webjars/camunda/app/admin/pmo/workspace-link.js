// PMO Engine: "PMO workspace" in Admin's navigation, back to the workspace home page.
const appRoot = document.querySelector('base').getAttribute('app-root');
const home = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/';

export default [{
  id: 'pmo-workspace-link',
  pluginPoint: 'admin.navigation',
  priority: 1000,
  properties: {
    label: 'PMO workspace',
    pagePath: home
  },
  render: () => {}
}];
