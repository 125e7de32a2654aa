import fc from 'fast-check';
import { Role } from '../../src/auth/role';
import { ClauseType, PlacementKind, PlacementLine, TargetGroup } from '../../src/clauses/clause.types';
import { addDays, addMonths, daysBetween, firstOfMonth, minDate } from '../../src/common/calendar';
import { AgeBand, EarlyEndReason, Gender } from '../../src/reporting/reporting.types';
import { ClauseSeed, createFollowUpSupplier, createPublishedProcurement, dialogueParameters } from './followup-factories';
import { TestApp } from './test-app';

/**
 * Random worlds of awarded contracts with placements clauses, and the reports a supplier and the
 * pact office make on them, for the results parity test. Everything is generated as concrete dates
 * (so a counterexample reads as it was sent) and built through the HTTP API, as in production.
 */

/** What happens to a report after it was sent. */
export type Follow =
  | 'NONE' | 'CORRECTED' | 'WITHDRAWN' | 'QUESTIONED' | 'QUESTIONED_THEN_CORRECTED' | 'ACCEPTED' | 'CORRECTED_THEN_ACCEPTED' | 'VOIDED';

export interface PlacementSpec {
  body: Record<string, unknown>;
  /** The terms a correction sends (every field but the reference); used by the follow-ups that correct. */
  correction: Record<string, unknown>;
  follow: Follow;
}

export interface ClauseSpec {
  type: ClauseType;
  seed: ClauseSeed;
  placements: PlacementSpec[];
}

export interface ContractSpec {
  /** Index into the world's units. */
  unit: number;
  publishedOn: string;
  startDate: string;
  endDate: string;
  clauses: ClauseSpec[];
}

export interface WorldSpec {
  units: number;
  contracts: ContractSpec[];
}

/** Few kinds and target groups, so placements often meet a line and sometimes do not. */
const KINDS = [PlacementKind.Employment, PlacementKind.Internship, PlacementKind.ExtraJob];
const TARGET_GROUPS = [TargetGroup.LongTermUnemployed, TargetGroup.Newcomer, TargetGroup.Youth];
/** Most reports stand (pending, accepted or corrected); some are taken back or questioned. */
const followArb: fc.Arbitrary<Follow> = fc.oneof(
  { arbitrary: fc.constantFrom<Follow>('NONE', 'ACCEPTED', 'CORRECTED', 'CORRECTED_THEN_ACCEPTED'), weight: 4 },
  { arbitrary: fc.constantFrom<Follow>('WITHDRAWN', 'QUESTIONED', 'QUESTIONED_THEN_CORRECTED', 'VOIDED'), weight: 1 },
);

const lineArb: fc.Arbitrary<PlacementLine> = fc.record(
  {
    kind: fc.constantFrom(...KINDS),
    count: fc.integer({ min: 1, max: 3 }),
    // Half months, so sums land on .5 as well as whole months.
    fullTimeMonths: fc.integer({ min: 1, max: 16 }).map((n) => n / 2),
    minLength: fc.oneof(
      fc.record({ value: fc.integer({ min: 1, max: 6 }), unit: fc.constant('MONTHS' as const) }),
      fc.record({ value: fc.integer({ min: 2, max: 12 }), unit: fc.constant('WEEKS' as const) }),
    ),
    minWorkingTimePercent: fc.constantFrom(25, 50, 50, 75),
    deadline: fc.record({ contractMonth: fc.integer({ min: 3, max: 30 }) }),
  },
  // count, minLength and deadline are optional in a line; fullTimeMonths is required.
  { requiredKeys: ['kind', 'fullTimeMonths', 'minWorkingTimePercent'] },
);

const placementsClauseArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 2 }),
  earlyStartWithinMonths: fc.integer({ min: 1, max: 6 }),
  earlyEndingCreditPercent: fc.constantFrom(50, 75, 90),
  targetGroups: fc.subarray(TARGET_GROUPS, { minLength: 1 }),
});

