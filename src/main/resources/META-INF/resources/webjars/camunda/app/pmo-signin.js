// The webapps (Tasklist, Cockpit, Admin) share the application's session: their own login view
// is not the way in. It shows after "Log out" (which has ended the session) and when the session
// has expired; both times the browser goes to the one sign-in page instead.
const appRoot = document.querySelector('base').getAttribute('app-root');
const signIn = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/login';

function toSignIn() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace(signIn);
  }
}

window.addEventListener('hashchange', toSignIn);
toSignIn();
