import { ClauseType, PlacementKind, TargetGroup } from '../../clauses/clause.types';
import { withCheckDigit } from '../../common/org-number/org-number';
import { MeetingFact, ProgressFact } from '../../reporting/clause-status';
import { PlacementFact } from '../../reporting/placements-progress';
import { EarlyEndReason, MeetingKind, ProgressStatus, VerificationStatus } from '../../reporting/reporting.types';
import { ClauseFacts, evaluateDemoClause } from './outcomes';
import { Prng } from './prng';
import { DIALOGUE_CONTACT, INITIATIVES, MILESTONES, PLACEMENT_KINDS, SERVICES, SUPPLIER_WORDS, UNITS } from './vocabulary';

/**
 * Realistic, deterministic synthetic data for the pact results: procurements published 2019–2026
 * by the city's units, their clauses, awards, and the suppliers' reports, following the rules a
 * report through the API follows, with the outcomes the rules give on a day (see outcomes.ts).
 * Pure: rows only, no SQL.
 */
export interface DemoOptions {
  procurements: number;
  /** Placements in total; default 40/3 per procurement (150 000 → 2 000 000). */
  placements?: number;
  seed: number;
}

const FIRST_YEAR = 2019;
const LAST_YEAR = 2026;
const DAY = 86_400_000;
/** No report is dated after this day. */
const HORIZON = Date.UTC(LAST_YEAR, 11, 31);

export type Row = unknown[];

export interface ProcurementPlan {
  index: number;
  id: string;
  year: number;
  status: 'DRAFT' | 'PUBLISHED' | 'AWARDED' | 'COMPLETED' | 'CANCELLED';
  published: number | null;
  durationMonths: number;
  clauseTypes: ('DIALOGUE' | 'PLACEMENTS' | 'INTEGRATION_INITIATIVE')[];
  contract: { id: string; supplier: number; start: number; end: number } | null;
  placementQuota: number;
}

export interface DemoBatch {
  procurements: Row[];
  clauses: Row[];
  clauseVersions: Row[];
  contracts: Row[];
  placements: Row[];
  meetings: Row[];
  progress: Row[];
  /** clause_outcome: one per followed clause of each contract. */
  outcomes: Row[];
}

export const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
const addMonths = (time: number, months: number): number => {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
};

export const defaultPlacements = (procurements: number): number => Math.round((procurements * 40) / 3);
export const supplierCount = (procurements: number): number => Math.min(9999, Math.max(20, Math.round(procurements / 50)));
export const referencePrefix = (seed: number): string => `DEMO-S${seed}-`;

/** Suppliers: id, name, a valid organisation number in a range derived from the seed. */
export function generateSuppliers(options: DemoOptions): Row[] {
  const rng = new Prng(options.seed ^ 0x5eed);
  return Array.from({ length: supplierCount(options.procurements) }, (_, i) => {
    const base = `559${String(((options.seed % 97) * 10000 + i) % 1_000_000).padStart(6, '0')}`;
    const name = `${rng.pick(SUPPLIER_WORDS.first)} ${rng.pick(SUPPLIER_WORDS.second)} ${rng.pick(['AB', 'AB', 'i Stockholm AB', 'Sverige AB'])}`;
    return [rng.uuid(), name, withCheckDigit(base), `kontakt${i}@example.se`];
  });
}

/** First pass: every procurement's shape, then the placements spread over the awarded placements clauses. */
export function planProcurements(options: DemoOptions): ProcurementPlan[] {
  const rng = new Prng(options.seed);
  const suppliers = supplierCount(options.procurements);
  const plans = Array.from({ length: options.procurements }, (_, index): ProcurementPlan => {
    const year = FIRST_YEAR + Math.floor((index * (LAST_YEAR - FIRST_YEAR + 1)) / options.procurements);
    const status = rng.weighted({ DRAFT: 4, PUBLISHED: 10, AWARDED: 58, COMPLETED: 24, CANCELLED: 4 });
    const published = status === 'DRAFT' ? null : Date.UTC(year, 0, 1) + rng.int(0, 364) * DAY + rng.int(7, 16) * 3_600_000;
    const durationMonths = rng.pick([12, 18, 24, 24, 36, 36, 48]);
    const withClauses = rng.chance(0.55);
    const clauseTypes: ProcurementPlan['clauseTypes'] = [];
    if (withClauses) {
      if (rng.chance(0.6)) clauseTypes.push('DIALOGUE');
      if (clauseTypes.length === 0 || rng.chance(0.35)) clauseTypes.push('PLACEMENTS');
      if (rng.chance(0.08)) clauseTypes.push('INTEGRATION_INITIATIVE');
    }
    const awarded = status === 'AWARDED' || status === 'COMPLETED' || (status === 'CANCELLED' && rng.chance(0.3));
    const start = published === null ? 0 : Date.UTC(year, 0, 1) + (Math.floor((published - Date.UTC(year, 0, 1)) / DAY) + rng.int(45, 120)) * DAY;
    return {
      index,
      id: rng.uuid(),
      year,
      status,
      published,
      durationMonths,
      clauseTypes,
      contract: awarded && published !== null
        ? { id: rng.uuid(), supplier: rng.int(0, suppliers - 1), start, end: addMonths(start, durationMonths) - DAY }
        : null,
      placementQuota: 0,
    };
  });
  allocatePlacements(plans, options.placements ?? defaultPlacements(options.procurements), rng);
  return plans;
}

