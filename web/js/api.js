// @ts-check
import { lang, t } from './i18n.js';
import { csrfToken, token } from './session.js';

/**
 * The API's one error shape: { statusCode, error, code, params?, message, fields?: [{ field, messages, codes }] };
 * `message` and `messages` come in the language the request asked for (Accept-Language).
 */
export class ApiError extends Error {
  /** @param {number} status @param {{ message?: string, code?: string, fields?: { field: string, messages: string[] }[] }} body */
  constructor(status, body) {
    super(body.message || t('error.unknown'));
    this.status = status;
    /** @type {string | undefined} */
    this.code = body.code;
    this.fields = body.fields ?? [];
  }
}

/**
 * Sends the session cookie (same origin only), and on a change the session's CSRF token; a pasted
 * development token goes as a bearer token. A 401 means the person is signed out: the shell is told,
 * unless the caller is only asking (`quiet`).
 * @param {string} path under /api, e.g. '/procurements'
 * @param {{ method?: string, query?: Record<string, any>, body?: any, headers?: Record<string, string>, quiet?: boolean }} [options]
 */
async function send(path, { method = 'GET', query, body, headers = {}, quiet = false } = {}) {
  const url = new URL(`/api${path}`, location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  /** @type {RequestInit & { headers: Record<string, string> }} */
  // The API writes its errors (and reasons) in the language the interface shows.
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': lang(), ...headers } };
  const bearer = token();
  if (bearer) init.headers.Authorization = `Bearer ${bearer}`;
  const csrf = csrfToken();
  if (csrf && method !== 'GET' && method !== 'HEAD') init.headers['X-CSRF-Token'] = csrf;
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError(0, { message: t('error.network') });
  }
  if (res.status === 401 && !quiet) window.dispatchEvent(new CustomEvent('session-rejected'));
  if (!res.ok) {
    const errorBody = await res.json().catch(() => ({ message: `${res.status} ${res.statusText}` }));
    throw new ApiError(res.status, errorBody);
  }
  return res;
}

/** Calls the API and returns the parsed JSON (or text, or null for 204). */
export async function api(path, options) {
  const res = await send(path, options);
  if (res.status === 204) return null;
  return (res.headers.get('content-type') ?? '').includes('json') ? res.json() : res.text();
}

/**
 * The file name a Content-Disposition header gives: the UTF-8 `filename*` (RFC 5987) when present,
 * else the plain `filename` as it stands (it is not percent-encoded: `100% klart.pdf` is a name).
 * @param {string} disposition
 * @returns {string | undefined}
 */
export function dispositionFileName(disposition) {
  const encoded = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? /filename=([^";\s]+)/i.exec(disposition)?.[1];
}

/** Fetches a file as the signed-in person and hands it to the browser as a download. */
export async function download(path, fallbackName, query) {
  const res = await send(path, { query, headers: { Accept: '*/*' } });
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = dispositionFileName(disposition) ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** Fetches an image as the signed-in person as a data: URL, which the page's content security policy allows. */
export async function imageDataUrl(path) {
  const blob = await (await send(path, { headers: { Accept: 'image/*' } })).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(/** @type {string} */ (reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** A fresh Idempotency-Key for one report submission (a retry of the same request reuses it). */
export function newIdempotencyKey() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
