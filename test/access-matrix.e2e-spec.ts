import { randomUUID } from 'crypto';
import { Role } from '../src/auth/role';
import { createSupplier, orgNumber } from './support/factories';
import { createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';
import { createApiKey, createUser, signIn, SignedIn } from './support/user-factories';

/**
 * Who may call what: one row per route in the OpenAPI document. A route missing here fails the
 * first test, so a new route cannot ship without a decided rule.
 *
 * roles: the non-admin roles allowed (admin always is), or 'public'.
 * supplierScoped: the route reads or writes one supplier's data, so another supplier gets 403 or
 * 404 while the owning supplier gets through to the same record.
 * supplierAdmins: a supplier user gets through only as its supplier's administrator, which the
 * callers here are not (test/sessions.e2e-spec.ts covers supplier administrators).
 * ownAccount: the route acts on the caller's own user account, so a development token (which has
 * none) gets 403 where a session or API key of the same role gets through.
 * pactMembersOnly: the staff roles named act as a vacancy's employer for pact members only, so on the
 * owning supplier's vacancy (the fixture) they get 403 from the access policy once the body is valid.
 */
interface Rule {
  roles: Role[] | 'public';
  supplierScoped?: boolean;
  supplierAdmins?: boolean;
  ownAccount?: boolean;
  pactMembersOnly?: boolean;
}

const RULES: Record<string, Rule> = {
  'GET /api/health': { roles: 'public' },
  'GET /api/auth/oidc/start': { roles: 'public' },
  'GET /api/auth/oidc/callback': { roles: 'public' },
  'GET /api/audit': { roles: [Role.PactOffice] },
  'GET /api/outbox': { roles: [] },
  'GET /api/scheduled-runs': { roles: [Role.Officer, Role.PactOffice] },
  'POST /api/auth/email-code': { roles: 'public' },
  'POST /api/auth/email-code/verify': { roles: 'public' },
  'GET /api/suppliers': { roles: [Role.Officer, Role.PactOffice, Role.Supplier] },
  'POST /api/suppliers': { roles: [Role.Officer] },
  'GET /api/suppliers/{id}': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'PATCH /api/suppliers/{id}': { roles: [Role.Officer] },
  'GET /api/suppliers/{supplierId}/pact-membership': { roles: [Role.PactOffice, Role.Officer] },

  'POST /api/procurements': { roles: [Role.Officer] },
  'GET /api/procurements': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/procurements/{id}': { roles: [Role.Officer, Role.PactOffice] },
  'PATCH /api/procurements/{id}': { roles: [Role.Officer] },
  'GET /api/procurements/{id}/screening': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/procurements/{id}/screening-decisions': { roles: [Role.Officer, Role.PactOffice] },
  'POST /api/procurements/{id}/screening-decisions': { roles: [Role.Officer] },
  'POST /api/procurements/{id}/publish': { roles: [Role.Officer] },
  'POST /api/procurements/{id}/cancel': { roles: [Role.Officer] },
  'POST /api/procurements/{id}/complete': { roles: [Role.Officer] },
  'POST /api/procurements/{id}/clauses': { roles: [Role.Officer] },
  'GET /api/procurements/{id}/clauses': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/clauses/{id}': { roles: [Role.Officer, Role.PactOffice] },
  'PATCH /api/clauses/{id}': { roles: [Role.Officer] },
  'DELETE /api/clauses/{id}': { roles: [Role.Officer] },
  'GET /api/clauses/{id}/versions': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/clauses/{id}/versions/{version}': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/clauses/{id}/text': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/procurements/{id}/clause-text': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/procurements/{id}/annex.pdf': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/procurements/{id}/annex.docx': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/contracting-units': { roles: [Role.Officer, Role.PactOffice] },
  'POST /api/contracting-units': { roles: [Role.Officer] },
  'GET /api/contracting-units/{id}': { roles: [Role.Officer, Role.PactOffice] },
  'PATCH /api/contracting-units/{id}': { roles: [Role.Officer] },
  'PUT /api/contracting-units/{id}/letterhead': { roles: [Role.Officer] },
  'GET /api/contracting-units/{id}/letterhead': { roles: [Role.Officer, Role.PactOffice] },
  'DELETE /api/contracting-units/{id}/letterhead': { roles: [Role.Officer] },
  'GET /api/procurements/{id}/eforms': { roles: [Role.Officer, Role.PactOffice] },

  'POST /api/procurements/{id}/award': { roles: [Role.Officer] },
  'GET /api/contracts': { roles: [Role.Officer, Role.PactOffice, Role.Supplier] },
  'GET /api/contracts/{contractId}': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/placements': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/placements': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/placements/csv': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/placements/template.csv': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/placements/template.xlsx': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/placements/{placementId}': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'PATCH /api/contracts/{contractId}/clauses/{clauseId}/placements/{placementId}': { roles: [Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/dialogue-meetings': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/dialogue-meetings': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'PATCH /api/contracts/{contractId}/clauses/{clauseId}/dialogue-meetings/{reportId}': { roles: [Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/initiative-progress': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/initiative-progress': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'PATCH /api/contracts/{contractId}/clauses/{clauseId}/initiative-progress/{reportId}': { roles: [Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/reports/{reportType}/{reportId}/evidence': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/reports/{reportType}/{reportId}/evidence': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/evidence/{fileId}/content': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'PUT /api/contracts/{contractId}/reports/{reportType}/{reportId}/verification': { roles: [Role.PactOffice] },
  'POST /api/verifications/accept': { roles: [Role.PactOffice] },
  'POST /api/contracts/{contractId}/reports/{reportType}/{reportId}/withdrawal': { roles: [Role.Supplier, Role.PactOffice], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/status': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/recovery-plans': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/recovery-plans': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/periods/{number}/submission': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/follow-up/overdue-reports': { roles: [Role.PactOffice] },
  'GET /api/follow-up/clauses': { roles: [Role.PactOffice] },
  'GET /api/follow-up/pending-reports': { roles: [Role.PactOffice] },
  'GET /api/follow-up/questioned-reports': { roles: [Role.PactOffice, Role.Supplier] },
  'GET /api/contracts/{contractId}/audit': { roles: [Role.PactOffice] },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/breaches': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/breaches': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/breaches/{breachId}': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/breaches/{breachId}/recovery-plan': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/breaches/{breachId}/penalty': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/breaches/{breachId}/decision': { roles: [Role.Officer, Role.PactOffice] },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/breaches/{breachId}/withdrawal': { roles: [Role.Officer, Role.PactOffice] },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/breaches/{breachId}/letter.pdf': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/breaches/{breachId}/decision.pdf': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/breaches': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'GET /api/follow-up/remedy-requests': { roles: [Role.Officer, Role.PactOffice] },

  'GET /api/results': { roles: [Role.PactOffice, Role.Officer] },
  'GET /api/results.csv': { roles: [Role.PactOffice, Role.Officer] },
  'GET /api/results/trend': { roles: [Role.PactOffice, Role.Officer] },
  'GET /api/results/annual-report.pdf': { roles: [Role.PactOffice, Role.Officer] },
  'GET /api/results/matching': { roles: [Role.Matcher, Role.PactOffice] },
  'POST /api/recruitment-events': { roles: [Role.Matcher, Role.PactOffice] },
  'GET /api/recruitment-events': { roles: [Role.Matcher, Role.PactOffice, Role.Officer, Role.Supplier] },
  'GET /api/recruitment-events/{id}': { roles: [Role.Matcher, Role.PactOffice, Role.Officer, Role.Supplier], supplierScoped: true },
  'PATCH /api/recruitment-events/{id}': { roles: [Role.Matcher, Role.PactOffice] },

  'POST /api/pact-members': { roles: [Role.PactOffice] },
  'GET /api/pact-members': { roles: [Role.PactOffice, Role.Officer, Role.Matcher] },
  'GET /api/pact-members/{id}': { roles: [Role.PactOffice, Role.Officer] },
  'PATCH /api/pact-members/{id}': { roles: [Role.PactOffice] },
  'DELETE /api/pact-members/{id}': { roles: [Role.PactOffice] },
  'POST /api/pact-members/{memberId}/letters': { roles: [Role.PactOffice] },
  'GET /api/pact-members/{memberId}/letters': { roles: [Role.PactOffice, Role.Officer] },
  'GET /api/pact-members/{memberId}/letters/{version}': { roles: [Role.PactOffice, Role.Officer] },
  'GET /api/pact-members/check-ins/overdue': { roles: [Role.PactOffice, Role.Officer] },
  'POST /api/pact-members/{memberId}/check-ins': { roles: [Role.PactOffice] },
  'GET /api/pact-members/{memberId}/check-ins': { roles: [Role.PactOffice, Role.Officer] },
  'PATCH /api/pact-members/{memberId}/check-ins/{checkInId}': { roles: [Role.PactOffice] },
  'POST /api/pact-supplier-links': { roles: [Role.PactOffice] },
  'GET /api/pact-supplier-links': { roles: [Role.PactOffice, Role.Officer] },
  'DELETE /api/pact-supplier-links/{id}': { roles: [Role.PactOffice] },
  'POST /api/pact-invitations': { roles: [Role.PactOffice] },
  'GET /api/pact-invitations': { roles: [Role.PactOffice, Role.Officer] },
  'POST /api/pact-invitations/{id}/outcome': { roles: [Role.PactOffice] },

  'POST /api/vacancies': { roles: [Role.Supplier, Role.PactOffice, Role.Matcher] },
  'GET /api/vacancies': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier] },
  'GET /api/vacancies/{id}': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier], supplierScoped: true },
  'PATCH /api/vacancies/{id}': { roles: [Role.Supplier, Role.PactOffice, Role.Matcher], supplierScoped: true, pactMembersOnly: true },
  'POST /api/vacancies/{id}/close': { roles: [Role.Supplier, Role.PactOffice, Role.Matcher], supplierScoped: true, pactMembersOnly: true },
  'POST /api/vacancies/{id}/referrals': { roles: [Role.Matcher] },
  'GET /api/vacancies/{id}/referrals': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier], supplierScoped: true },
  'GET /api/referrals': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier] },
  'GET /api/referrals/{id}': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier], supplierScoped: true },
  'POST /api/referrals/{id}/outcome': { roles: [Role.Supplier, Role.PactOffice, Role.Matcher], supplierScoped: true, pactMembersOnly: true },

  'GET /api/auth/methods': { roles: 'public' },
  'POST /api/auth/link': { roles: 'public' },
  'POST /api/auth/sign-out': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier] },
  'GET /api/me': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier] },
  'GET /api/me/api-keys': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier] },
  'POST /api/me/api-keys': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier] },
  'DELETE /api/me/api-keys/{id}': { roles: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier] },
  'GET /api/users': { roles: [Role.Officer, Role.PactOffice], supplierAdmins: true },
  'POST /api/users': { roles: [Role.Officer, Role.PactOffice], supplierAdmins: true },
  'GET /api/users/{id}': { roles: [Role.Officer, Role.PactOffice], supplierAdmins: true },
  'PATCH /api/users/{id}': { roles: [Role.Officer, Role.PactOffice], supplierAdmins: true },
  'POST /api/users/{id}/invitation': { roles: [Role.Officer, Role.PactOffice], supplierAdmins: true },
  'GET /api/notifications': { roles: [Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher], ownAccount: true },
  'GET /api/notifications/unread-count': { roles: [Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher], ownAccount: true },
  'POST /api/notifications/read-all': { roles: [Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher], ownAccount: true },
  'POST /api/notifications/{id}/read': { roles: [Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher], ownAccount: true },
  'GET /api/me/notification-settings': { roles: [Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher], ownAccount: true },
  'PUT /api/me/notification-settings': { roles: [Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher], ownAccount: true },
  'GET /api/users/{userId}/api-keys': { roles: [] },
  'DELETE /api/users/{userId}/api-keys/{id}': { roles: [] },
};

