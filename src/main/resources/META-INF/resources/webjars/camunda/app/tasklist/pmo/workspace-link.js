// PMO Engine: "PMO workspace" in Tasklist's header, back to the workspace home page.
const appRoot = document.querySelector('base').getAttribute('app-root');
const home = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/';

export default [{
  id: 'pmo-workspace-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 1000,
  render: (node) => {
    node.innerHTML = '<a href="' + home + '" class="pmo-workspace-link" title="PMO workspace: portfolio,'
      + ' projects and requests">PMO workspace</a>';
  }
}];