/** A valid placement report on a contract of the clause's kinds and target groups: every date inside what the API accepts. */
function placementBodyArb(contract: { startDate: string; endDate: string }, kinds: PlacementKind[], groups: TargetGroup[]) {
  const span = daysBetween(contract.startDate, contract.endDate);
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      targetGroup: fc.constantFrom(...groups),
      // Anywhere in the contract, or in its first two months, as a supplier recruiting for the early-start rule does.
      offeredAfter: fc.oneof(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: Math.min(60, span) })),
      // Mostly filled: an offer not filled only counts as offered.
      filled: fc.constantFrom(true, true, true, true, false),
      startAfterOffer: fc.integer({ min: 0, max: 30 }),
      lengthDays: fc.integer({ min: 14, max: 540 }),
      // Mostly at least the lines' minimum, now and then below it.
      workingTimePercent: fc.constantFrom(20, 50, 75, 80, 100, 100),
      // Where in the agreed time it ended: anywhere, or late enough that the credit rule may apply.
      early: fc.option(fc.record({
        permille: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 900, max: 999 })),
        reason: fc.constantFrom(...Object.values(EarlyEndReason)),
      }), { nil: null }),
      gender: fc.constantFrom(...Object.values(Gender)),
      ageBand: fc.constantFrom(...Object.values(AgeBand)),
      establishmentProgramme: fc.boolean(),
    })
    .map(({ offeredAfter, startAfterOffer, lengthDays, early, ...rest }) => {
      const offeredDate = addDays(contract.startDate, offeredAfter);
      if (!rest.filled) return { ...rest, offeredDate, startDate: null, endDate: null, earlyEndDate: null, earlyEndReason: null };
      const startDate = minDate(addDays(offeredDate, startAfterOffer), contract.endDate);
      const endDate = addDays(startDate, lengthDays);
      const earlyEndDate = early ? addDays(startDate, Math.floor((early.permille / 1000) * lengthDays)) : null;
      return { ...rest, offeredDate, startDate, endDate, earlyEndDate, earlyEndReason: early?.reason ?? null };
    });
}

/** The reports of one clause: each a body, the correction it may get, and what happens to it. */
function placementsArb(contract: { startDate: string; endDate: string }, kinds: PlacementKind[], groups: TargetGroup[]) {
  const body = placementBodyArb(contract, kinds, groups);
  return fc.array(fc.record({ body, correction: body, follow: followArb }), { maxLength: 6 });
}

/**
 * A contract of unit `unit` (of `units`) starting between 40 months before `today` and a month
 * after it, 3–30 months long, published on or before its start: some ended, some running today,
 * one now and then not started. One or two placements clauses, now and then a dialogue clause
 * without reports (its status counts per type as well).
 */
function contractArb(today: string, units: number): fc.Arbitrary<ContractSpec> {
  return fc
    .record({
      unit: fc.integer({ min: 0, max: units - 1 }),
      startMonth: fc.integer({ min: -40, max: 1 }),
      startDay: fc.integer({ min: 1, max: 28 }),
      lengthMonths: fc.integer({ min: 3, max: 30 }),
      endShiftDays: fc.integer({ min: -10, max: 10 }),
      publishedDaysBefore: fc.integer({ min: 0, max: 60 }),
      placementsClauses: fc.array(placementsClauseArb, { minLength: 1, maxLength: 2 }),
      dialogue: fc.boolean(),
    })
    .chain(({ unit, startMonth, startDay, lengthMonths, endShiftDays, publishedDaysBefore, placementsClauses, dialogue }) => {
      const startDate = addDays(addMonths(firstOfMonth(today), startMonth), startDay - 1);
      const endDate = addDays(addMonths(startDate, lengthMonths), endShiftDays - 1);
      const publishedOn = addDays(minDate(startDate, today), -publishedDaysBefore);
      const dates = { startDate, endDate };
      const clauses = placementsClauses.map(({ targetGroups, ...parameters }) =>
        placementsArb(dates, [...new Set(parameters.lines.map((l) => l.kind))], targetGroups).map(
          (placements): ClauseSpec => ({ type: ClauseType.Placements, seed: { type: ClauseType.Placements, parameters, targetGroups }, placements }),
        ));
      const dialogueClause: ClauseSpec = { type: ClauseType.Dialogue, seed: { type: ClauseType.Dialogue, parameters: dialogueParameters() }, placements: [] };
      return fc.tuple(...clauses).map((built) => ({ unit, publishedOn, ...dates, clauses: dialogue ? [...built, dialogueClause] : built }));
    });
}

