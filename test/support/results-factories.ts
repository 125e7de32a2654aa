import { DataSource } from 'typeorm';
import { todayInStockholm } from '../../src/common/calendar';
import { refreshClauseOutcomes } from '../../src/reporting/clause-outcomes';

/**
 * Rows for the results tests, inserted directly with SQL: the procurement, award and report
 * endpoints belong to other modules.
 */
export interface ProcurementInput {
  reference: string;
  unit: string;
  status?: 'DRAFT' | 'PUBLISHED' | 'AWARDED' | 'COMPLETED' | 'CANCELLED';
  publishedAt?: string | null;
  title?: string;
}

export async function insertProcurement(ds: DataSource, p: ProcurementInput): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO procurement (reference_number, title, contracting_unit, kind, estimated_value_sek, duration_months,
       labour_intensity, status, published_at, created_by)
     VALUES ($1, $2, $3, 'SERVICES', 12000000, 36, 'HIGH', $4, $5, 'test') RETURNING id`,
    [p.reference, p.title ?? `Upphandling ${p.reference}`, p.unit, p.status ?? 'PUBLISHED', p.publishedAt ?? null],
  );
  return row.id;
}

export async function insertClause(
  ds: DataSource,
  procurementId: string,
  number: number,
  type: 'DIALOGUE' | 'PLACEMENTS' | 'INTEGRATION_INITIATIVE',
  parameters: Record<string, unknown>,
): Promise<string> {
  const [clause] = await ds.query(`INSERT INTO clause (procurement_id, number, type) VALUES ($1, $2, $3) RETURNING id`, [
    procurementId,
    number,
    type,
  ]);
  await ds.query(
    `INSERT INTO clause_version (clause_id, version, title, target_groups, parameters, created_by, published_at)
     VALUES ($1, 1, $2, '{NEWCOMER}', $3, 'test', now())`,
    [clause.id, `Klausul ${number}`, JSON.stringify(parameters)],
  );
  return clause.id;
}

/** Placements clause parameters with one line. */
export function placementsParameters(
  count: number | undefined,
  fullTimeMonths: number,
  earlyEndingCreditPercent = 75,
  minLength: { value: number; unit: 'MONTHS' | 'WEEKS' } | null = { value: 3, unit: 'MONTHS' },
): Record<string, unknown> {
  return {
    lines: [
      {
        kind: 'EMPLOYMENT',
        ...(count === undefined ? {} : { count }),
        fullTimeMonths,
        ...(minLength ? { minLength } : {}),
        minWorkingTimePercent: 50,
        deadline: { contractMonth: 18 },
      },
    ],
    earlyStartWithinMonths: 6,
    earlyEndingCreditPercent,
  };
}

export async function insertContract(ds: DataSource, procurementId: string, supplierId: string, start: string, end: string): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO contract (procurement_id, supplier_id, start_date, end_date, awarded_by) VALUES ($1, $2, $3, $4, 'test') RETURNING id`,
    [procurementId, supplierId, start, end],
  );
  return row.id;
}

export interface PlacementInput {
  reference: string;
  offered: string;
  start?: string;
  end?: string;
  earlyEnd?: string;
  earlyEndReason?: 'EMPLOYEE_RESIGNED' | 'JUST_CAUSE' | 'SUPPLIER_ENDED' | 'OTHER';
  workingTimePercent?: number;
  gender: 'WOMAN' | 'MAN' | 'OTHER' | 'NOT_STATED';
  ageBand: '16-19' | '20-24' | '25-29' | '30-49' | '50+';
  programme: boolean;
  verification?: 'PENDING' | 'ACCEPTED' | 'QUESTIONED';
}

/** A placement is filled when it has a start date. */
export async function insertPlacement(
  ds: DataSource,
  on: { supplierId: string; contractId: string; clauseId: string },
  p: PlacementInput,
): Promise<void> {
  const verification = p.verification ?? 'ACCEPTED';
  await ds.query(
    `INSERT INTO placement (supplier_id, contract_id, clause_id, reference, kind, offered_date, filled, start_date, end_date,
       early_end_date, working_time_percent, target_group, gender, age_band, establishment_programme,
       verification_status, verification_reason, early_end_reason, created_by)
     VALUES ($1, $2, $3, $4, 'EMPLOYMENT', $5, $6, $7, $8, $9, $10, 'NEWCOMER', $11, $12, $13, $14, $15, $16, 'test')`,
    [
      on.supplierId,
      on.contractId,
      on.clauseId,
      p.reference,
      p.offered,
      p.start !== undefined,
      p.start ?? null,
      p.end ?? null,
      p.earlyEnd ?? null,
      p.workingTimePercent ?? 100,
      p.gender,
      p.ageBand,
      p.programme,
      verification,
      verification === 'QUESTIONED' ? 'Anställningsbevis saknas' : null,
      p.earlyEnd ? (p.earlyEndReason ?? 'EMPLOYEE_RESIGNED') : null,
    ],
  );
}

