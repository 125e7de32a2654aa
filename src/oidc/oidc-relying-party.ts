import { Inject, Injectable } from '@nestjs/common';
import type * as OpenId from 'openid-client';
import { SignInAttempt } from './sign-in-attempts.repository';
import { OIDC_SETTINGS, OidcSettings } from './oidc-config';

/** The redirect URI registered at the provider: the service's public address, whatever proxy is in front. */
export const OIDC_REDIRECT_URI = Symbol('OIDC_REDIRECT_URI');

type Claims = Record<string, unknown>;

/**
 * The service as an OpenID Connect relying party, with `openid-client` (certified): discovery,
 * authorisation code flow with PKCE (S256), state and nonce, client_secret_basic, and the ID
 * token checked for issuer, audience, expiry, nonce and its signature against the provider's JWKS.
 *
 * openid-client 6 is ESM-only. Node ≥ 20.19 loads it with require(), as the compiled service
 * does; it is loaded on first use, so the service, and the test runner (whose module system cannot
 * load ESM), start without it. Version 5 (CommonJS) reached its end of life on 2026-04-30.
 */
@Injectable()
export class OidcRelyingParty {
  private configuration?: Promise<{ openid: typeof OpenId; config: OpenId.Configuration }>;

  constructor(
    @Inject(OIDC_SETTINGS) private readonly configured: OidcSettings | null,
    @Inject(OIDC_REDIRECT_URI) private readonly redirectUri: string,
  ) {}

  /** New random state, nonce and PKCE verifier for one sign-in. */
  async newSecrets(): Promise<Omit<SignInAttempt, 'returnTo'>> {
    const { openid } = await this.discovered();
    return { state: openid.randomState(), nonce: openid.randomNonce(), codeVerifier: openid.randomPKCECodeVerifier() };
  }

  /** The provider's authorisation URL for this attempt. */
  async authorizationUrl(attempt: Omit<SignInAttempt, 'returnTo'>): Promise<string> {
    const { openid, config } = await this.discovered();
    return openid.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scopes,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await openid.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    }).href;
  }

  /**
   * Redeems the code of the provider's answer (its query string) and returns the person's claims:
   * the validated ID token's, completed from the userinfo endpoint when it lacks the e-mail or the
   * role claim (many providers keep scope claims there). Throws on any failure.
   */
  async claimsOf(callbackQuery: string, attempt: SignInAttempt): Promise<Claims> {
    const { openid, config } = await this.discovered();
    const tokens = await openid.authorizationCodeGrant(config, new URL(`${this.redirectUri}?${callbackQuery}`), {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims() as Claims & { sub: string };
    const complete = idToken.email !== undefined && idToken[this.settings.roleClaim] !== undefined;
    if (complete || !config.serverMetadata().userinfo_endpoint) return idToken;
    const userinfo = await openid.fetchUserInfo(config, tokens.access_token, idToken.sub);
    return { ...userinfo, ...idToken };
  }

  private get settings(): OidcSettings {
    if (!this.configured) throw new Error('Staff single sign-on is not configured (OIDC_ISSUER_URL)');
    return this.configured;
  }

  /** Discovery once per instance; a failure (provider away) is retried on the next sign-in. */
  private discovered(): Promise<{ openid: typeof OpenId; config: OpenId.Configuration }> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async discover(): Promise<{ openid: typeof OpenId; config: OpenId.Configuration }> {
    const openid = await import('openid-client');
    const issuer = new URL(this.settings.issuerUrl);
    const config = await openid.discovery(
      issuer,
      this.settings.clientId,
      { client_secret: this.settings.clientSecret },
      openid.ClientSecretBasic(this.settings.clientSecret),
      {
        // Plain http is accepted by the configuration only for a provider on this machine.
        execute: [openid.enableNonRepudiationChecks, ...(issuer.protocol === 'http:' ? [openid.allowInsecureRequests] : [])],
        timeout: 10,
      },
    );
    return { openid, config };
  }
}
