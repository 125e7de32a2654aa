// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { t } from '../i18n.js';
import { homePath } from '../routes.js';
import { decode, signIn, signOut } from '../session.js';

/** Sign-in by pasting an access token issued with `npm run cli -- token --role <role>`. */
export async function signinPage(page, { go }) {
  const notice = sessionStorage.getItem('social-clauses.notice');
  sessionStorage.removeItem('social-clauses.notice');
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'card narrow', 'aria-labelledby': 'signin-heading' },
    errorSummary(),
    field({ name: 'token', label: t('signin.token'), type: 'textarea', required: true, hint: t('signin.tokenHint'), rows: 5 }),
    submitButton(t('signin.submit')),
  ));
  onSubmit(form, async ({ token }) => {
    const claims = decode(token);
    if (!claims) throw { message: t('signin.malformed'), fields: [{ field: 'token', messages: [t('signin.malformed')] }] };
    if (claims.exp && claims.exp * 1000 <= Date.now()) throw { message: t('signin.expired'), fields: [{ field: 'token', messages: [t('signin.expired')] }] };
    signIn(token);
    try {
      // Any call the role may make proves the signature; the server is the judge, not this page.
      await api('/suppliers', { query: { limit: 1 } });
    } catch (error) {
      signOut();
      const message = /** @type {any} */ (error).status === 401 ? t('signin.rejected') : /** @type {Error} */ (error).message;
      throw { message, fields: [{ field: 'token', messages: [message] }] };
    }
    go(homePath(claims));
  });
  append(page, [
    h('h1', { id: 'signin-heading' }, t('signin.heading')),
    notice ? h('p', { class: 'alert alert-info', role: 'status' }, t(notice)) : null,
    h('p', null, t('signin.intro')),
    form,
  ]);
}
