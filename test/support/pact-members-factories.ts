import { Role } from '../../src/auth/role';
import { addDays, todayInStockholm } from '../../src/common/calendar';
import { createSupplier, orgNumber } from './factories';
import { TestApp } from './test-app';

type Body = { id: string } & Record<string, unknown>;

/** Today in Stockholm, as the service computes it, shifted by `days`. */
export const today = (days = 0): string => addDays(todayInStockholm(), days);

export function memberInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Bygg & Fastighet Stockholm AB',
    orgNumber: orgNumber(5001),
    kind: 'COMPANY',
    sector: 'Bygg',
    sizeBand: 'EMPLOYEES_50_249',
    contactName: 'Anna Lind',
    contactEmail: 'anna.lind@byggfastighet.se',
    contactPhone: '08-123 456 78',
    ...overrides,
  };
}

export async function createMember(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Body> {
  const res = await t.http.post('/api/pact-members').set('Authorization', t.auth(Role.PactOffice)).send(memberInput(overrides));
  if (res.status !== 201) throw new Error(`createMember: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function letterInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    signedOn: today(-30),
    validFrom: today(-30),
    validTo: today(700),
    activities: ['JOB_PARTNER', 'SOCIAL_CLAUSE'],
    commitments: [{ description: 'Erbjuda praktikplatser till nyanlända', target: 5, unit: 'praktikplatser per år' }],
    ...overrides,
  };
}

export async function createLetter(t: TestApp, memberId: string, overrides: Record<string, unknown> = {}): Promise<Body> {
  const res = await t.http
    .post(`/api/pact-members/${memberId}/letters`)
    .set('Authorization', t.auth(Role.PactOffice))
    .send(letterInput(overrides));
  if (res.status !== 201) throw new Error(`createLetter: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createCheckIn(t: TestApp, memberId: string, heldOn: string): Promise<Body> {
  const res = await t.http
    .post(`/api/pact-members/${memberId}/check-ins`)
    .set('Authorization', t.auth(Role.PactOffice))
    .send({ heldOn, participants: ['Anna Lind, HR-chef', 'Integrationspaktens kansli'], notes: 'Avstämning' });
  if (res.status !== 201) throw new Error(`createCheckIn: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A supplier with an awarded contract. The contracts module owns the award routes, so the
 * procurement and contract rows are written directly.
 */
export async function createAwardedSupplier(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Body> {
  const supplier = await createSupplier(t, overrides);
  const [procurement] = await t.dataSource.query(
    `INSERT INTO procurement (reference_number, title, contracting_unit, kind, estimated_value_sek, duration_months,
                              labour_intensity, status, created_by)
     VALUES ($1, 'Städtjänster', 'Arbetsmarknadsnämnden', 'SERVICES', 12000000, 36, 'HIGH', 'AWARDED', 'test')
     RETURNING id`,
    [`AMN ${supplier.id.slice(0, 8)}`],
  );
  await t.dataSource.query(
    `INSERT INTO contract (procurement_id, supplier_id, start_date, end_date, awarded_by) VALUES ($1, $2, $3, $4, 'test')`,
    [procurement.id, supplier.id, today(-60), today(1000)],
  );
  return supplier;
}
