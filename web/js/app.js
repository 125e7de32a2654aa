// @ts-check
import { h, replace } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { refreshMe, signOut } from './account.js';
import { showUnreadCount } from './notifications.js';
import { ROUTES, homePath } from './routes.js';
import { currentUser, forget, mayUse } from './session.js';
import { takeFlash } from './ui.js';

/**
 * A path segment of the address as written, decoded when it is percent-encoded; a stray `%` (as in
 * a pasted `100% klart`) is no encoding and stays as it is instead of throwing a URIError.
 * @param {string} segment
 */
function decodedSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** @param {string} hash @returns {{ route: any, params: Record<string, string>, query: URLSearchParams } | null} */
function match(hash) {
  const [path, search] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  for (const route of ROUTES) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    /** @type {Record<string, string>} */
    const params = {};
    if (pattern.every((seg, i) => (seg.startsWith(':') ? (params[seg.slice(1)] = decodedSegment(parts[i])) : seg === parts[i]))) {
      return { route, params, query: new URLSearchParams(search ?? '') };
    }
  }
  return null;
}

/** @param {string} path */
export function go(path) {
  location.hash = `#/${path}`;
}

function renderShell() {
  const user = currentUser();
  document.documentElement.lang = lang();
  const nav = /** @type {HTMLElement} */ (document.getElementById('nav'));
  const current = location.hash.replace(/^#\/?/, '').split('?')[0];
  const links = ROUTES.filter((r) => r.nav && mayUse(user, r.roles, r.when)).map((r) =>
    h('li', null, h('a', { href: `#/${r.path}`, 'aria-current': current === r.path ? 'page' : undefined }, t(r.nav))));
  replace(nav, h('ul', null, links));
  nav.hidden = !user;
  nav.setAttribute('aria-label', t('nav.label'));
  replace(/** @type {HTMLElement} */ (document.getElementById('who')), user ? who(user) : '');
  const signOutButton = /** @type {HTMLButtonElement} */ (document.getElementById('sign-out'));
  signOutButton.hidden = !user;
  signOutButton.textContent = t('shell.signOut');
  const langButton = /** @type {HTMLButtonElement} */ (document.getElementById('lang-switch'));
  langButton.textContent = lang() === 'sv' ? 'English' : 'Svenska';
  langButton.lang = lang() === 'sv' ? 'en' : 'sv';
  langButton.setAttribute('aria-label', lang() === 'sv' ? 'Switch to English' : 'Byt till svenska');
  /** @type {HTMLElement} */ (document.getElementById('skip-link')).textContent = t('shell.skip');
  /** @type {HTMLElement} */ (document.getElementById('brand-name')).textContent = t('shell.product');
  /** @type {HTMLElement} */ (document.getElementById('footer-text')).textContent = t('shell.footer');
  void showUnreadCount(user);
}

/**
 * The signed-in person in the header: name, role and, for a supplier's employee, the supplier. A
 * development token names no person, only its role.
 * @param {import('./session.js').Me} user
 */
function who(user) {
  const role = t(`role.${user.role}`);
  if (!user.id) return role;
  return [user.name, user.supplierName ? `${role}, ${user.supplierName}` : role].join(' · ');
}

let renderCount = 0;
async function render({ focus = true } = {}) {
  const main = /** @type {HTMLElement} */ (document.getElementById('main'));
  const user = currentUser();
  const found = match(location.hash);
  if (!user && !found?.route.public) return go('sign-in');
  if (!found) return go(user ? homePath(user) : 'sign-in');
  if (!found.route.public && !mayUse(user, found.route.roles, found.route.when)) return go(homePath(user));
  renderShell();
  const mine = ++renderCount;
  replace(main, h('p', { class: 'loading' }, t('shell.loading')));
  main.setAttribute('aria-busy', 'true');
  const page = h('div', { class: 'page' });
  try {
    await found.route.render(page, { params: found.params, query: found.query, user, go, refresh: () => render({ focus: false }) });
  } catch (error) {
    page.replaceChildren(h('h1', null, t('error.heading')), h('p', { class: 'alert alert-error', role: 'alert' }, /** @type {Error} */ (error).message));
  }
  if (mine !== renderCount) return;
  const flashed = takeFlash();
  if (flashed) page.querySelector('h1')?.after(flashed);
  replace(main, page);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? ''} – ${t('shell.product')}`;
  if (focus && heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

window.addEventListener('hashchange', () => void render());
window.addEventListener('session-rejected', () => {
  if (match(location.hash)?.route.public) return;
  const notice = currentUser()?.via === 'session' ? 'signin.ended' : 'signin.expired';
  forget();
  sessionStorage.setItem('social-clauses.notice', notice);
  go('sign-in');
});

document.getElementById('lang-switch')?.addEventListener('click', () => {
  setLang(lang() === 'sv' ? 'en' : 'sv');
  void render({ focus: false });
});
document.getElementById('sign-out')?.addEventListener('click', async () => {
  await signOut();
  go('sign-in');
});
document.getElementById('skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main')?.focus();
});

// Who is signed in is the service's answer, asked once per page load and again after signing in.
void refreshMe().catch(() => null).then(() => render({ focus: false }));