export async function insertMeeting(
  ds: DataSource,
  on: { supplierId: string; contractId: string; clauseId: string },
  kind: 'FIRST' | 'FOLLOW_UP',
  heldOn: string,
  verification: 'PENDING' | 'ACCEPTED' = 'ACCEPTED',
): Promise<void> {
  await ds.query(
    `INSERT INTO dialogue_meeting (supplier_id, contract_id, clause_id, meeting_kind, held_on, participants, outcome,
       verification_status, created_by)
     VALUES ($1, $2, $3, $4, $5, 'Jobbtorg Stockholm, leverantörens HR-chef', 'Två praktikplatser planeras', $6, 'test')`,
    [on.supplierId, on.contractId, on.clauseId, kind, heldOn, verification],
  );
}

export async function insertProgress(
  ds: DataSource,
  on: { supplierId: string; contractId: string; clauseId: string },
  milestone: string,
  completedOn: string | null,
  participants: number,
): Promise<void> {
  await ds.query(
    `INSERT INTO initiative_progress (supplier_id, contract_id, clause_id, milestone_title, progress_status, reported_on,
       completed_on, participants, description, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Lägesrapport', 'test')`,
    [on.supplierId, on.contractId, on.clauseId, milestone, completedOn ? 'COMPLETED' : 'IN_PROGRESS', completedOn ?? '2025-06-01', completedOn, participants],
  );
}

/**
 * Stores every contract's clause outcomes by the rules, as the service does after each report: the
 * rows above go in with SQL, past the services that would otherwise do it.
 */
export async function storeOutcomes(ds: DataSource, today = todayInStockholm()): Promise<void> {
  const contracts: { id: string }[] = await ds.query(`SELECT id FROM contract ORDER BY id`);
  for (const { id } of contracts) await ds.transaction((manager) => refreshClauseOutcomes(manager, id, today));
}

export const FASTIGHET = 'Fastighetskontoret';
export const TRAFIK = 'Trafikkontoret';

/**
 * The small hand-built data set whose results the tests state by hand. Its story, by year:
 * - P1 (Fastighet, published 2025-02-01): a placements clause (3 placements, 24 full-time months)
 *   and a dialogue clause (first meeting + 1 follow-up, both held). Supplier Alfa.
 * - P2 (Trafik, 2025-06-15): a placements clause (1 placement, 1.5 full-time months, early-ending
 *   credit 50 %), fulfilled by one early-ended placement. Supplier Beta, contract ends 2025-12-31.
 * - P3 (Trafik, 2025-09-01): a dialogue clause with no reports, not awarded.
 * - P4 (Fastighet, 2025-03-01, CANCELLED after award): its placement must never count.
 * - P5 (Fastighet, 2024-11-01): placements (1 placement, 12 months) and an integration initiative
 *   (2 milestones, 1 completed); contract ends 2025-11-30 with neither fulfilled.
 * - P6 draft (never published); P7 published 2025-12-31 23:30 UTC = 2026-01-01 in Stockholm;
 *   P8 published 2024-12-31 23:30 UTC = 2025-01-01 in Stockholm. None has clauses but P6.
 * The outcomes are stored as of PACT_DATA_SET_TODAY, after every contract has ended, so the
 * figures do not move with the day the tests run.
 */
