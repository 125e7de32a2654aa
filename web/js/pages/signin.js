// @ts-check
import { refreshMe } from '../account.js';
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { t, term } from '../i18n.js';
import { homePath } from '../routes.js';
import { decode, forget, keepToken } from '../session.js';
import { notice, section } from '../ui.js';

/**
 * Sign-in: city staff with the city's identity provider (when the service has one), suppliers with
 * a one-time code sent by e-mail, and outside production a pasted development token.
 */
export async function signinPage(page, { go, query }) {
  const methods = await api('/auth/methods');
  const stored = sessionStorage.getItem('social-clauses.notice');
  sessionStorage.removeItem('social-clauses.notice');
  const failed = query.get('error');
  append(page, [
    h('h1', { id: 'signin-heading' }, t('signin.heading')),
    stored ? notice(t(stored), 'info') : null,
    failed ? notice(failure(failed), 'error') : null,
    methods.oidc ? section(t('signin.staff.heading'),
      h('p', null, h('a', { class: 'button', href: `/api/auth/oidc/start?returnTo=${encodeURIComponent('/#/')}` }, t('signin.staff.button')))) : null,
    methods.emailCode ? section(t('signin.supplier.heading'), emailCodeSteps(go)) : null,
    methods.devToken ? section(t('signin.dev.heading'), h('p', null, t('signin.intro')), devTokenForm(go)) : null,
  ]);
}

/** Why the city's sign-in did not go through, as the service names it (`?error=<code>`). @param {string} code */
function failure(code) {
  const known = term('signin.error', code);
  return known === code ? t('signin.oidcFailed', { code }) : known;
}

/** Two steps: the address (a code is sent whether or not it has an account), then the code. @param {(path: string) => void} go */
function emailCodeSteps(go) {
  const steps = h('div', null);
  const askForCode = /** @type {HTMLFormElement} */ (h('form', { class: 'narrow' },
    errorSummary(),
    h('p', null, t('signin.supplier.intro')),
    field({ name: 'email', label: t('signin.email'), type: 'email', required: true, autocomplete: 'email', maxlength: 254 }),
    submitButton(t('signin.sendCode'))));
  onSubmit(askForCode, async ({ email }) => {
    await api('/auth/email-code', { method: 'POST', body: { email } });
    steps.replaceChildren(codeForm(email, go, () => steps.replaceChildren(askForCode)));
  });
  steps.append(askForCode);
  return steps;
}

/** @param {string} email @param {(path: string) => void} go @param {() => void} restart */
function codeForm(email, go, restart) {
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'narrow' },
    errorSummary(),
    notice(t('signin.codeSent', { email })),
    field({ name: 'code', label: t('signin.code'), required: true, hint: t('signin.codeHint'), pattern: '\\d{6}', maxlength: 6, autocomplete: 'one-time-code' }),
    submitButton(t('signin.verify')),
    h('button', { type: 'button', class: 'button secondary', onclick: restart }, t('signin.otherAddress'))));
  onSubmit(form, async ({ code }) => {
    try {
      await api('/auth/email-code/verify', { method: 'POST', body: { email, code }, quiet: true });
    } catch (error) {
      if (/** @type {any} */ (error).status !== 401) throw error;
      throw { message: t('signin.codeRejected'), fields: [{ field: 'code', messages: [t('signin.codeRejected')] }] };
    }
    go(homePath(await refreshMe()));
  });
  return form;
}

/** A token issued with `npm run cli -- token --role <role>`; the service judges it on GET /api/me. @param {(path: string) => void} go */
function devTokenForm(go) {
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'narrow' },
    errorSummary(),
    field({ name: 'token', label: t('signin.token'), type: 'textarea', required: true, hint: t('signin.tokenHint'), rows: 5 }),
    submitButton(t('signin.submit'))));
  onSubmit(form, async ({ token }) => {
    const claims = decode(token);
    if (!claims) throw { message: t('signin.malformed'), fields: [{ field: 'token', messages: [t('signin.malformed')] }] };
    if (claims.exp && claims.exp * 1000 <= Date.now()) throw { message: t('signin.expired'), fields: [{ field: 'token', messages: [t('signin.expired')] }] };
    keepToken(token);
    const user = await refreshMe().catch((error) => {
      forget();
      throw error;
    });
    if (!user) {
      forget();
      throw { message: t('signin.rejected'), fields: [{ field: 'token', messages: [t('signin.rejected')] }] };
    }
    go(homePath(user));
  });
  return form;
}

/** A one-time link from an invitation or `users add`: spent at once, and the person is signed in. */
export async function signInLinkPage(page, { params, go }) {
  try {
    await api('/auth/link', { method: 'POST', body: { token: params.token }, quiet: true });
  } catch (error) {
    const status = /** @type {any} */ (error).status;
    append(page, [
      h('h1', null, t('signin.link.heading')),
      notice(status === 401 || status === 400 ? t('signin.link.failed') : /** @type {Error} */ (error).message, 'error'),
      h('p', null, h('a', { href: '#/sign-in' }, t('signin.link.toSignIn'))),
    ]);
    return;
  }
  forget();
  go(homePath(await refreshMe()));
}