/** Spreads exactly `total` placements over the awarded placements clauses, in random proportions. */
function allocatePlacements(plans: ProcurementPlan[], total: number, rng: Prng): void {
  const eligible = plans.filter((p) => p.contract && p.clauseTypes.includes('PLACEMENTS') && p.contract.start <= HORIZON);
  const weights = eligible.map(() => 0.3 + rng.next() * 1.4);
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  eligible.forEach((plan, i) => {
    plan.placementQuota = Math.floor((total * weights[i]) / sum);
    given += plan.placementQuota;
  });
  for (let i = 0; given < total && eligible.length > 0; i = (i + 1) % eligible.length, given++) eligible[i].placementQuota++;
}

/**
 * Second pass: the rows of a run of planned procurements, with the outcomes the rules give on
 * `today` (an ISO date; the stored outcomes' evaluated_on).
 */
export function generateBatch(plans: ProcurementPlan[], suppliers: Row[], options: DemoOptions, placementOffset: number, today: string): DemoBatch {
  const rng = new Prng((options.seed * 7919 + plans[0].index) >>> 0);
  const batch: DemoBatch = { procurements: [], clauses: [], clauseVersions: [], contracts: [], placements: [], meetings: [], progress: [], outcomes: [] };
  let placementIndex = placementOffset;
  for (const plan of plans) {
    const unit = rng.pick(UNITS);
    const service = rng.pick(SERVICES);
    const kind = service.kind;
    batch.procurements.push([
      plan.id,
      `${referencePrefix(options.seed)}${plan.year}-${String(plan.index).padStart(6, '0')}`,
      `${service.title} – ${unit.area}`,
      unit.name,
      kind,
      rng.int(5, 400) * 250_000,
      plan.durationMonths,
      kind === 'GOODS' ? 'LOW' : rng.pick(['MEDIUM', 'HIGH', 'HIGH']),
      plan.status,
      plan.published === null ? null : new Date(plan.published).toISOString(),
    ]);
    const contract = plan.contract;
    if (contract) {
      batch.contracts.push([contract.id, plan.id, suppliers[contract.supplier][0], isoDate(contract.start), isoDate(contract.end)]);
    }
    plan.clauseTypes.forEach((type, i) => {
      const clauseId = rng.uuid();
      batch.clauses.push([clauseId, plan.id, i + 1, type]);
      const parameters = { ...clauseParameters(type, plan, rng), ...breachTerms(type, plan) };
      const targetGroups = clauseTargetGroups(rng);
      // Published with the tender, so the follow-up of an award uses this version.
      const publishedAt = plan.published === null ? null : new Date(plan.published).toISOString();
      batch.clauseVersions.push([
        rng.uuid(), clauseId, `${type === 'DIALOGUE' ? 'Dialog' : type === 'PLACEMENTS' ? 'Platser' : 'Integrationsinitiativ'} – ${service.title}`,
        JSON.stringify(parameters), publishedAt, `{${targetGroups.join(',')}}`,
      ]);
      if (!contract || publishedAt === null) return;
      const on = { clauseId, supplierId: suppliers[contract.supplier][0] as string, contractId: contract.id };
      const facts: ClauseFacts = {
        contractId: contract.id, clauseId, type: type as ClauseType, parameters: parameters as unknown as ClauseFacts['parameters'], targetGroups,
        contract: { startDate: isoDate(contract.start), endDate: isoDate(contract.end) }, placements: [], meetings: [], progress: [],
      };
      const placementRows: Row[] = [];
      if (type === 'PLACEMENTS') {
        const kinds = (parameters as { lines: { kind: PlacementKind }[] }).lines.map((l) => l.kind);
        for (let n = 0; n < plan.placementQuota; n++) {
          const { row, fact } = placement(on, contract, { kinds, targetGroups }, options.seed, placementIndex++, rng);
          placementRows.push(row);
          facts.placements.push(fact);
        }
      } else if (type === 'DIALOGUE') {
        meetings(on, contract, (parameters as { followUpMeetings: number }).followUpMeetings, rng, batch.meetings, facts.meetings);
      } else {
        progress(on, contract, parameters as { milestones: { title: string; dueDate: string }[] }, rng, batch.progress, facts.progress);
      }
      const { outcome, earnings } = evaluateDemoClause(facts, today);
      batch.outcomes.push(outcome);
      placementRows.forEach((row, i) => batch.placements.push([...row, ...earnings[i]]));
    });
  }
  return batch;
}

