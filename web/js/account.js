// @ts-check
import { api } from './api.js';
import { currentUser, forget, setCurrentUser } from './session.js';

/** Asks the service who is signed in (session cookie or pasted token); null when nobody is. */
export async function refreshMe() {
  try {
    setCurrentUser(await api('/me', { quiet: true }));
  } catch (error) {
    if (/** @type {any} */ (error).status !== 401) throw error;
    setCurrentUser(null);
  }
  return currentUser();
}

/** Ends the session on the server (a pasted token just stays behind in nobody's hands) and forgets the person. */
export async function signOut() {
  if (currentUser()?.via === 'session') await api('/auth/sign-out', { method: 'POST', quiet: true }).catch(() => null);
  forget();
}
