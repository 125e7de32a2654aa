/**
 * A real OpenID provider for the tests: `oidc-provider` (certified), started by
 * test/support/test-oidc-provider.ts in a child process, as it is ESM-only and the test runner's
 * module system cannot load it, on a free port. Configuration comes in OIDC_TEST_CONFIG (JSON:
 * clients, accounts by login, which is also their subject); the parent is told `{ issuer }` once it
 * listens and may then send `{ tamper }` to have the provider's next ID tokens altered,
 * `{ codeTtlSeconds }`, or `{ account: { login, claims } }` to change what it says about a person.
 *
 * The sign-in page is a plain form: a person (or a browser test) types an account's login and
 * presses "Logga in". Consent is given on the person's behalf, as a city's provider does for its
 * own applications.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { clients, accounts } = JSON.parse(process.env.OIDC_TEST_CONFIG);

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const kid = 'test-key-1';
let tamper = null;
let codeTtlSeconds = 60;

const configuration = {
  clients,
  jwks: { keys: [{ ...signingKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { AuthorizationCode: () => codeTtlSeconds, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 600, Grant: 600 },
  findAccount: (_ctx, login) => {
    const account = accounts[login];
    return account && { accountId: login, claims: () => ({ sub: login, ...account.claims }) };
  },
};

/** The ID token re-signed with the requested changes: claims replaced, or signed by another key. */
function tampered(idToken, { claims = {}, foreignKey = false }) {
  const [header, payload] = idToken.split('.');
  const body = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ...claims };
  const input = `${header}.${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
  const key = foreignKey ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey : signingKey;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** The provider at the address it listens on, with the tampering step around its token endpoint. */
function providerAt(issuer) {
  const provider = new Provider(issuer, configuration);
  provider.use(async (ctx, next) => {
    await next();
    if (tamper && ctx.path === '/token' && ctx.body?.id_token) ctx.body.id_token = tampered(ctx.body.id_token, tamper);
  });
  return provider;
}

const page = (uid, message = '') => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Testleverantör</title></head>
<body><h1>Stadens inloggning (test)</h1><p>${message}</p>
<form method="post" action="/interaction/${uid}/login"><label>Användarnamn <input name="login" autocomplete="off"></label>
<button type="submit">Logga in</button></form></body></html>`;

async function formOf(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString());
}

/** The sign-in form, and on its submission login and consent in one step. */
async function interaction(provider, req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (!action) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(uid));
    return;
  }
  const login = (await formOf(req)).get('login') ?? '';
  if (!accounts[login]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(uid, 'Okänt användarnamn'));
    return;
  }
  const grant = new provider.Grant({ accountId: login, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: login }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

let provider;
let handle;
const server = createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url.split('?')[0]);
  if (!match) return handle(req, res);
  interaction(provider, req, res, match[1], match[2]).catch((error) => {
    res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error.message));
  });
});

process.on('message', (message) => {
  if ('tamper' in message) tamper = message.tamper;
  if ('codeTtlSeconds' in message) codeTtlSeconds = message.codeTtlSeconds;
  if ('account' in message) accounts[message.account.login] = { claims: message.account.claims };
  process.send({ done: true });
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  provider = providerAt(`http://127.0.0.1:${server.address().port}`);
  handle = provider.callback();
  process.send({ issuer: provider.issuer });
});
