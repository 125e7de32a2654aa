import { addDays, addMonths } from '../common/calendar';
import { Prng } from '../results/demo-data/prng';
import { CityClient } from './city-client';
import { ContractPlan, contractEnd, contractStart, MeetingPlan, onDay, PlacementPlan, ProgressPlan, ReportFate } from './city-contracts';
import { dialogueClause, diaryNumber, initiativeClause, MILESTONES, placementsClause, procurementBody, screeningBody } from './city-procurements';

/** What the remedy step needs beyond the API: a remedy period that has run out (the API only sets dates after today). */
export interface Rewind {
  remedyDueDate(remedyRequestId: string, dueDate: string): Promise<void>;
}

export interface BuiltContract {
  plan: ContractPlan;
  contractId: string;
  procurementId: string;
  supplierId: string;
  clauseIds: string[];
}

const GENDERS = ['WOMAN', 'WOMAN', 'MAN', 'MAN', 'OTHER', 'NOT_STATED'] as const;
const AGE_BANDS = ['16-19', '20-24', '25-29', '30-49', '30-49', '50+'] as const;
const TARGET_GROUPS = ['LONG_TERM_UNEMPLOYED', 'NEWCOMER', 'YOUTH'] as const;

/** Draft, clauses, screening, publication on the contract start (or today) and the award: all through the API. */
async function award(api: CityClient, plan: ContractPlan, n: number, supplierId: string, today: string): Promise<BuiltContract> {
  const start = contractStart(plan, today);
  const publishedOn = start < today ? start : today;
  const procurement = await api.officer('POST', '/procurements', procurementBody(
    { unit: plan.unit, title: plan.title, kind: 'SERVICES', valueSek: 4_000_000 * plan.months / 6, months: plan.months, labour: 'HIGH' },
    diaryNumber(plan.unit, n, today),
  ));
  const clauses = [placementsClause(plan), dialogueClause(), ...(plan.initiative ? [initiativeClause(today)] : [])];
  const clauseIds: string[] = [];
  for (const clause of clauses) clauseIds.push((await api.officer('POST', `/procurements/${procurement.id}/clauses`, clause)).id);
  await api.officer('POST', `/procurements/${procurement.id}/screening-decisions`, screeningBody(true));
  await api.officer('POST', `/procurements/${procurement.id}/publish`, { publishedOn }, 200);
  const contract = await api.officer('POST', `/procurements/${procurement.id}/award`, { supplierId, startDate: start, endDate: contractEnd(plan, today) });
  return { plan, contractId: contract.id, procurementId: procurement.id, supplierId, clauseIds };
}

/** The pact office's verdict, then the supplier's withdrawal, as each would give it. */
async function settle(api: CityClient, c: BuiltContract, path: string, reportId: string, fate: ReportFate): Promise<void> {
  const report = `/contracts/${c.contractId}/reports/${path}/${reportId}`;
  if (fate.verdict !== 'PENDING') await api.pactOffice('PUT', `${report}/verification`, { status: fate.verdict, reason: fate.question });
  if (fate.withdraw) await api.supplier(c.supplierId, 'POST', `${report}/withdrawal`, { reason: fate.withdraw });
}

function placementBody(p: PlacementPlan, c: BuiltContract, reference: string, random: Prng, today: string): Record<string, unknown> {
  const start = p.startDay === undefined ? undefined : onDay(c.plan, today, p.startDay);
  return {
    reference,
    kind: p.kind,
    offeredDate: onDay(c.plan, today, p.offeredDay),
    filled: start !== undefined,
    ...(start ? { startDate: start, endDate: addDays(addMonths(start, p.months ?? 6), -1) } : {}),
    ...(p.earlyEndDay ? { earlyEndDate: onDay(c.plan, today, p.earlyEndDay), earlyEndReason: 'EMPLOYEE_RESIGNED' } : {}),
    workingTimePercent: p.percent,
    targetGroup: random.pick(TARGET_GROUPS),
    gender: random.pick(GENDERS),
    ageBand: random.pick(AGE_BANDS),
    establishmentProgramme: random.chance(0.3),
  };
}