type Caller = 'none' | Role.Admin | Role.Officer | Role.PactOffice | Role.Matcher | 'supplier_owner' | 'supplier_other';
const CALLERS: Caller[] = ['none', Role.Admin, Role.Officer, Role.PactOffice, Role.Matcher, 'supplier_owner', 'supplier_other'];

/** How a caller proves who it is: each must be answered alike, since access is decided by the policy, not the credential. */
type Credential = 'dev-token' | 'session' | 'api-key';
const CREDENTIALS: Credential[] = ['dev-token', 'session', 'api-key'];

/**
 * What a caller must get: 'through' means past the guards (not 401/403), whatever the route then
 * answers; 'not-admin' (not the supplier's administrator) and 'not-employer' (staff on a supplier's
 * vacancy) a 403 from the service once the body is valid.
 */
function expected(rule: Rule, caller: Caller): 401 | 403 | 'hidden' | 'not-admin' | 'not-employer' | 'through' {
  if (rule.roles === 'public') return 'through';
  if (caller === 'none') return 401;
  if (caller === Role.Admin) return 'through';
  if (caller === 'supplier_owner' || caller === 'supplier_other') {
    if (rule.supplierAdmins) return 'not-admin';
    if (!rule.roles.includes(Role.Supplier)) return 403;
    return caller === 'supplier_other' && rule.supplierScoped ? 'hidden' : 'through';
  }
  if (!rule.roles.includes(caller)) return 403;
  return rule.pactMembersOnly ? 'not-employer' : 'through';
}

