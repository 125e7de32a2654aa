import { Role } from '../src/auth/role';
import { createSupplier, orgNumber } from './support/factories';
import {
  buildPactDataSet,
  FASTIGHET,
  insertClause,
  insertContract,
  insertPactMember,
  insertPlacement,
  insertProcurement,
  linkSupplierToMember,
  PACT_DATA_SET_TODAY,
  placementsParameters,
  storeOutcomes,
  TRAFIK,
} from './support/results-factories';
import { createTestApp, TestApp } from './support/test-app';

/** Figures of one split category: offered, filled, full-time months. */
const f = (offered: number, filled: number, fullTimeMonths: number) => ({ offered, filled, countingTowardRequirement: filled, fullTimeMonths });

/**
 * The pact data set (see buildPactDataSet) with Alfa and Beta linked to one member, Stockholmsgruppen,
 * plus Gamma, not linked to any member, with placement H in Trafik (offered 2025-05-10, filled
 * 1 June–31 August 2025 full time: 3 months), and a second member whose only supplier has no placements.
 */
describe('Results per pact member: the sum of its linked suppliers’ placements', () => {
  let t: TestApp;
  let member: string;
  let gamma: string;
  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const alfa = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(11) })).id;
    const beta = (await createSupplier(t, { name: 'Beta Bygg AB', orgNumber: orgNumber(12) })).id;
    gamma = (await createSupplier(t, { name: 'Gamma Grönyta AB', orgNumber: orgNumber(13) })).id;
    const delta = (await createSupplier(t, { name: 'Delta Data AB', orgNumber: orgNumber(14) })).id;
    await buildPactDataSet(ds, { alfa, beta });

    const p9 = await insertProcurement(ds, { reference: 'P9', unit: TRAFIK, status: 'AWARDED', publishedAt: '2025-04-01T09:00:00Z' });
    const p9Placements = await insertClause(ds, p9, 1, 'PLACEMENTS', placementsParameters(1, 3));
    const c9 = await insertContract(ds, p9, gamma, '2025-05-01', '2025-12-31');
    await insertPlacement(ds, { supplierId: gamma, contractId: c9, clauseId: p9Placements }, {
      reference: 'H', offered: '2025-05-10', start: '2025-06-01', end: '2025-08-31', gender: 'MAN', ageBand: '30-49', programme: false,
    });
    await storeOutcomes(ds, PACT_DATA_SET_TODAY);

    member = await insertPactMember(ds, 'Stockholmsgruppen AB', orgNumber(21));
    await linkSupplierToMember(ds, member, alfa);
    await linkSupplierToMember(ds, member, beta);
    await linkSupplierToMember(ds, await insertPactMember(ds, 'Delta Holding AB', orgNumber(22)), delta);
  });
  afterAll(() => t.close());

  const get = (query: string) => t.http.get(`/api/results${query}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);

  it('sums Alfa and Beta for 2025, without the cancelled P4, the questioned D or the unlinked Gamma', async () => {
    const { body } = await get('?from=2025-01-01&to=2025-12-31');
    // Alfa: offered A, B, C; filled A (6 months) and F (6 × 80 % = 4.8). D is questioned, and G is under the
    // cancelled P4 (it would add a woman offered and filled with 9 months). Beta: E offered and filled, 3 months
    // (resigned after 2 of 3 months, at least P2's 50 %).
    expect(body.pactMembers).toEqual([
      {
        memberId: member,
        name: 'Stockholmsgruppen AB',
        orgNumber: orgNumber(21),
        ...f(4, 3, 13.8),
        byGender: [
          { gender: 'WOMAN', ...f(2, 2, 10.8) },
          { gender: 'MAN', ...f(1, 0, 0) },
          { gender: 'OTHER', ...f(1, 1, 3) },
          { gender: 'NOT_STATED', ...f(0, 0, 0) },
        ],
      },
    ]);
    // Gamma still counts per supplier and in the totals, just for no member.
    expect(body.suppliers.map((s: { name: string }) => s.name)).toEqual(['Alfa Städ AB', 'Beta Bygg AB', 'Gamma Grönyta AB']);
    expect(body.suppliers[2]).toMatchObject({ supplierId: gamma, ...f(1, 1, 3) });
    expect(f(body.placements.offered, body.placements.filled, body.placements.fullTimeMonths)).toEqual(f(5, 4, 16.8));
  });

  it('keeps to one contracting unit: only Beta’s placement in Trafik, only Alfa’s in Fastighet', async () => {
    const trafik = await get(`?from=2025-01-01&to=2025-12-31&unit=${encodeURIComponent(TRAFIK)}`);
    expect(trafik.body.pactMembers).toEqual([expect.objectContaining({ memberId: member, ...f(1, 1, 3) })]);
    expect(trafik.body.pactMembers[0].byGender[2]).toEqual({ gender: 'OTHER', ...f(1, 1, 3) });
    const fastighet = await get(`?from=2025-01-01&to=2025-12-31&unit=${encodeURIComponent(FASTIGHET)}`);
    expect(fastighet.body.pactMembers).toEqual([expect.objectContaining({ memberId: member, ...f(3, 2, 10.8) })]);
  });

  it('counts B, offered in 2025 and filled in 2026, as filled in 2026 (12 months at 50 %)', async () => {
    const { body } = await get('?from=2026-01-01&to=2026-12-31');
    expect(body.pactMembers).toEqual([expect.objectContaining({ memberId: member, ...f(0, 1, 6) })]);
    expect(body.pactMembers[0].byGender[1]).toEqual({ gender: 'MAN', ...f(0, 1, 6) });
  });

  it('lists no member for a period without placements', async () => {
    const { body } = await get('?from=2023-01-01&to=2023-12-31');
    expect(body.pactMembers).toEqual([]);
    expect(body.suppliers).toEqual([]);
  });
});
