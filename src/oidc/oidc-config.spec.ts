import { Role } from '../auth/role';
import { loadOidcSettings } from './oidc-config';

describe('loadOidcSettings', () => {
  const minimal = { OIDC_ISSUER_URL: 'https://login.stockholm.se/realms/staff/', OIDC_CLIENT_ID: 'social-clauses', OIDC_CLIENT_SECRET: 's3cret' };

  it('is off when no OIDC setting is given', () => {
    expect(loadOidcSettings({})).toBeUndefined();
  });

  it('applies the documented defaults', () => {
    expect(loadOidcSettings(minimal)).toEqual({
      issuerUrl: 'https://login.stockholm.se/realms/staff/',
      clientId: 'social-clauses',
      clientSecret: 's3cret',
      roleClaim: 'groups',
      roleMap: [],
      scopes: 'openid email profile',
    });
  });

  it('reads the claim, the map and the scopes', () => {
    const settings = loadOidcSettings({ ...minimal, OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: 'sc-pact=pact_office', OIDC_SCOPES: ' openid  email groups ' });
    expect(settings).toMatchObject({ roleClaim: 'roles', roleMap: [{ value: 'sc-pact', role: Role.PactOffice }], scopes: 'openid email groups' });
  });

  it('accepts http only on this machine', () => {
    expect(loadOidcSettings({ ...minimal, OIDC_ISSUER_URL: 'http://127.0.0.1:4000' })?.issuerUrl).toBe('http://127.0.0.1:4000');
    expect(loadOidcSettings({ ...minimal, OIDC_ISSUER_URL: 'http://localhost:4000/' })?.issuerUrl).toBe('http://localhost:4000/');
    expect(() => loadOidcSettings({ ...minimal, OIDC_ISSUER_URL: 'http://login.stockholm.se' })).toThrow(/OIDC_ISSUER_URL must be an https/);
  });

  it.each([
    [{ OIDC_ISSUER_URL: 'https://login.stockholm.se' }, /OIDC_CLIENT_ID is required when OIDC_ISSUER_URL is set/],
    [{ OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' }, /OIDC_ISSUER_URL is required/],
    [{ OIDC_ROLE_MAP: 'sc-admins=admin' }, /OIDC_ROLE_MAP needs OIDC_ISSUER_URL/],
    [{ ...minimal, OIDC_ISSUER_URL: 'login.stockholm.se' }, /OIDC_ISSUER_URL/],
    [{ ...minimal, OIDC_ISSUER_URL: 'https://login.stockholm.se/?tenant=x' }, /OIDC_ISSUER_URL/],
    [{ ...minimal, OIDC_ROLE_CLAIM: 'groups; drop' }, /OIDC_ROLE_CLAIM/],
    [{ ...minimal, OIDC_SCOPES: 'email profile' }, /OIDC_SCOPES/],
    [{ ...minimal, OIDC_ROLE_MAP: 'sc-x=supplier' }, /OIDC_ROLE_MAP/],
  ])('refuses %j with one line naming the setting', (env, message) => {
    expect(() => loadOidcSettings(env)).toThrow(message);
  });
});