/**
 * Remedy period and penalty terms on every other procurement's clauses, without drawing from the
 * generator (the rest of the data stays as it was); the others read as clauses drafted before
 * the terms existed: 30 days, then the contract's general terms.
 */
function breachTerms(type: ProcurementPlan['clauseTypes'][number], plan: ProcurementPlan): Record<string, unknown> {
  if (plan.index % 2 === 1) return {};
  const penalty = {
    DIALOGUE: { sekPerMissedMeeting: 25_000, capSek: 75_000 },
    PLACEMENTS: { sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 },
    INTEGRATION_INITIATIVE: { sekPerMissedMilestone: 25_000, capSek: 50_000 },
  }[type];
  return { remedyDays: 30, penalty };
}

function clauseParameters(type: ProcurementPlan['clauseTypes'][number], plan: ProcurementPlan, rng: Prng): Record<string, unknown> {
  if (type === 'DIALOGUE') {
    return { firstMeetingWithinWeeks: rng.pick([4, 6, 8]), followUpMeetings: rng.int(1, 3), cityContact: DIALOGUE_CONTACT };
  }
  if (type === 'PLACEMENTS') {
    const count = Math.max(1, Math.round(plan.placementQuota * (0.6 + rng.next() * 0.5)));
    const lines = rng.chance(0.3) && count > 1 ? [Math.ceil(count / 2), Math.floor(count / 2)] : [count];
    return {
      lines: lines.map((n) => ({
        kind: rng.pick(PLACEMENT_KINDS),
        count: n,
        fullTimeMonths: n * rng.pick([3, 6, 6, 9]),
        minLength: { value: rng.pick([3, 6]), unit: 'MONTHS' },
        minWorkingTimePercent: rng.pick([50, 75]),
        deadline: { contractMonth: plan.durationMonths },
      })),
      earlyStartWithinMonths: 6,
      // One clause in ten names its own credit for placements that end early instead of the model's 75 %.
      earlyEndingCreditPercent: plan.index % 10 === 3 ? 50 : 75,
    };
  }
  const start = plan.contract?.start ?? plan.published ?? Date.UTC(plan.year, 0, 1);
  return {
    description: rng.pick(INITIATIVES),
    milestones: MILESTONES.slice(0, rng.int(2, 3)).map((title, i) => ({ title, dueDate: isoDate(addMonths(start, 4 + i * 6)) })),
  };
}

type On = { clauseId: string; supplierId: string; contractId: string };
type Contract = NonNullable<ProcurementPlan['contract']>;

const GENDER = { WOMAN: 46, MAN: 50, OTHER: 1, NOT_STATED: 3 } as const;
const AGE = { '16-19': 8, '20-24': 22, '25-29': 22, '30-49': 38, '50+': 10 } as const;
const TARGET = { NEWCOMER: 34, LONG_TERM_UNEMPLOYED: 22, SHORT_EDUCATION: 12, DISABILITY: 8, YOUTH: 16, FOREIGN_BORN_WOMEN: 8 } as const;
const VERIFICATION = { ACCEPTED: 65, PENDING: 30, QUESTIONED: 5 } as const;
const EARLY_END_REASONS = Object.values(EarlyEndReason);

/** A clause's target groups: one to three of the six, the common ones more often. */
function clauseTargetGroups(rng: Prng): TargetGroup[] {
  const groups = new Set<TargetGroup>();
  for (let n = rng.int(1, 3); groups.size < n; ) groups.add(rng.weighted(TARGET) as TargetGroup);
  return [...groups];
}

