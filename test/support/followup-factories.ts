import { randomUUID } from 'crypto';
import { Role } from '../../src/auth/role';
import { ClauseParameters, ClauseType, PlacementKind, TargetGroup } from '../../src/clauses/clause.types';
import { createSupplier, orgNumber } from './factories';
import { TestApp } from './test-app';

export interface ClauseSeed {
  type: ClauseType;
  parameters: ClauseParameters;
  reportingIntervalMonths?: number;
  /** The clause's target groups; LONG_TERM_UNEMPLOYED when not given. */
  targetGroups?: TargetGroup[];
}

export const placementsParameters = (overrides: Record<string, unknown> = {}): ClauseParameters => ({
  lines: [{
    kind: PlacementKind.Employment, count: 4, fullTimeMonths: 24, minLength: { value: 6, unit: 'MONTHS' },
    minWorkingTimePercent: 50, deadline: { contractMonth: 24 },
  }],
  earlyStartWithinMonths: 6,
  earlyEndingCreditPercent: 75,
  ...overrides,
});

export const dialogueParameters = (): ClauseParameters => ({
  firstMeetingWithinWeeks: 8, followUpMeetings: 2, cityContact: { unit: 'Arbetsmarknadsförvaltningen' },
});

export const initiativeParameters = (): ClauseParameters => ({
  description: 'Språkcafé för nyanlända medarbetare',
  milestones: [{ title: 'Start', dueDate: '2026-06-30' }, { title: 'Utvärdering', dueDate: '2027-06-30' }],
});

export const allClauseTypes = (): ClauseSeed[] => [
  { type: ClauseType.Placements, parameters: placementsParameters() },
  { type: ClauseType.Dialogue, parameters: dialogueParameters() },
  { type: ClauseType.IntegrationInitiative, parameters: initiativeParameters() },
];

/** The default contract start; procurements are published that day so contracts may start then. */
export const DEFAULT_START = '2026-01-01';

/**
 * A PUBLISHED procurement with published clause versions, inserted directly so these tests do not
 * depend on the procurement and clause endpoints. Published on `publishedOn` (Stockholm midnight;
 * DEFAULT_START when not given), as an award may not start before it. Returns the procurement id
 * and clause ids in order.
 */
export async function createPublishedProcurement(
  t: TestApp,
  clauses: ClauseSeed[] = allClauseTypes(),
  overrides: { contractingUnit?: string; status?: string; publishedOn?: string } = {},
): Promise<{ id: string; clauseIds: string[] }> {
  const id = randomUUID();
  const [{ publishedAt }] = await t.dataSource.query(
    `INSERT INTO procurement (id, reference_number, title, contracting_unit, kind, estimated_value_sek, duration_months,
       labour_intensity, status, published_at, created_by)
     VALUES ($1, $2, 'Lokalvård i ytterstaden', $3, 'SERVICES', 40000000, 24, 'HIGH', $4,
       $5::date::timestamp AT TIME ZONE 'Europe/Stockholm', 'officer-test')
     RETURNING published_at AS "publishedAt"`,
    [id, `AMN 2026-${id.slice(0, 6)}`, overrides.contractingUnit ?? 'Arbetsmarknadsnämnden', overrides.status ?? 'PUBLISHED',
      overrides.publishedOn ?? DEFAULT_START],
  );
  const clauseIds: string[] = [];
  for (const [index, seed] of clauses.entries()) {
    const clauseId = randomUUID();
    await t.dataSource.query(`INSERT INTO clause (id, procurement_id, number, type) VALUES ($1, $2, $3, $4)`, [clauseId, id, index + 1, seed.type]);
    await t.dataSource.query(
      `INSERT INTO clause_version (clause_id, version, title, target_groups, parameters, reporting_interval_months, published_at, created_by)
       VALUES ($1, 1, $2, $3, $4, $5, $6, 'officer-test')`,
      [clauseId, `Klausul ${index + 1}`, seed.targetGroups ?? [TargetGroup.LongTermUnemployed], JSON.stringify(seed.parameters), seed.reportingIntervalMonths ?? 3, publishedAt],
    );
    clauseIds.push(clauseId);
  }
  return { id, clauseIds };
}

let supplierCounter = 700;

/** A supplier with a fresh organisation number (each test file has its own database). */
export async function createFollowUpSupplier(t: TestApp): Promise<string> {
  supplierCounter += 1;
  return (await createSupplier(t, { orgNumber: orgNumber(supplierCounter), name: `Leverantör ${supplierCounter} AB` })).id;
}

export interface AwardedContract {
  contractId: string;
  supplierId: string;
  procurementId: string;
  clauseIds: string[];
}

/** A procurement published on the contract start, awarded through the API to the supplier (created when not given). */
export async function createAwardedContract(
  t: TestApp,
  options: { supplierId?: string; clauses?: ClauseSeed[]; startDate?: string; endDate?: string; contractingUnit?: string } = {},
): Promise<AwardedContract> {
  const supplierId = options.supplierId ?? (await createFollowUpSupplier(t));
  const startDate = options.startDate ?? DEFAULT_START;
  const procurement = await createPublishedProcurement(t, options.clauses, { contractingUnit: options.contractingUnit, publishedOn: startDate });
  const res = await t.http.post(`/api/procurements/${procurement.id}/award`).set('Authorization', t.auth(Role.Officer))
    .send({ supplierId, startDate, endDate: options.endDate ?? '2027-12-31' });
  if (res.status !== 201) throw new Error(`award: ${res.status} ${JSON.stringify(res.body)}`);
  return { contractId: res.body.id, supplierId, procurementId: procurement.id, clauseIds: procurement.clauseIds };
}

let referenceCounter = 0;

/** A filled six-month full-time employment with a fresh pseudonymous reference. */
export function placementInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  referenceCounter += 1;
  return {
    // The N keeps a six-digit pid and a four-digit counter from reading as a personal identity number.
    reference: `P-${process.pid}-N${referenceCounter}`,
    kind: PlacementKind.Employment,
    offeredDate: '2026-02-01',
    filled: true,
    startDate: '2026-02-15',
    endDate: '2026-08-14',
    workingTimePercent: 100,
    targetGroup: TargetGroup.LongTermUnemployed,
    gender: 'WOMAN',
    ageBand: '25-29',
    establishmentProgramme: false,
    ...overrides,
  };
}
