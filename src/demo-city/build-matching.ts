import { addDays, addMonths } from '../common/calendar';
import { BuiltContract } from './build-contracts';
import { CityClient } from './city-client';
import { EventPlan, EVENTS, OutcomeStepPlan, ReferralPlan, VacancyPlan, VACANCIES } from './city-matching';

/**
 * What the matching needs beyond the API: the days that have passed. The API dates a vacancy and a
 * referral today and takes no last day for referrals in the past, so each is made through the API,
 * then moved back as the passing of time would have.
 */
export interface MatchingRewind {
  referredOn(referralId: string, day: string): Promise<void>;
  vacancyDates(vacancyId: string, dates: { createdOn: string; referralDeadline: string; startDate: string }): Promise<void>;
}

export interface BuiltMatching {
  vacancies: number;
  referrals: number;
  events: number;
}

/** Who acts for the employer: the supplier's user for its vacancy, the matching unit for a Jobbpartner's. */
type Employer = (method: string, path: string, body?: unknown, expect?: number) => ReturnType<CityClient['call']>;

function outcomeBody(step: OutcomeStepPlan, today: string): Record<string, unknown> {
  const date = addDays(today, step.day);
  switch (step.outcome) {
    case 'HIRED': {
      const startDate = addDays(today, step.startDay);
      return { outcome: step.outcome, date, startDate, endDate: addDays(addMonths(startDate, step.months), -1), workingTimePercent: step.percent };
    }
    case 'NOT_HIRED':
      return { outcome: step.outcome, date, reason: step.reason };
    default:
      return { outcome: step.outcome, date };
  }
}

/** The candidate referred (then dated back to its day) and each outcome the employer recorded since. */
async function refer(api: CityClient, employer: Employer, rewind: MatchingRewind, vacancyId: string, r: ReferralPlan, today: string): Promise<void> {
  const referral = await api.matcher('POST', `/vacancies/${vacancyId}/referrals`, {
    targetGroup: r.targetGroup, gender: r.gender, ageBand: r.ageBand, establishmentProgramme: r.establishmentProgramme,
  });
  await rewind.referredOn(referral.id, addDays(today, r.day));
  for (const step of r.steps) await employer('POST', `/referrals/${referral.id}/outcome`, outcomeBody(step, today), 200);
}

async function vacancy(
  api: CityClient, plan: VacancyPlan, contracts: BuiltContract[], memberIds: string[], rewind: MatchingRewind, today: string,
): Promise<number> {
  const on = (day: number) => addDays(today, day);
  // The API takes a last day for referrals from today on; a passed one is set once the referrals are in.
  const referralDeadline = on(Math.max(plan.deadlineDay, 0));
  const body = {
    title: plan.title, kind: plan.kind, positions: plan.positions, workingTimePercent: plan.percent, lengthMonths: plan.months,
    district: plan.district, requirements: plan.requirements, targetGroups: plan.targetGroups,
    referralDeadline, startDate: on(Math.max(plan.startDay, plan.deadlineDay, 0)),
  };
  let employer: Employer;
  let created;
  if ('member' in plan.employer) {
    employer = api.matcher;
    created = await api.matcher('POST', '/vacancies', { ...body, pactMemberId: memberIds[plan.employer.member] });
  } else {
    const contract = contracts[plan.employer.contract];
    employer = (method, path, b, expect) => api.supplier(contract.supplierId, method, path, b, expect);
    created = await employer('POST', '/vacancies', { ...body, contractId: contract.contractId, clauseId: contract.clauseIds[0] });
  }
  for (const r of plan.referrals) await refer(api, employer, rewind, created.id, r, today);
  await rewind.vacancyDates(created.id, { createdOn: on(plan.createdDay), referralDeadline: on(plan.deadlineDay), startDate: on(plan.startDay) });
  if (plan.close) await employer('POST', `/vacancies/${created.id}/close`, undefined, 200);
  return plan.referrals.length;
}

const eventBody = (e: EventPlan, supplierIds: string[], memberIds: string[], today: string): Record<string, unknown> => ({
  heldOn: addDays(today, e.day), title: e.title, organiser: e.organiser, district: e.district,
  supplierIds: e.suppliers.map((i) => supplierIds[i]), pactMemberIds: e.members.map((i) => memberIds[i]),
  attendance: e.attendance, interviews: e.interviews, offers: e.offers, hires: e.hires, outcomeNotes: e.outcomeNotes,
});

/** The matching unit's work: every vacancy with its referrals and outcomes, then the recruitment events. */
export async function buildMatching(
  api: CityClient, contracts: BuiltContract[], supplierIds: string[], memberIds: string[], rewind: MatchingRewind, today: string,
): Promise<BuiltMatching> {
  let referrals = 0;
  for (const plan of VACANCIES) referrals += await vacancy(api, plan, contracts, memberIds, rewind, today);
  for (const e of EVENTS) await api.matcher('POST', '/recruitment-events', eventBody(e, supplierIds, memberIds, today));
  return { vacancies: VACANCIES.length, referrals, events: EVENTS.length };
}