describe('Access matrix: every route × every role × every credential', () => {
  let t: TestApp;
  let routes: string[];
  let ownerId: string;
  let otherId: string;
  /** Path parameters naming records that belong to the owning supplier. */
  let params: Record<string, string>;
  /** Parameters of the same name that mean another record under these path segments (`/api/<segment>/…`). */
  let paramsUnder: Record<string, Record<string, string>>;
  /** Each caller's user account, signed in (session) and holding an API key. */
  const accounts = new Map<Caller, { userId: string; session: SignedIn; key: string }>();

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    const doc = (await t.http.get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    ownerId = (await createSupplier(t, { orgNumber: orgNumber(700), name: 'Ägare AB' })).id;
    otherId = (await createSupplier(t, { orgNumber: orgNumber(701), name: 'Annan AB' })).id;
    const contract = await createAwardedContract(t, { supplierId: ownerId });
    const placement = await t.http
      .post(`/api/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, ownerId))
      .send(placementInput())
      .expect(201);
    const roleOf = (caller: Caller) => (caller === 'supplier_owner' || caller === 'supplier_other' ? Role.Supplier : caller as Role);
    for (const caller of CALLERS.filter((c) => c !== 'none')) {
      const supplierId = caller === 'supplier_owner' ? ownerId : caller === 'supplier_other' ? otherId : undefined;
      const user = await createUser(t, { role: roleOf(caller), supplierId });
      const session = await signIn(t, user.id);
      accounts.set(caller, { userId: user.id, session, key: (await createApiKey(t, session)).key });
    }
    params = {
      userId: accounts.get('supplier_owner')!.userId,
      id: ownerId,
      contractId: contract.contractId,
      clauseId: contract.clauseIds[0],
      placementId: placement.body.id,
      reportType: 'placements',
      reportId: placement.body.id,
      number: '1',
    };
    const vacancy = await t.http.post('/api/vacancies').set('Authorization', t.auth(Role.Supplier, ownerId)).send({
      title: 'Lokalvårdare', kind: 'EMPLOYMENT', positions: 5, workingTimePercent: 100, startDate: '2099-06-01', district: 'Kista',
      targetGroups: ['NEWCOMER'], referralDeadline: '2099-05-01',
    }).expect(201);
    const referral = await t.http.post(`/api/vacancies/${vacancy.body.id}/referrals`).set('Authorization', t.auth(Role.Matcher))
      .send({ targetGroup: 'NEWCOMER', gender: 'WOMAN', ageBand: '25-29', establishmentProgramme: false }).expect(201);
    paramsUnder = { vacancies: { id: vacancy.body.id }, referrals: { id: referral.body.id } };
  });
  afterAll(() => t.close());

  it('has a rule for every route in the OpenAPI document, and no rule for a route that is gone', () => {
    expect(routes.filter((route) => !RULES[route])).toEqual([]);
    expect(Object.keys(RULES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  const cases = Object.entries(RULES).flatMap(([route, rule]) => CALLERS.map((caller) => [route, caller, expected(rule, caller)] as const));

  /** The caller's request with the credential; signing out ends a session, so it gets a session of its own. */
  async function call(method: string, path: string, caller: Caller, credential: Credential): Promise<number> {
    let request = t.http[method.toLowerCase() as 'get'](path);
    if (caller !== 'none') {
      const account = accounts.get(caller)!;
      if (credential === 'api-key') request = request.set('Authorization', `Bearer ${account.key}`);
      else if (credential === 'session') {
        const session = path === '/api/auth/sign-out' ? await signIn(t, account.userId) : account.session;
        request = request.set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf);
      } else if (caller === 'supplier_owner') request = request.set('Authorization', t.auth(Role.Supplier, ownerId));
      else if (caller === 'supplier_other') request = request.set('Authorization', t.auth(Role.Supplier, otherId));
      else request = request.set('Authorization', t.auth(caller));
    }
    if (method !== 'GET') request = request.send({});
    return (await request).status;
  }

  it.each(cases)('%s as %s → %s', async (route, caller, want) => {
    const [method, template] = route.split(' ');
    // Parameters without a fixture get a fresh UUID: enough to pass the guards and reach a 404.
    const under = paramsUnder[template.split('/')[2]] ?? {};
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => under[name] ?? params[name] ?? (name === 'version' ? '1' : randomUUID()));
    const statuses: Partial<Record<Credential, number>> = {};
    for (const credential of caller === 'none' ? (['dev-token'] as const) : CREDENTIALS) {
      const status = await call(method, path, caller, credential);
      statuses[credential] = status;
      expect({ credential, status: status < 500 }).toEqual({ credential, status: true });
      // (An empty body may fail validation first, as for 'not-admin'.)
      if (want === 'through' && RULES[route].ownAccount && credential === 'dev-token') {
        expect((method === 'GET' ? [403] : [400, 403]).includes(status)).toBe(true);
      } else if (want === 'through') expect({ credential, status: [401, 403].includes(status) }).toEqual({ credential, status: false });
      // The empty body sent here fails validation before ownership is checked, which tells the
      // caller nothing about the record; test/supplier-isolation.e2e-spec.ts sends valid bodies.
      else if (want === 'hidden') expect((method === 'GET' ? [403, 404] : [400, 403, 404]).includes(status)).toBe(true);
      else if (want === 'not-admin' || want === 'not-employer') expect((method === 'GET' ? [403] : [400, 403]).includes(status)).toBe(true);
      else expect({ credential, status }).toEqual({ credential, status: want });
    }
    // A read changes nothing, so each credential must get exactly the same answer (each that has an account, for an account's own route).
    const answering = RULES[route].ownAccount && caller !== 'none' ? [statuses.session, statuses['api-key']] : Object.values(statuses);
    if (method === 'GET') expect(new Set(answering).size).toBe(1);
  });

  it('refuses a disabled user’s session and API key, and a revoked key, on the next request (401)', async () => {
    const contract = `/api/contracts/${params.contractId}`;
    const owner = accounts.get('supplier_owner')!;
    const revoked = await createApiKey(t, owner.session, 'Gammalt affärssystem');
    await t.http.get(contract).set('Authorization', `Bearer ${revoked.key}`).expect(200);
    await t.http.delete(`/api/me/api-keys/${revoked.id}`).set('Cookie', owner.session.cookie).set('X-CSRF-Token', owner.session.csrf).expect(204);
    await t.http.get(contract).set('Authorization', `Bearer ${revoked.key}`).expect(401);
    await t.http.get(contract).set('Authorization', `Bearer ${owner.key}`).expect(200);

    const admin = accounts.get(Role.Admin)!.session;
    await t.http.patch(`/api/users/${owner.userId}`).set('Cookie', admin.cookie).set('X-CSRF-Token', admin.csrf).send({ status: 'DISABLED' }).expect(200);
    await t.http.get(contract).set('Cookie', owner.session.cookie).expect(401);
    await t.http.get(contract).set('Authorization', `Bearer ${owner.key}`).expect(401);
    // The supplier's other ways in are not the disabled person's: a development token still works outside production.
    await t.http.get(contract).set('Authorization', t.auth(Role.Supplier, ownerId)).expect(200);
  });
});