const meetingBody = (m: MeetingPlan, c: BuiltContract, today: string): Record<string, unknown> => ({
  meetingKind: m.kind,
  heldOn: onDay(c.plan, today, m.day),
  participants: 'Leverantörens HR-ansvarige, matchningsansvarig på Jobbtorg Stockholm',
  outcome: m.kind === 'FIRST' ? 'Plan för rekrytering och praktikplatser under första året.' : 'Genomgång av rekryteringarna hittills och nästa steg.',
});

const progressBody = (p: ProgressPlan, c: BuiltContract, today: string): Record<string, unknown> => ({
  milestoneTitle: MILESTONES[p.milestone],
  progressStatus: p.status,
  reportedOn: onDay(c.plan, today, p.day),
  ...(p.status === 'COMPLETED' ? { completedOn: onDay(c.plan, today, p.day) } : {}),
  participants: p.participants,
  description: 'Mentorträffar varannan vecka med unga från stadens fritidsgårdar.',
});

/** The supplier's reports on each clause, then the pact office's verdicts and the supplier's withdrawals. */
async function report(api: CityClient, c: BuiltContract, n: number, random: Prng, today: string): Promise<number> {
  const base = `/contracts/${c.contractId}/clauses`;
  const [placements, dialogue, initiative] = c.clauseIds;
  let reports = 0;
  for (const [i, p] of c.plan.placements.entries()) {
    // Pseudonymous references as an HR system numbers them; never a personal identity number.
    const body = placementBody(p, c, `DEMO-${n + 1}-${String(i + 1).padStart(2, '0')}`, random, today);
    const placement = await api.supplier(c.supplierId, 'POST', `${base}/${placements}/placements`, body);
    await settle(api, c, 'placements', placement.id, p);
    reports++;
  }
  for (const m of c.plan.meetings) {
    const meeting = await api.supplier(c.supplierId, 'POST', `${base}/${dialogue}/dialogue-meetings`, meetingBody(m, c, today));
    await settle(api, c, 'dialogue-meetings', meeting.id, m);
    reports++;
  }
  for (const p of c.plan.progress) {
    const progress = await api.supplier(c.supplierId, 'POST', `${base}/${initiative}/initiative-progress`, progressBody(p, c, today));
    await settle(api, c, 'initiative-progress', progress.id, p);
    reports++;
  }
  return reports;
}

/**
 * A remedy request on the employment clause: OPEN (remedy period running), OVERDUE (period run
 * out, no decision yet) or decided with the penalty the clause's terms compute.
 */
async function remedy(api: CityClient, c: BuiltContract, rewind: Rewind, today: string): Promise<void> {
  if (!c.plan.remedy) return;
  const path = `/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/breaches`;
  const missing = 'Redovisade heltidsmånader anställning räcker inte till kravet i klausulen; resterande ska tillsättas.';
  const request = await api.officer('POST', path, { missing });
  if (c.plan.remedy === 'OPEN') return;
  await rewind.remedyDueDate(request.id, addDays(today, c.plan.remedy === 'OVERDUE' ? -5 : -20));
  if (c.plan.remedy === 'PENALTY') await api.officer('POST', `${path}/${request.id}/decision`, { outcome: 'PENALTY' });
}

/** Every planned contract awarded, reported on, verified, remedied and (when ended) completed. */
export async function buildContracts(
  api: CityClient, plans: ContractPlan[], suppliers: string[], rewind: Rewind, today: string, random: Prng,
): Promise<{ contracts: BuiltContract[]; reports: number }> {
  const contracts: BuiltContract[] = [];
  let reports = 0;
  for (const [n, plan] of plans.entries()) {
    const c = await award(api, plan, n, suppliers[plan.supplier], today);
    reports += await report(api, c, n, random, today);
    await remedy(api, c, rewind, today);
    if (plan.complete) {
      await api.officer('POST', `/procurements/${c.procurementId}/complete`, undefined, 200);
    }
    contracts.push(c);
  }
  return { contracts, reports };
}
