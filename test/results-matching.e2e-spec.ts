import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { pdfTextOf } from './support/breach-factories';
import { binary } from './support/documents';
import { createSupplier, orgNumber } from './support/factories';
import { createAwardedContract } from './support/followup-factories';
import { today } from './support/pact-members-factories';
import {
  FASTIGHET,
  insertClause,
  insertContract,
  insertPactMember,
  insertPlacement,
  insertProcurement,
  linkSupplierToMember,
  placementsParameters,
  TRAFIK,
} from './support/results-factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A hand-made matching data set (SQL inserts into the Core tables; events through the API):
 *
 * Members: Stockholmsgruppen (M1, linked to supplier Alfa), Jobbpartner Café (M2, its own
 * vacancies), Mentorbolaget (M3, never a Jobbpartner). Alfa has a contract in Fastighetskontoret
 * (clause CL1), Beta one in Trafikkontoret (CL2); Beta is linked to no member.
 *
 * Letters: M1 v1 2025-11-01 SOCIAL_CLAUSE, v2 2026-03-10 + JOB_PARTNER (its agreement);
 * M2 v1 2026-01-15 JOB_PARTNER (its agreement), v2 2026-03-01 JOB_PARTNER again (not a new one);
 * M3 2026-02-20 STOCKHOLM_MENTOR only.
 *
 * Vacancies (created_on, positions): V1 Alfa on CL1 EMPLOYMENT 2026-02-01 ×3; V2 M2 INTERNSHIP
 * 2026-03-05 ×4; V3 Beta on CL2 APL 2026-03-20 ×2; V4 Beta untied EXTRA_JOB 2025-12-10 ×1;
 * V5 Alfa untied SUMMER_JOB 2026-04-20 ×2.
 *
 * Referrals (group, gender, age, programme: referred / interviewed / offered / outcome, start, recorded):
 *  R1 V1 NEWCOMER W 30-49 no: 02-05 / 02-10 / 02-20 / HIRED start 03-01, recorded 02-25 (24 days)
 *  R2 V1 LONG_TERM M 20-24 yes: 02-05 / 02-12 / – / NOT_HIRED REQUIREMENTS_NOT_MET 02-14
 *  R3 V1 NEWCOMER M 50+ no: 02-06, still REFERRED
 *  R4 V2 NEWCOMER W 16-19 no: 03-06 / 03-10 / 03-12 / HIRED start 04-01, recorded 03-15 (10 days)
 *  R5 V2 FOREIGN_BORN_WOMEN W 30-49 yes: 03-06 / – / 03-14 / HIRED start 03-20, recorded 03-16 (11 days)
 *  R6 V2 DISABILITY OTHER 25-29 no: 03-07 / 03-11 / 03-13 / NOT_HIRED CANDIDATE_DECLINED 03-18
 *  R7 V2 NEWCOMER M 25-29 yes: 03-07 / – / – / NOT_HIRED DID_NOT_ATTEND 03-25
 *  R8 V3 YOUTH NOT_STATED 16-19 no: 03-21 / 03-25 / 04-05 / HIRED start 05-04, recorded 04-06 (17 days)
 *  R9 V4 NEWCOMER M 20-24 yes: 2025-12-12 / 2025-12-20 / 2026-01-10 / HIRED start 02-01, recorded 01-12 (33 days)
 *  R10 V5 SHORT_EDUCATION W 20-24 no: 04-21 / – / 04-28 / OFFERED
 * (all 2026 unless written)
 *
 * Clause placements: R1's on CL1 (start 03-01) and R8's on CL2 (start 05-04) with referral_id;
 * "Egen" on CL1 (start 03-10) without; "Ifrågasatt" (questioned, 03-15) and "Återkallad" (withdrawn,
 * 03-16) on CL1, which count nowhere.
 *
 * Events: E1 2026-03-12 Alfa + M2, attendance W 16-19 ×5, M 20-24 ×3, W 30-49 ×2, outcomes 6/3/2;
 * E2 2026-04-08 Beta + M1 + Alfa, OTHER 50+ ×1, M 20-24 ×4, outcomes 2/1/0; E3 2025-11-20 M2, W 25-29 ×7, 1/1/1.
 */