/** One or two contracting units with two to four contracts between them. */
export function worldArb(today: string): fc.Arbitrary<WorldSpec> {
  return fc.integer({ min: 1, max: 2 }).chain((units) =>
    fc.record({ units: fc.constant(units), contracts: fc.array(contractArb(today, units), { minLength: 2, maxLength: 4 }) }));
}

/** A built clause: its id, and each report's id and the terms it ended with. */
export interface BuiltClause {
  contractId: string;
  clauseId: string;
  unit: string;
  type: ClauseType;
  placements: { id: string; startDate: string | null }[];
}

let referenceSerial = 0;

/** Builds a world through the API under the given unit names; returns its clauses. */
export async function buildWorld(t: TestApp, world: WorldSpec, unitNames: string[]): Promise<BuiltClause[]> {
  const built: BuiltClause[] = [];
  for (const contract of world.contracts) {
    const supplierId = await createFollowUpSupplier(t);
    const unit = unitNames[contract.unit];
    const procurement = await createPublishedProcurement(t, contract.clauses.map((c) => c.seed), { contractingUnit: unit, publishedOn: contract.publishedOn });
    const award = await expectOk(t.http.post(`/api/procurements/${procurement.id}/award`).set('Authorization', t.auth(Role.Officer))
      .send({ supplierId, startDate: contract.startDate, endDate: contract.endDate }), 'award');
    const contractId = award.id as string;
    for (const [index, clause] of contract.clauses.entries()) {
      const clauseId = procurement.clauseIds[index];
      const placements = [];
      for (const spec of clause.placements) placements.push(await report(t, { supplierId, contractId, clauseId }, spec));
      built.push({ contractId, clauseId, unit, type: clause.type, placements });
    }
  }
  return built;
}

/** Sends one report and its follow-up; returns its id and the start date it ended with. */
async function report(t: TestApp, on: { supplierId: string; contractId: string; clauseId: string }, spec: PlacementSpec) {
  const supplier = t.auth(Role.Supplier, on.supplierId);
  const pactOffice = t.auth(Role.PactOffice);
  const placements = `/api/contracts/${on.contractId}/clauses/${on.clauseId}/placements`;
  const reports = `/api/contracts/${on.contractId}/reports/placements`;
  referenceSerial += 1;
  let placement = await expectOk(t.http.post(placements).set('Authorization', supplier).send({ reference: `PAR-${referenceSerial}`, ...spec.body }), 'report');
  const correct = async () => (placement = await expectOk(t.http.patch(`${placements}/${placement.id}`).set('Authorization', supplier).send(spec.correction), 'correct'));
  const verify = (status: string) =>
    expectOk(t.http.put(`${reports}/${placement.id}/verification`).set('Authorization', pactOffice).send(status === 'QUESTIONED' ? { status, reason: 'Avtal saknas' } : { status }), status);
  const withdraw = (auth: string) => expectOk(t.http.post(`${reports}/${placement.id}/withdrawal`).set('Authorization', auth).send({ reason: 'Rapporterad av misstag' }), 'withdraw');
  switch (spec.follow) {
    case 'CORRECTED': await correct(); break;
    case 'WITHDRAWN': await withdraw(supplier); break;
    case 'QUESTIONED': await verify('QUESTIONED'); break;
    case 'QUESTIONED_THEN_CORRECTED': await verify('QUESTIONED'); await correct(); break;
    case 'ACCEPTED': await verify('ACCEPTED'); break;
    case 'CORRECTED_THEN_ACCEPTED': await correct(); await verify('ACCEPTED'); break;
    case 'VOIDED': await verify('ACCEPTED'); await withdraw(pactOffice); break;
    case 'NONE': break;
  }
  return { id: placement.id as string, startDate: (placement.startDate as string | null) ?? null };
}

/** The body of a 2xx response; any other answer is a fault of the generator or the service, and stops the run. */
async function expectOk(req: PromiseLike<{ status: number; body: Record<string, unknown> }>, what: string): Promise<Record<string, unknown>> {
  const res = await req;
  if (res.status < 200 || res.status > 299) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
