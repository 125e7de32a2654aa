import { randomUUID } from 'crypto';
import { Role } from '../src/auth/role';
import { createSupplier, orgNumber } from './support/factories';
import { createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Who may call what: one row per route in the OpenAPI document. A route missing here fails the
 * first test, so a new route cannot ship without a decided rule.
 *
 * roles: the non-admin roles allowed (admin always is), or 'public'.
 * supplierScoped: the route reads or writes one supplier's data, so another supplier gets 403 or
 * 404 while the owning supplier gets through to the same record.
 */
interface Rule {
  roles: Role[] | 'public';
  supplierScoped?: boolean;
}

const RULES: Record<string, Rule> = {
  'GET /api/health': { roles: 'public' },
  'GET /api/auth/oidc/start': { roles: 'public' },
  'GET /api/auth/oidc/callback': { roles: 'public' },
  'GET /api/audit': { roles: [Role.PactOffice] },
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
  'POST /api/contracts/{contractId}/reports/{reportType}/{reportId}/withdrawal': { roles: [Role.Supplier, Role.PactOffice], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/status': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/recovery-plans': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/contracts/{contractId}/clauses/{clauseId}/recovery-plans': { roles: [Role.Officer, Role.PactOffice, Role.Supplier], supplierScoped: true },
  'POST /api/contracts/{contractId}/clauses/{clauseId}/periods/{number}/submission': { roles: [Role.Supplier], supplierScoped: true },
  'GET /api/follow-up/overdue-reports': { roles: [Role.PactOffice] },
  'GET /api/follow-up/clauses': { roles: [Role.PactOffice] },
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
  'GET /api/results/annual-report.pdf': { roles: [Role.PactOffice, Role.Officer] },

  'POST /api/pact-members': { roles: [Role.PactOffice] },
  'GET /api/pact-members': { roles: [Role.PactOffice, Role.Officer] },
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
};

type Caller = 'none' | Role.Admin | Role.Officer | Role.PactOffice | 'supplier_owner' | 'supplier_other';
const CALLERS: Caller[] = ['none', Role.Admin, Role.Officer, Role.PactOffice, 'supplier_owner', 'supplier_other'];

/** What a caller must get: 'through' means past the guards (not 401/403), whatever the route then answers. */
function expected(rule: Rule, caller: Caller): 401 | 403 | 'hidden' | 'through' {
  if (rule.roles === 'public') return 'through';
  if (caller === 'none') return 401;
  if (caller === Role.Admin) return 'through';
  if (caller === 'supplier_owner' || caller === 'supplier_other') {
    if (!rule.roles.includes(Role.Supplier)) return 403;
    return caller === 'supplier_other' && rule.supplierScoped ? 'hidden' : 'through';
  }
  return rule.roles.includes(caller) ? 'through' : 403;
}

describe('Access matrix: every route × every role', () => {
  let t: TestApp;
  let routes: string[];
  let ownerId: string;
  let otherId: string;
  /** Path parameters naming records that belong to the owning supplier. */
  let params: Record<string, string>;

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
    params = {
      id: ownerId,
      contractId: contract.contractId,
      clauseId: contract.clauseIds[0],
      placementId: placement.body.id,
      reportType: 'placements',
      reportId: placement.body.id,
      number: '1',
    };
  });
  afterAll(() => t.close());

  it('has a rule for every route in the OpenAPI document, and no rule for a route that is gone', () => {
    expect(routes.filter((route) => !RULES[route])).toEqual([]);
    expect(Object.keys(RULES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  const cases = Object.entries(RULES).flatMap(([route, rule]) => CALLERS.map((caller) => [route, caller, expected(rule, caller)] as const));

  it.each(cases)('%s as %s → %s', async (route, caller, want) => {
    const [method, template] = route.split(' ');
    // Parameters without a fixture get a fresh UUID: enough to pass the guards and reach a 404.
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? (name === 'version' ? '1' : randomUUID()));
    let request = t.http[method.toLowerCase() as 'get'](path);
    if (caller === 'supplier_owner') request = request.set('Authorization', t.auth(Role.Supplier, ownerId));
    else if (caller === 'supplier_other') request = request.set('Authorization', t.auth(Role.Supplier, otherId));
    else if (caller !== 'none') request = request.set('Authorization', t.auth(caller));
    if (method !== 'GET') request = request.send({});
    const res = await request;
    expect(res.status).toBeLessThan(500);
    if (want === 'through') expect([401, 403]).not.toContain(res.status);
    // The empty body sent here fails validation before ownership is checked, which tells the
    // caller nothing about the record; test/supplier-isolation.e2e-spec.ts sends valid bodies.
    else if (want === 'hidden') expect(method === 'GET' ? [403, 404] : [400, 403, 404]).toContain(res.status);
    else expect(res.status).toBe(want);
  });
});