export async function buildPactDataSet(ds: DataSource, supplier: { alfa: string; beta: string }): Promise<void> {
  const p1 = await insertProcurement(ds, { reference: 'P1', unit: FASTIGHET, status: 'AWARDED', publishedAt: '2025-02-01T09:00:00Z' });
  const p1Placements = await insertClause(ds, p1, 1, 'PLACEMENTS', placementsParameters(3, 24));
  const p1Dialogue = await insertClause(ds, p1, 2, 'DIALOGUE', { firstMeetingWithinWeeks: 6, followUpMeetings: 1, cityContact: { unit: 'Jobbtorg Stockholm' } });
  const c1 = await insertContract(ds, p1, supplier.alfa, '2025-03-01', '2026-12-31');
  const onP1 = { supplierId: supplier.alfa, contractId: c1, clauseId: p1Placements };
  await insertPlacement(ds, onP1, { reference: 'A', offered: '2025-03-10', start: '2025-04-01', end: '2025-09-30', gender: 'WOMAN', ageBand: '20-24', programme: true });
  await insertPlacement(ds, onP1, {
    reference: 'B', offered: '2025-11-15', start: '2026-01-01', end: '2026-12-31', workingTimePercent: 50,
    gender: 'MAN', ageBand: '30-49', programme: true, verification: 'PENDING',
  });
  await insertPlacement(ds, onP1, { reference: 'C', offered: '2025-05-01', gender: 'WOMAN', ageBand: '16-19', programme: false, verification: 'PENDING' });
  await insertPlacement(ds, onP1, {
    reference: 'D', offered: '2025-06-01', start: '2025-06-01', end: '2025-11-30', earlyEnd: '2025-08-31',
    gender: 'MAN', ageBand: '25-29', programme: false, verification: 'QUESTIONED',
  });
  const onP1Dialogue = { supplierId: supplier.alfa, contractId: c1, clauseId: p1Dialogue };
  await insertMeeting(ds, onP1Dialogue, 'FIRST', '2025-04-01');
  await insertMeeting(ds, onP1Dialogue, 'FOLLOW_UP', '2025-10-01', 'PENDING');

  const p2 = await insertProcurement(ds, { reference: 'P2', unit: TRAFIK, status: 'AWARDED', publishedAt: '2025-06-15T09:00:00Z' });
  const p2Placements = await insertClause(ds, p2, 1, 'PLACEMENTS', placementsParameters(1, 1.5, 50));
  const c2 = await insertContract(ds, p2, supplier.beta, '2025-07-01', '2025-12-31');
  await insertPlacement(ds, { supplierId: supplier.beta, contractId: c2, clauseId: p2Placements }, {
    reference: 'E', offered: '2025-07-15', start: '2025-08-01', end: '2025-10-31', earlyEnd: '2025-09-30',
    gender: 'OTHER', ageBand: '50+', programme: false,
  });

  const p3 = await insertProcurement(ds, { reference: 'P3', unit: TRAFIK, publishedAt: '2025-09-01T09:00:00Z' });
  await insertClause(ds, p3, 1, 'DIALOGUE', { firstMeetingWithinWeeks: 4, followUpMeetings: 0, cityContact: { unit: 'Jobbtorg Stockholm' } });

  const p4 = await insertProcurement(ds, { reference: 'P4', unit: FASTIGHET, status: 'CANCELLED', publishedAt: '2025-03-01T09:00:00Z' });
  const p4Placements = await insertClause(ds, p4, 1, 'PLACEMENTS', placementsParameters(2, 12));
  const c4 = await insertContract(ds, p4, supplier.alfa, '2025-04-01', '2026-03-31');
  await insertPlacement(ds, { supplierId: supplier.alfa, contractId: c4, clauseId: p4Placements }, {
    reference: 'G', offered: '2025-04-01', start: '2025-04-01', end: '2025-12-31', gender: 'WOMAN', ageBand: '20-24', programme: true,
  });

  const p5 = await insertProcurement(ds, { reference: 'P5', unit: FASTIGHET, status: 'AWARDED', publishedAt: '2024-11-01T09:00:00Z' });
  const p5Placements = await insertClause(ds, p5, 1, 'PLACEMENTS', placementsParameters(1, 12));
  const p5Initiative = await insertClause(ds, p5, 2, 'INTEGRATION_INITIATIVE', {
    description: 'Mentorprogram för nyanlända',
    milestones: [{ title: 'Mentorprogram startat', dueDate: '2025-03-31' }, { title: 'Första kullen klar', dueDate: '2025-10-31' }],
  });
  const c5 = await insertContract(ds, p5, supplier.alfa, '2024-12-01', '2025-11-30');
  await insertPlacement(ds, { supplierId: supplier.alfa, contractId: c5, clauseId: p5Placements }, {
    reference: 'F', offered: '2024-12-10', start: '2025-01-15', end: '2025-07-14', workingTimePercent: 80,
    gender: 'WOMAN', ageBand: '25-29', programme: true,
  });
  const onP5Initiative = { supplierId: supplier.alfa, contractId: c5, clauseId: p5Initiative };
  await insertProgress(ds, onP5Initiative, 'Mentorprogram startat', '2025-03-01', 12);
  await insertProgress(ds, onP5Initiative, 'Första kullen klar', null, 8);

  const p6 = await insertProcurement(ds, { reference: 'P6', unit: TRAFIK, status: 'DRAFT' });
  await insertClause(ds, p6, 1, 'DIALOGUE', { firstMeetingWithinWeeks: 4, followUpMeetings: 0, cityContact: { unit: 'Jobbtorg Stockholm' } });
  await insertProcurement(ds, { reference: 'P7', unit: FASTIGHET, publishedAt: '2025-12-31T23:30:00Z' });
  await insertProcurement(ds, { reference: 'P8', unit: TRAFIK, status: 'COMPLETED', publishedAt: '2024-12-31T23:30:00Z' });
  await storeOutcomes(ds, PACT_DATA_SET_TODAY);
}

/** The day the hand-built data set's outcomes are evaluated on. */
export const PACT_DATA_SET_TODAY = '2027-01-15';

/** A pact member with the register's required columns filled in. */
export async function insertPactMember(ds: DataSource, name: string, orgNumber: string): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO pact_member (name, org_number, kind, sector, size_band, contact_name, contact_email)
     VALUES ($1, $2, 'COMPANY', 'Bygg', 'EMPLOYEES_50_249', 'Anna Lind', 'anna.lind@example.se') RETURNING id`,
    [name, orgNumber],
  );
  return row.id;
}

/** Links a supplier to a pact member, as the pact office does for a member group's subsidiary. */
export async function linkSupplierToMember(ds: DataSource, memberId: string, supplierId: string): Promise<void> {
  await ds.query(`INSERT INTO pact_member_supplier_link (member_id, supplier_id, matched_by, linked_by) VALUES ($1, $2, 'MANUAL', 'test')`, [
    memberId,
    supplierId,
  ]);
}
