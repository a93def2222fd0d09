// SPDX-License-Identifier: Apache-2.0
// The console's shell: sign-in, the header (organisation, user, role), the navigation the role allows, and the
// router from #/... to a page. Routes carry ids only, never the token. Under mutual TLS, when the server said the
// browser's certificate is one of its identities (api.js), the session starts signed in: /me tells who it is.
import {getJson, session} from './api.js';
import {currentLanguage, setLanguage, t} from './i18n.js';
import {h, show} from './dom.js';
import {can} from './roles.js';
import {signInPage} from './sign-in.js';
import {lotsPage} from './lots.js';
import {lotPage} from './lot.js';
import {registerPage} from './register.js';
import {tracePage} from './trace.js';
import {recallPage, recallsPage} from './recall.js';
import {directoryPage} from './directory.js';
import {departmentPage} from './department.js';
import {entryPage} from './entry.js';
import {sharingPage} from './sharing.js';
import {chainPage} from './chain.js';
import {problemText} from './messages-view.js';

const root = document.getElementById('main');
const nav = document.getElementById('nav');
let me = null;
/** The running page's clean-up (a recall page's polling), called before the next page renders. */
let leave = () => {};
/**
 * Counts routings. Each routing renders into its own element: a page still waiting for its data when the user moves
 * on (a language switch, then a click) writes into its own element, no longer in the document, so it never covers
 * the page the user went to, and its clean-up runs as soon as it is done.
 */
let routing = 0;

// The food pages for organisations on foodtrace, the directory pages for those on govdir (a page another
// organisation may not open reads as not found).
const ROUTES = [
  [/^#\/lots$/, main => can.food(me) && lotsPage(main, me)],
  [/^#\/lots\/([^/]+)$/, (main, id) => can.food(me) && lotPage(main, me, id)],
  [/^#\/trace\/([^/]+)$/, (main, id) => can.food(me) && tracePage(main, me, id)],
  [/^#\/register$/, main => can.food(me) && can.register(me) && registerPage(main, me)],
  [/^#\/recalls$/, main => can.food(me) && can.recall(me) && recallsPage(main, me)],
  [/^#\/recalls\/([^/]+)$/, (main, id) => can.food(me) && recallPage(main, me, id)],
  [/^#\/directory$/, main => can.directory(me) && directoryPage(main, me)],
  [/^#\/departments\/([^/]+)$/, (main, code) => can.directory(me) && departmentPage(main, me, code)],
  [/^#\/departments\/([^/]+)\/sharing$/, (main, code) => can.directory(me) && sharingPage(main, me, code)],
  [/^#\/entries\/([^/]+)$/, (main, code) => can.directory(me) && entryPage(main, me, code)],
  [/^#\/chain$/, main => chainPage(main, me)],
  [/^#\/chain\/([^/]+)$/, (main, txId) => chainPage(main, me, txId)],
];

/** Where a signed-in user starts: the lots of a foodtrace organisation, else the directory, else the chain. */
function home() {
  if (can.food(me)) {
    return '#/lots';
  }
  return can.directory(me) ? '#/directory' : '#/chain';
}

async function route() {
  const current = ++routing;
  leave();
  leave = () => {};
  const main = h('div', {class: 'page'});
  show(root, main);
  renderChrome();
  if (!session.signedIn()) {
    signInPage(main, signedIn);
    return;
  }
  if (!me) {
    try {
      me = await getJson('/me');
      if (current !== routing) {
        return;
      }
    } catch (e) {
      if (current !== routing) {
        return;
      }
      if (!session.signedIn()) {
        renderChrome();
        signInPage(main, signedIn, problemText(e)); // the token was refused: ask for another, saying why
      } else {
        show(main, h('p', {role: 'alert', class: 'error'}, problemText(e)));
      }
      return;
    }
    renderChrome();
  }
  if (!location.hash) {
    history.replaceState(null, '', home()); // no new history entry, no second hashchange
    renderChrome();
  }
  const hash = location.hash;
  for (const [pattern, page] of ROUTES) {
    const match = pattern.exec(hash);
    if (match) {
      const cleanUp = await page(main, ...match.slice(1).map(decodeURIComponent));
      if (current !== routing) {
        if (typeof cleanUp === 'function') {
          cleanUp(); // the user went on while it loaded: stop its polling, streams and graph at once
        }
        return;
      }
      if (cleanUp === false) {
        break; // a page the role may not open: shown as not found, like any unknown route
      }
      leave = typeof cleanUp === 'function' ? cleanUp : () => {};
      return;
    }
  }
  show(main, h('p', {}, t('notFound')));
}

/** After sign-in, the role's home page (once /me says what the role is), whatever the address said before. */
function signedIn() {
  me = null;
  if (location.hash !== '') {
    history.replaceState(null, '', location.pathname);
  }
  route();
}

function renderChrome() {
  document.title = t('app.title');
  const language = document.getElementById('language');
  language.textContent = t('language.switch');
  language.setAttribute('aria-label', t('language.label'));
  language.setAttribute('lang', currentLanguage() === 'zh' ? 'en' : 'zh-CN');
  const signOut = document.getElementById('sign-out');
  signOut.textContent = t('signin.out');
  signOut.hidden = !session.signedIn();
  const identity = document.getElementById('identity');
  identity.textContent = me ? t('identity', me.organization, me.user, me.role || t('role.none'))
      + (session.byCertificate() ? ` ${t('signin.byCertificate')}` : '') : '';
  nav.setAttribute('aria-label', t('nav.label'));
  const links = [];
  if (me && can.food(me)) {
    links.push(['#/lots', t('nav.lots'), 'nav-lots']);
    if (can.register(me)) {
      links.push(['#/register', t('nav.register'), 'nav-register']);
    }
    if (can.recall(me)) {
      links.push(['#/recalls', t('nav.recalls'), 'nav-recalls']);
    }
  }
  if (me && can.directory(me)) {
    links.push(['#/directory', t('nav.directory'), 'nav-directory']);
  }
  if (me) {
    links.push(['#/chain', t('nav.chain'), 'nav-chain']);
  }
  show(nav, h('ul', {}, links.map(([href, text, id]) => h('li', {}, h('a', {href, id,
    'aria-current': location.hash.startsWith(href) ? 'page' : undefined}, text)))));
}

document.getElementById('language').addEventListener('click', () => {
  setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh');
  route();
});
document.getElementById('sign-out').addEventListener('click', () => {
  session.signOut();
  me = null;
  route();
});
session.onUnauthenticated(() => {
  // An expired or revoked token: forget it, and ask for another.
  session.signOut();
  me = null;
});
window.addEventListener('hashchange', route);
route();