describe('Results: the Jobbpartner measures and the matching figures from a hand-made data set', () => {
  let t: TestApp;
  let ds: DataSource;
  const ids: Record<string, string> = {};

  async function vacancy(
    name: string,
    employer: { supplierId?: string; pactMemberId?: string },
    kind: string,
    positions: number,
    createdOn: string,
    tied?: { contractId: string; clauseId: string },
  ): Promise<void> {
    const [row] = await ds.query(
      `INSERT INTO vacancy (supplier_id, pact_member_id, contract_id, clause_id, title, kind, positions, working_time_percent,
         start_date, district, target_groups, referral_deadline, created_by, created_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 100, $8, 'Kista', '{NEWCOMER,LONG_TERM_UNEMPLOYED,FOREIGN_BORN_WOMEN,DISABILITY,YOUTH,SHORT_EDUCATION}',
         $8, 'test', $8) RETURNING id`,
      [employer.supplierId ?? null, employer.pactMemberId ?? null, tied?.contractId ?? null, tied?.clauseId ?? null, name, kind, positions, createdOn],
    );
    ids[name] = row.id;
  }

  interface ReferralSeed {
    group: string;
    gender: string;
    age: string;
    programme: boolean;
    referred: string;
    interviewed?: string;
    offered?: string;
    hired?: { start: string; recorded: string };
    notHired?: { reason: string; on: string };
  }

  async function referral(name: string, vacancyName: string, r: ReferralSeed): Promise<void> {
    const outcome = r.hired ? 'HIRED' : r.notHired ? 'NOT_HIRED' : r.offered ? 'OFFERED' : r.interviewed ? 'INTERVIEWED' : 'REFERRED';
    const [row] = await ds.query(
      `INSERT INTO referral (vacancy_id, code, target_group, gender, age_band, establishment_programme, referred_on, referred_by,
         outcome, interviewed_on, offered_on, hired_start_date, hired_working_time_percent, not_hired_reason, not_hired_on, outcome_at, hired_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'test', $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        ids[vacancyName], `JT-TEST-${name.padStart(4, 'X')}`, r.group, r.gender, r.age, r.programme, r.referred, outcome,
        r.interviewed ?? null, r.offered ?? null, r.hired?.start ?? null, r.hired ? 100 : null,
        r.notHired?.reason ?? null, r.notHired?.on ?? null, r.hired ? `${r.hired.recorded}T15:00:00+01:00` : null, r.hired?.recorded ?? null,
      ],
    );
    ids[name] = row.id;
  }

  async function letter(memberId: string, version: number, signedOn: string, activities: string[], current: boolean): Promise<void> {
    await ds.query(
      `INSERT INTO letter_of_intent (member_id, version, signed_on, valid_from, valid_to, activities, superseded_at, created_by)
       VALUES ($1, $2, $3, $3, ($3::date + 1000), $4, $5, 'test')`,
      [memberId, version, signedOn, activities, current ? null : new Date()],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.dataSource;
    ids.alfa = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(31) })).id;
    ids.beta = (await createSupplier(t, { name: 'Beta Bygg AB', orgNumber: orgNumber(32) })).id;
    ids.m1 = await insertPactMember(ds, 'Stockholmsgruppen AB', orgNumber(41));
    ids.m2 = await insertPactMember(ds, 'Jobbpartner Café AB', orgNumber(42));
    ids.m3 = await insertPactMember(ds, 'Mentorbolaget AB', orgNumber(43));
    await linkSupplierToMember(ds, ids.m1, ids.alfa);

    await letter(ids.m1, 1, '2025-11-01', ['SOCIAL_CLAUSE'], false);
    await letter(ids.m1, 2, '2026-03-10', ['SOCIAL_CLAUSE', 'JOB_PARTNER'], true);
    await letter(ids.m2, 1, '2026-01-15', ['JOB_PARTNER'], false);
    await letter(ids.m2, 2, '2026-03-01', ['JOB_PARTNER', 'STOCKHOLM_MENTOR'], true);
    await letter(ids.m3, 1, '2026-02-20', ['STOCKHOLM_MENTOR'], true);

    const p1 = await insertProcurement(ds, { reference: 'M1', unit: FASTIGHET, status: 'AWARDED', publishedAt: '2025-10-01T09:00:00Z' });
    const cl1 = await insertClause(ds, p1, 1, 'PLACEMENTS', placementsParameters(5, 6));
    const c1 = await insertContract(ds, p1, ids.alfa, '2026-01-01', '2027-12-31');
    const p2 = await insertProcurement(ds, { reference: 'M2', unit: TRAFIK, status: 'AWARDED', publishedAt: '2025-10-01T09:00:00Z' });
    const cl2 = await insertClause(ds, p2, 1, 'PLACEMENTS', placementsParameters(5, 6));
    const c2 = await insertContract(ds, p2, ids.beta, '2026-01-01', '2027-12-31');

    await vacancy('V1', { supplierId: ids.alfa }, 'EMPLOYMENT', 3, '2026-02-01', { contractId: c1, clauseId: cl1 });
    await vacancy('V2', { pactMemberId: ids.m2 }, 'INTERNSHIP', 4, '2026-03-05');
    await vacancy('V3', { supplierId: ids.beta }, 'APL', 2, '2026-03-20', { contractId: c2, clauseId: cl2 });
    await vacancy('V4', { supplierId: ids.beta }, 'EXTRA_JOB', 1, '2025-12-10');
    await vacancy('V5', { supplierId: ids.alfa }, 'SUMMER_JOB', 2, '2026-04-20');

    await referral('R1', 'V1', { group: 'NEWCOMER', gender: 'WOMAN', age: '30-49', programme: false, referred: '2026-02-05', interviewed: '2026-02-10', offered: '2026-02-20', hired: { start: '2026-03-01', recorded: '2026-02-25' } });
    await referral('R2', 'V1', { group: 'LONG_TERM_UNEMPLOYED', gender: 'MAN', age: '20-24', programme: true, referred: '2026-02-05', interviewed: '2026-02-12', notHired: { reason: 'REQUIREMENTS_NOT_MET', on: '2026-02-14' } });
    await referral('R3', 'V1', { group: 'NEWCOMER', gender: 'MAN', age: '50+', programme: false, referred: '2026-02-06' });
    await referral('R4', 'V2', { group: 'NEWCOMER', gender: 'WOMAN', age: '16-19', programme: false, referred: '2026-03-06', interviewed: '2026-03-10', offered: '2026-03-12', hired: { start: '2026-04-01', recorded: '2026-03-15' } });
    await referral('R5', 'V2', { group: 'FOREIGN_BORN_WOMEN', gender: 'WOMAN', age: '30-49', programme: true, referred: '2026-03-06', offered: '2026-03-14', hired: { start: '2026-03-20', recorded: '2026-03-16' } });
    await referral('R6', 'V2', { group: 'DISABILITY', gender: 'OTHER', age: '25-29', programme: false, referred: '2026-03-07', interviewed: '2026-03-11', offered: '2026-03-13', notHired: { reason: 'CANDIDATE_DECLINED', on: '2026-03-18' } });
    await referral('R7', 'V2', { group: 'NEWCOMER', gender: 'MAN', age: '25-29', programme: true, referred: '2026-03-07', notHired: { reason: 'DID_NOT_ATTEND', on: '2026-03-25' } });
    await referral('R8', 'V3', { group: 'YOUTH', gender: 'NOT_STATED', age: '16-19', programme: false, referred: '2026-03-21', interviewed: '2026-03-25', offered: '2026-04-05', hired: { start: '2026-05-04', recorded: '2026-04-06' } });
    await referral('R9', 'V4', { group: 'NEWCOMER', gender: 'MAN', age: '20-24', programme: true, referred: '2025-12-12', interviewed: '2025-12-20', offered: '2026-01-10', hired: { start: '2026-02-01', recorded: '2026-01-12' } });
    await referral('R10', 'V5', { group: 'SHORT_EDUCATION', gender: 'WOMAN', age: '20-24', programme: false, referred: '2026-04-21', offered: '2026-04-28' });

    const on1 = { supplierId: ids.alfa, contractId: c1, clauseId: cl1 };
    await insertPlacement(ds, on1, { reference: 'JT-R1', offered: '2026-02-20', start: '2026-03-01', end: '2026-12-31', gender: 'WOMAN', ageBand: '30-49', programme: false });
    await insertPlacement(ds, on1, { reference: 'Egen', offered: '2026-03-01', start: '2026-03-10', end: '2026-12-31', gender: 'MAN', ageBand: '30-49', programme: false });
    await insertPlacement(ds, on1, { reference: 'Ifrågasatt', offered: '2026-03-01', start: '2026-03-15', end: '2026-12-31', gender: 'MAN', ageBand: '30-49', programme: false, verification: 'QUESTIONED' });
    await insertPlacement(ds, on1, { reference: 'Återkallad', offered: '2026-03-01', start: '2026-03-16', end: '2026-12-31', gender: 'MAN', ageBand: '30-49', programme: false });
    await ds.query(
      `UPDATE placement SET withdrawal_kind = 'WITHDRAWN', withdrawal_reason = 'Fel avtal', withdrawn_by = 'test', withdrawn_at = now() WHERE reference = 'Återkallad'`,
    );
    await insertPlacement(ds, { supplierId: ids.beta, contractId: c2, clauseId: cl2 }, { reference: 'JT-R8', offered: '2026-04-05', start: '2026-05-04', end: '2026-12-31', gender: 'NOT_STATED', ageBand: '16-19', programme: false });
    await ds.query(`UPDATE placement SET referral_id = $1, target_group_attested = true WHERE reference = 'JT-R1'`, [ids.R1]);
    await ds.query(`UPDATE placement SET referral_id = $1, target_group_attested = true WHERE reference = 'JT-R8'`, [ids.R8]);

    const event = (body: Record<string, unknown>) =>
      t.http.post('/api/recruitment-events').set('Authorization', t.auth(Role.PactOffice)).send({ organiser: 'Jobbtorg Stockholm', outcomeNotes: '', ...body }).expect(201);
    await event({
      heldOn: '2026-03-12', title: 'Mässa lokalvård', supplierIds: [ids.alfa], pactMemberIds: [ids.m2], interviews: 6, offers: 3, hires: 2,
      attendance: [{ gender: 'WOMAN', ageBand: '16-19', attendees: 5 }, { gender: 'MAN', ageBand: '20-24', attendees: 3 }, { gender: 'WOMAN', ageBand: '30-49', attendees: 2 }],
    });
    await event({
      heldOn: '2026-04-08', title: 'Bygg och anläggning', supplierIds: [ids.beta, ids.alfa], pactMemberIds: [ids.m1], interviews: 2, offers: 1, hires: 0,
      attendance: [{ gender: 'OTHER', ageBand: '50+', attendees: 1 }, { gender: 'MAN', ageBand: '20-24', attendees: 4 }],
    });
    await event({
      heldOn: '2025-11-20', title: 'Café och restaurang', supplierIds: [], pactMemberIds: [ids.m2], interviews: 1, offers: 1, hires: 1,
      attendance: [{ gender: 'WOMAN', ageBand: '25-29', attendees: 7 }],
    });
  });
  afterAll(() => t.close());

  const matching = async (query: string) =>
    (await t.http.get(`/api/results/matching${query}`).set('Authorization', t.auth(Role.PactOffice)).expect(200)).body;

  /** A measure's offered/filled and its non-zero split categories, for compact hand-written expectations. */
  function measure(body: { jobbpartner: { measures: Record<string, unknown>[] } }, name: string) {
    const m = body.jobbpartner.measures.find((x) => x.measure === name) as Record<string, unknown> & {
      offered: number; filled: number;
      byGender: { gender: string; offered: number; filled: number }[];
      byAgeBand: { ageBand: string; offered: number; filled: number }[];
      byEstablishmentProgramme: { establishmentProgramme: boolean; offered: number; filled: number }[];
    };
    const nonZero = <T extends { offered: number; filled: number }>(rows: T[], key: (r: T) => string) =>
      Object.fromEntries(rows.filter((r) => r.offered || r.filled).map((r) => [key(r), [r.offered, r.filled]]));
    return {
      total: [m.offered, m.filled],
      gender: nonZero(m.byGender, (r) => r.gender),
      age: nonZero(m.byAgeBand, (r) => r.ageBand),
      programme: nonZero(m.byEstablishmentProgramme, (r) => String(r.establishmentProgramme)),
    };
  }

  const reasons = (body: { matching: { notHiredByReason: { reason: string; count: number }[] } }) =>
    Object.fromEntries(body.matching.notHiredByReason.filter((r) => r.count).map((r) => [r.reason, r.count]));
  const members = (body: { matching: { byMember: Record<string, unknown>[] } }) => body.matching.byMember.map(({ memberId: _id, orgNumber: _org, ...rest }) => rest);

  it('counts the year 2026: every measure with its splits, the agreements, the events and the matching figures', async () => {
    const body = await matching('?from=2026-01-01&to=2026-12-31');
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-12-31', unit: null });
    expect(measure(body, 'JOBS')).toEqual({ total: [2, 1], gender: { WOMAN: [2, 1] }, age: { '30-49': [1, 1], '20-24': [1, 0] }, programme: { false: [2, 1] } });
    expect(measure(body, 'APL_PLACES')).toEqual({ total: [1, 1], gender: { NOT_STATED: [1, 1] }, age: { '16-19': [1, 1] }, programme: { false: [1, 1] } });
    expect(measure(body, 'INTERNSHIPS_ADULT_NEWCOMERS')).toEqual({ total: [1, 1], gender: { WOMAN: [1, 1] }, age: { '30-49': [1, 1] }, programme: { true: [1, 1] } });
    expect(measure(body, 'INTERNSHIPS_YOUNG_NEWCOMERS')).toEqual({ total: [1, 1], gender: { WOMAN: [1, 1] }, age: { '16-19': [1, 1] }, programme: { false: [1, 1] } });
    expect(measure(body, 'EXTRA_JOBS_YOUNG_NEWCOMERS')).toEqual({ total: [1, 1], gender: { MAN: [1, 1] }, age: { '20-24': [1, 1] }, programme: { true: [1, 1] } });
    expect(measure(body, 'OTHER')).toEqual({ total: [1, 0], gender: { OTHER: [1, 0] }, age: { '25-29': [1, 0] }, programme: { false: [1, 0] } });
    expect(body.jobbpartner.agreementsSigned).toBe(2);
    expect(body.jobbpartner.recruitmentEvents).toEqual({
      events: 2, attendees: 15,
      attendeesByGender: [{ gender: 'WOMAN', attendees: 7 }, { gender: 'MAN', attendees: 7 }, { gender: 'OTHER', attendees: 1 }, { gender: 'NOT_STATED', attendees: 0 }],
      attendeesByAgeBand: [
        { ageBand: '16-19', attendees: 5 }, { ageBand: '20-24', attendees: 7 }, { ageBand: '25-29', attendees: 0 }, { ageBand: '30-49', attendees: 2 }, { ageBand: '50+', attendees: 1 },
      ],
      interviews: 8, offers: 4, hires: 2,
    });
    const m = body.matching;
    expect([m.vacancies, m.positions, m.referred, m.interviewed, m.offered, m.hired, m.notHired]).toEqual([4, 11, 9, 5, 7, 5, 3]);
    expect(reasons(body)).toEqual({ REQUIREMENTS_NOT_MET: 1, CANDIDATE_DECLINED: 1, DID_NOT_ATTEND: 1 });
    // Days 10, 11, 17, 24, 33.
    expect(m.daysToHire).toEqual({ hires: 5, median: 17, mean: 19 });
    // JT-R1, Egen, JT-R8; not the questioned or the withdrawn one.
    expect([m.clausePlacementsFilled, m.clausePlacementsThroughMatching, m.shareThroughMatching]).toEqual([3, 2, 0.667]);
    expect(members(body)).toEqual([
      { name: 'Jobbpartner Café AB', agreementSigned: true, vacancies: 1, positions: 4, referred: 4, offered: 3, filled: 2, events: 1 },
      { name: 'Stockholmsgruppen AB', agreementSigned: true, vacancies: 2, positions: 5, referred: 4, offered: 2, filled: 1, events: 2 },
    ]);
    expect(m.byUnit).toEqual([
      { unit: FASTIGHET, vacancies: 1, positions: 3, referred: 3, offered: 1, filled: 1 },
      { unit: TRAFIK, vacancies: 1, positions: 2, referred: 1, offered: 1, filled: 1 },
      { unit: null, vacancies: 2, positions: 6, referred: 5, offered: 5, filled: 3 },
    ]);
  });

  it('serves the same sections in GET /api/results, whose clause placements filled agree with measure 5', async () => {
    const { body } = await t.http.get('/api/results?from=2026-01-01&to=2026-12-31').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    const alone = await matching('?from=2026-01-01&to=2026-12-31');
    expect(body.jobbpartner).toEqual(alone.jobbpartner);
    expect(body.matching).toEqual(alone.matching);
    expect(body.placements.filled).toBe(body.matching.clausePlacementsFilled);
  });

  it('counts March 2026: steps by their own day, the first Jobbpartner letter only', async () => {
    const body = await matching('?from=2026-03-01&to=2026-03-31');
    expect(measure(body, 'JOBS')).toEqual({ total: [0, 1], gender: { WOMAN: [0, 1] }, age: { '30-49': [0, 1] }, programme: { false: [0, 1] } });
    expect(measure(body, 'APL_PLACES').total).toEqual([0, 0]);
    expect(measure(body, 'INTERNSHIPS_ADULT_NEWCOMERS').total).toEqual([1, 1]);
    expect(measure(body, 'INTERNSHIPS_YOUNG_NEWCOMERS')).toEqual({ total: [1, 0], gender: { WOMAN: [1, 0] }, age: { '16-19': [1, 0] }, programme: { false: [1, 0] } });
    expect(measure(body, 'EXTRA_JOBS_YOUNG_NEWCOMERS').total).toEqual([0, 0]);
    expect(measure(body, 'OTHER').total).toEqual([1, 0]);
    // M1's JOB_PARTNER letter of 10 March; M2's second JOB_PARTNER letter of 1 March is not a new agreement.
    expect(body.jobbpartner.agreementsSigned).toBe(1);
    const e = body.jobbpartner.recruitmentEvents;
    expect([e.events, e.attendees, e.interviews, e.offers, e.hires]).toEqual([1, 10, 6, 3, 2]);
    const m = body.matching;
    expect([m.vacancies, m.positions, m.referred, m.interviewed, m.offered, m.hired, m.notHired]).toEqual([2, 6, 5, 3, 3, 2, 2]);
    expect(reasons(body)).toEqual({ CANDIDATE_DECLINED: 1, DID_NOT_ATTEND: 1 });
    expect(m.daysToHire).toEqual({ hires: 2, median: 17.5, mean: 17.5 });
    expect([m.clausePlacementsFilled, m.clausePlacementsThroughMatching, m.shareThroughMatching]).toEqual([2, 1, 0.5]);
    expect(members(body)).toEqual([
      { name: 'Jobbpartner Café AB', agreementSigned: false, vacancies: 1, positions: 4, referred: 4, offered: 3, filled: 1, events: 1 },
      { name: 'Stockholmsgruppen AB', agreementSigned: true, vacancies: 0, positions: 0, referred: 0, offered: 0, filled: 1, events: 1 },
    ]);
    expect(m.byUnit).toEqual([
      { unit: FASTIGHET, vacancies: 0, positions: 0, referred: 0, offered: 0, filled: 1 },
      { unit: TRAFIK, vacancies: 1, positions: 2, referred: 1, offered: 0, filled: 0 },
      { unit: null, vacancies: 1, positions: 4, referred: 4, offered: 3, filled: 1 },
    ]);
  });

  it('counts an odd range (15 February – 10 April 2026) cutting through the steps', async () => {
    const body = await matching('?from=2026-02-15&to=2026-04-10');
    expect(body.jobbpartner.measures.map((x: { measure: string; offered: number; filled: number }) => [x.measure, x.offered, x.filled])).toEqual([
      ['JOBS', 1, 1], ['APL_PLACES', 1, 0], ['INTERNSHIPS_ADULT_NEWCOMERS', 1, 1], ['INTERNSHIPS_YOUNG_NEWCOMERS', 1, 1],
      ['EXTRA_JOBS_YOUNG_NEWCOMERS', 0, 0], ['OTHER', 1, 0],
    ]);
    expect(measure(body, 'APL_PLACES')).toEqual({ total: [1, 0], gender: { NOT_STATED: [1, 0] }, age: { '16-19': [1, 0] }, programme: { false: [1, 0] } });
    expect(body.jobbpartner.agreementsSigned).toBe(1);
    expect(body.jobbpartner.recruitmentEvents.events).toBe(2);
    const m = body.matching;
    expect([m.vacancies, m.positions, m.referred, m.interviewed, m.offered, m.hired, m.notHired]).toEqual([2, 6, 5, 3, 5, 3, 2]);
    expect(m.daysToHire).toEqual({ hires: 3, median: 11, mean: 15 });
    expect([m.clausePlacementsFilled, m.clausePlacementsThroughMatching, m.shareThroughMatching]).toEqual([2, 1, 0.5]);
    expect(members(body)).toEqual([
      { name: 'Jobbpartner Café AB', agreementSigned: false, vacancies: 1, positions: 4, referred: 4, offered: 3, filled: 2, events: 1 },
      { name: 'Stockholmsgruppen AB', agreementSigned: true, vacancies: 0, positions: 0, referred: 0, offered: 1, filled: 1, events: 2 },
    ]);
    expect(m.byUnit).toEqual([
      { unit: FASTIGHET, vacancies: 0, positions: 0, referred: 0, offered: 1, filled: 1 },
      { unit: TRAFIK, vacancies: 1, positions: 2, referred: 1, offered: 1, filled: 0 },
      { unit: null, vacancies: 1, positions: 4, referred: 4, offered: 3, filled: 2 },
    ]);
  });

  it('limits vacancies and referrals to the unit, while agreements and events belong to no unit', async () => {
    const body = await matching(`?from=2026-01-01&to=2026-12-31&unit=${encodeURIComponent(FASTIGHET)}`);
    expect(body.jobbpartner.measures.filter((x: { offered: number; filled: number }) => x.offered || x.filled).map((x: { measure: string }) => x.measure)).toEqual(['JOBS']);
    expect(measure(body, 'JOBS').total).toEqual([1, 1]);
    expect([body.jobbpartner.agreementsSigned, body.jobbpartner.recruitmentEvents.events]).toEqual([2, 2]);
    const m = body.matching;
    expect([m.vacancies, m.positions, m.referred, m.interviewed, m.offered, m.hired, m.notHired]).toEqual([1, 3, 3, 2, 1, 1, 1]);
    expect(reasons(body)).toEqual({ REQUIREMENTS_NOT_MET: 1 });
    expect(m.daysToHire).toEqual({ hires: 1, median: 24, mean: 24 });
    expect([m.clausePlacementsFilled, m.clausePlacementsThroughMatching, m.shareThroughMatching]).toEqual([2, 1, 0.5]);
    expect(m.byUnit.map((u: { unit: string }) => u.unit)).toEqual([FASTIGHET]);
    expect(members(body)).toEqual([
      { name: 'Jobbpartner Café AB', agreementSigned: true, vacancies: 0, positions: 0, referred: 0, offered: 0, filled: 0, events: 1 },
      { name: 'Stockholmsgruppen AB', agreementSigned: true, vacancies: 1, positions: 3, referred: 3, offered: 1, filled: 1, events: 2 },
    ]);
  });

  it('counts 2025: the untied extra job referred in December, no Jobbpartner letter, the November event', async () => {
    const body = await matching('?from=2025-01-01&to=2025-12-31');
    expect(body.jobbpartner.agreementsSigned).toBe(0);
    expect(body.jobbpartner.measures.every((x: { offered: number; filled: number }) => x.offered + x.filled === 0)).toBe(true);
    expect(body.jobbpartner.recruitmentEvents).toMatchObject({ events: 1, attendees: 7, interviews: 1, offers: 1, hires: 1 });
    const m = body.matching;
    expect([m.vacancies, m.positions, m.referred, m.interviewed, m.offered, m.hired, m.notHired]).toEqual([1, 1, 1, 1, 0, 0, 0]);
    expect(m.daysToHire).toEqual({ hires: 0, median: null, mean: null });
    expect(m.shareThroughMatching).toBe(0);
    expect(members(body)).toEqual([
      { name: 'Jobbpartner Café AB', agreementSigned: false, vacancies: 0, positions: 0, referred: 0, offered: 0, filled: 0, events: 1 },
    ]);
  });

  it('writes the figures into the CSV for Swedish Excel', async () => {
    const res = await t.http.get('/api/results.csv?from=2026-01-01&to=2026-12-31').set('Authorization', t.auth(Role.PactOffice)).buffer(true).parse(binary).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    const rows: string[][] = parse(text.slice(1), { delimiter: ';', record_delimiter: '\r\n' });
    const value = (unit: string, measureName: string, split: string, category: string) =>
      rows.find((r) => r[2] === unit && r[3] === measureName && r[4] === split && r[5] === category)?.[6];
    const all = 'Alla enheter';
    expect(value(all, 'Tecknade Jobbpartnerskap', 'Totalt', '')).toBe('2');
    expect(value(all, 'Jobbpartner: erbjudna arbetstillfällen', 'Totalt', '')).toBe('2');
    expect(value(all, 'Jobbpartner: tillsatta arbetstillfällen', 'Kön', 'Kvinna')).toBe('1');
    expect(value(all, 'Jobbpartner: tillsatta APL-platser', 'Ålder', '16–19 år')).toBe('1');
    expect(value(all, 'Jobbpartner: tillsatta praktikplatser till vuxna nyanlända', 'Etableringsprogrammet', 'I etableringsprogrammet')).toBe('1');
    expect(value(all, 'Jobbpartner: erbjudna praktikplatser till unga nyanlända (16–29 år)', 'Kön', 'Kvinna')).toBe('1');
    expect(value(all, 'Jobbpartner: tillsatta extrajobb till unga nyanlända (16–29 år)', 'Kön', 'Man')).toBe('1');
    expect(value(all, 'Jobbpartner: erbjudna praktikplatser till övriga målgrupper', 'Kön', 'Annat')).toBe('1');
    expect(value(all, 'Rekryteringstillfällen', 'Totalt', '')).toBe('2');
    expect(value(all, 'Deltagare vid rekryteringstillfällen', 'Ålder', '20–24 år')).toBe('7');
    expect(value(all, 'Matchning: anvisade kandidater', 'Totalt', '')).toBe('9');
    expect(value(all, 'Matchning: ej anställda', 'Skäl', 'Uppfyllde inte kraven')).toBe('1');
    expect(value(all, 'Matchning: dagar från annons till anställning, median', 'Totalt', '')).toBe('17');
    expect(value(all, 'Andel tillsatta arbetstillfällen i klausuler via stadens matchning (%)', 'Totalt', '')).toBe('66,7');
    expect(value(all, 'Matchning: anställda', 'Paktmedlem', `Jobbpartner Café AB (${orgNumber(42)})`)).toBe('2');
    expect(value(all, 'Rekryteringstillfällen', 'Paktmedlem', `Stockholmsgruppen AB (${orgNumber(41)})`)).toBe('2');
    expect(value('Ingen enhet', 'Matchning: erbjudna', 'Totalt', '')).toBe('5');
    expect(value(TRAFIK, 'Matchning: annonserade lediga jobb', 'Totalt', '')).toBe('1');
  });

  it('prints the section "Jobbpartner och matchning" in the annual report', async () => {
    const { status, text } = await pdfTextOf(t, '/api/results/annual-report.pdf?year=2026', t.auth(Role.PactOffice));
    expect(status).toBe(200);
    const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines).toContain('Jobbpartner och matchning');
    expect(lines).toContain('Arbetstillfällen 2 1');
    expect(lines).toContain('Praktikplatser till unga nyanlända (16–29 år) 1 0 0 1 0 0');
    expect(lines).toContain('Praktikplatser till övriga målgrupper 1 0');
    expect(lines).toContain('Tecknade Jobbpartnerskap 2');
    expect(lines).toContain('Matchning: dagar från annons till anställning, median 17');
    expect(lines).toContain('Andel tillsatta arbetstillfällen i klausuler via stadens matchning (%) 66,7');
    expect(lines).toContain('Stockholmsgruppen AB 2 4 2 1 2');
  });

  it('lets the matcher read the matching results and refuses the supplier', async () => {
    await t.http.get('/api/results/matching?from=2026-01-01').set('Authorization', t.auth(Role.Matcher)).expect(200);
    await t.http.get('/api/results/matching').set('Authorization', t.auth(Role.Supplier, ids.alfa)).expect(403);
    const bad = await t.http.get('/api/results/matching?from=2026-02-30').set('Authorization', t.auth(Role.Matcher)).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['from']);
  });
});

describe('Results: a hire recorded through the matching API counts the same day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts the vacancy, the referral, the offer, the hire with 0 days, and its attested placement as through matching', async () => {
    const c = await createAwardedContract(t);
    const supplier = t.auth(Role.Supplier, c.supplierId);
    const matcher = t.auth(Role.Matcher);
    const vacancy = await t.http.post('/api/vacancies').set('Authorization', supplier).send({
      title: 'Lokalvårdare', kind: 'EMPLOYMENT', positions: 2, workingTimePercent: 100, lengthMonths: 6, startDate: today(10), district: 'Kista',
      targetGroups: ['LONG_TERM_UNEMPLOYED'], referralDeadline: today(), contractId: c.contractId, clauseId: c.clauseIds[0],
    }).expect(201);
    const candidate = { targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'WOMAN', ageBand: '50+', establishmentProgramme: false };
    const hired = await t.http.post(`/api/vacancies/${vacancy.body.id}/referrals`).set('Authorization', matcher).send(candidate).expect(201);
    await t.http.post(`/api/vacancies/${vacancy.body.id}/referrals`).set('Authorization', matcher).send({ ...candidate, gender: 'MAN' }).expect(201);
    await t.http.post(`/api/referrals/${hired.body.id}/outcome`).set('Authorization', supplier)
      .send({ outcome: 'HIRED', date: today(), startDate: today(), endDate: today(180), workingTimePercent: 100 }).expect(200);

    const { body } = await t.http.get(`/api/results?from=${today()}&to=${today()}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    const m = body.matching;
    expect([m.vacancies, m.positions, m.referred, m.offered, m.hired, m.notHired]).toEqual([1, 2, 2, 1, 1, 0]);
    expect(m.daysToHire).toEqual({ hires: 1, median: 0, mean: 0 });
    expect([m.clausePlacementsFilled, m.clausePlacementsThroughMatching, m.shareThroughMatching]).toEqual([1, 1, 1]);
    expect(body.placements.filled).toBe(1);
    const jobs = body.jobbpartner.measures.find((x: { measure: string }) => x.measure === 'JOBS');
    expect([jobs.offered, jobs.filled]).toEqual([1, 1]);
    expect(jobs.byAgeBand.find((a: { ageBand: string }) => a.ageBand === '50+')).toEqual({ ageBand: '50+', offered: 1, filled: 1 });
  });
});