/**
 * A report as the API accepts it (src/reporting/placement-rules.ts): one of the clause's kinds and
 * target groups, offered within the contract, started by its end, an early ending with its reason.
 * Minimum length and working time vary, so some placements still count toward no line.
 */
function placement(on: On, contract: Contract, clause: { kinds: PlacementKind[]; targetGroups: TargetGroup[] }, seed: number, n: number, rng: Prng): { row: Row; fact: PlacementFact } {
  const last = Math.min(contract.end, HORIZON);
  const offered = contract.start + rng.int(0, Math.max(0, Math.floor((last - contract.start) / DAY))) * DAY;
  const start = Math.min(offered + rng.int(7, 60) * DAY, contract.end);
  const filled = rng.chance(0.78) && start <= HORIZON;
  const end = addMonths(start, rng.int(3, 12)) - DAY;
  const earlyEnd = filled && rng.chance(0.08) ? start + rng.int(0, Math.floor((end - start) / DAY) - 1) * DAY : null;
  const target = rng.weighted(Object.fromEntries(clause.targetGroups.map((g) => [g, TARGET[g]])) as Record<TargetGroup, number>);
  const gender = target === 'FOREIGN_BORN_WOMEN' ? 'WOMAN' : rng.weighted(GENDER);
  const ageBand = target === 'YOUTH' ? rng.pick(['16-19', '20-24', '25-29']) : rng.weighted(AGE);
  const verification = rng.weighted(VERIFICATION) as VerificationStatus;
  const fact: PlacementFact = {
    id: rng.uuid(), kind: rng.pick(clause.kinds), filled, offeredDate: isoDate(offered), startDate: filled ? isoDate(start) : null,
    endDate: filled ? isoDate(end) : null, earlyEndDate: earlyEnd === null ? null : isoDate(earlyEnd),
    earlyEndReason: earlyEnd === null ? null : rng.pick(EARLY_END_REASONS), workingTimePercent: rng.pick([50, 75, 100, 100, 100]),
    targetGroup: target, verificationStatus: verification,
  };
  const row = [
    fact.id, on.supplierId, on.contractId, on.clauseId, `DEMO${seed}-${n}`, fact.kind, fact.offeredDate, filled, fact.startDate, fact.endDate,
    fact.earlyEndDate, fact.workingTimePercent, target, gender, ageBand, rng.chance(target === 'NEWCOMER' ? 0.7 : 0.1),
    verification, verification === 'QUESTIONED' ? 'Underlag saknas för anställningens omfattning' : null, fact.earlyEndReason,
  ];
  return { row, fact };
}

function meetings(on: On, contract: Contract, followUps: number, rng: Prng, rows: Row[], facts: MeetingFact[]): void {
  const held = rng.weighted({ all: 6, some: 3, none: 1 });
  const count = held === 'all' ? followUps + 1 : held === 'some' ? rng.int(1, followUps) : 0;
  for (let i = 0; i < count; i++) {
    const day = contract.start + (rng.int(14, 50) + i * 120) * DAY;
    if (day > HORIZON) break;
    const fact: MeetingFact = {
      meetingKind: i === 0 ? MeetingKind.First : MeetingKind.FollowUp, heldOn: isoDate(day),
      verificationStatus: rng.weighted(VERIFICATION) === 'PENDING' ? VerificationStatus.Pending : VerificationStatus.Accepted,
    };
    facts.push(fact);
    rows.push([on.supplierId, on.contractId, on.clauseId, fact.meetingKind, fact.heldOn, fact.verificationStatus]);
  }
}

function progress(on: On, contract: Contract, parameters: { milestones: { title: string; dueDate: string }[] }, rng: Prng, rows: Row[], facts: ProgressFact[]): void {
  for (const milestone of parameters.milestones) {
    const due = Date.parse(milestone.dueDate);
    if (due > HORIZON || !rng.chance(0.8)) continue;
    const completed = rng.chance(0.65) ? isoDate(Math.max(contract.start, due - rng.int(0, 40) * DAY)) : null;
    const participants = rng.int(0, 30);
    // Loaded without a verification status: the table's default, PENDING.
    facts.push({
      milestoneTitle: milestone.title, progressStatus: completed ? ProgressStatus.Completed : ProgressStatus.InProgress, completedOn: completed,
      participants, verificationStatus: VerificationStatus.Pending,
    });
    rows.push([on.supplierId, on.contractId, on.clauseId, milestone.title, completed ? 'COMPLETED' : 'IN_PROGRESS', completed ?? isoDate(due), completed, participants]);
  }
}
