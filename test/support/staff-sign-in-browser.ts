import request, { Response } from 'supertest';
import TestAgent from 'supertest/lib/agent';

/**
 * A browser without a window for the staff sign-in: one cookie-keeping agent per origin (the
 * service, the provider), redirects followed by hand so each hop can be looked at or altered.
 */
export class StaffSignInBrowser {
  private readonly agents: Map<string, TestAgent>;

  constructor(private readonly serviceUrl: string, private readonly issuer: string) {
    this.agents = new Map([serviceUrl, issuer].map((url) => [new URL(url).origin, request.agent(url)]));
  }

  /** GET of an absolute URL (or a path of the service), without following redirects. */
  get(url: string): Promise<Response> {
    const target = new URL(url, this.serviceUrl);
    return this.agentFor(target).get(`${target.pathname}${target.search}`).redirects(0);
  }

  /**
   * Starts the sign-in at the service and follows it to the provider's sign-in form; returns the
   * form's URL. `alter` may change the authorisation request on its way to the provider.
   */
  async openSignInForm(returnTo?: string, alter?: (authorization: URL) => void): Promise<string> {
    const start = await this.get(`/api/auth/oidc/start${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`);
    if (start.status !== 302) throw new Error(`The start answered ${start.status}: ${start.text}`);
    const authorization = new URL(start.headers.location);
    alter?.(authorization);
    const form = await this.followWithin(this.issuer, authorization.href);
    if (!/\/interaction\//.test(form)) throw new Error(`Expected the provider's sign-in form, reached ${form}`);
    return form;
  }

  /**
   * Types the login into the provider's form and follows the provider's redirects; returns the
   * service's callback URL it sends the browser to, not yet visited.
   */
  async submitLogin(formUrl: string, login: string): Promise<string> {
    const target = new URL(`${formUrl}/login`);
    const posted = await this.agentFor(target).post(target.pathname).type('form').send({ login }).redirects(0);
    if (posted.status !== 303 && posted.status !== 302) throw new Error(`The provider answered ${posted.status}: ${posted.text}`);
    return this.followWithin(this.issuer, new URL(posted.headers.location, formUrl).href);
  }

  /** The callback URL for this login, reached through the whole flow. */
  async callbackFor(login: string, returnTo?: string): Promise<string> {
    return this.submitLogin(await this.openSignInForm(returnTo), login);
  }

  /** The whole flow: start, sign in at the provider, back to the service; the service's last answer. */
  async signIn(login: string, returnTo?: string): Promise<Response> {
    return this.get(await this.callbackFor(login, returnTo));
  }

  /** Visits `url` and follows redirects while they stay at `origin`; returns the first URL elsewhere, or the page reached. */
  private async followWithin(origin: string, url: string): Promise<string> {
    let at = new URL(url);
    for (let hops = 0; hops < 10 && at.origin === new URL(origin).origin; hops++) {
      const next = await this.get(at.href);
      if (next.status < 300 || next.status >= 400) return at.href;
      at = new URL(next.headers.location, at);
    }
    return at.href;
  }

  private agentFor(url: URL): TestAgent {
    const agent = this.agents.get(url.origin);
    if (!agent) throw new Error(`The browser only visits the service and the provider, not ${url.origin}`);
    return agent;
  }
}

/** The `sid=…` session cookie a response sets, if any. */
export function sessionCookieSet(response: Response): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return cookies.find((cookie) => /^sid=[^;]+/.test(cookie))?.split(';')[0];
}
