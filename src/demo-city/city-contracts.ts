import { addDays, addMonths, firstOfMonth } from '../common/calendar';

/**
 * The demo city's awarded contracts: for each follow-up status two contracts whose reports make
 * the service's own rules give that status today. Dates are offsets from the contract start (days)
 * or from the first of this month (months), so the city reads as "now" whatever day it is built.
 */

export type Intended = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'FULFILLED' | 'NOT_FULFILLED';
export type Verdict = 'PENDING' | 'ACCEPTED' | 'QUESTIONED';

export interface ReportFate {
  verdict: Verdict;
  /** The pact office's reason when QUESTIONED. */
  question?: string;
  /** The supplier's reason when it withdraws the report. */
  withdraw?: string;
}

export interface PlacementPlan extends ReportFate {
  kind: 'EMPLOYMENT' | 'INTERNSHIP';
  offeredDay: number;
  /** Filled placements: the start (days after the contract start) and length in months. */
  startDay?: number;
  months?: number;
  percent: number;
  earlyEndDay?: number;
}

export interface MeetingPlan extends ReportFate {
  kind: 'FIRST' | 'FOLLOW_UP';
  day: number;
}

export interface ProgressPlan extends ReportFate {
  milestone: number;
  status: 'IN_PROGRESS' | 'COMPLETED';
  day: number;
  participants: number;
}

export interface ContractPlan {
  intended: Intended;
  unit: number;
  supplier: number;
  title: string;
  /** Months from the first of this month to the contract start. */
  startMonth: number;
  months: number;
  /** Ended contracts carry no initiative clause: its milestones could not lie in the past. */
  initiative: boolean;
  /** Employment required: a number of people, or full-time months with a penalty per missing month. */
  requirement: { count: number; internships?: number } | { fullTimeMonths: number };
  placements: PlacementPlan[];
  meetings: MeetingPlan[];
  progress: ProgressPlan[];
  remedy?: 'OPEN' | 'OVERDUE' | 'PENALTY';
  /** The procurement is marked COMPLETED once the contract has ended. */
  complete?: boolean;
}

const ok: ReportFate = { verdict: 'ACCEPTED' };
const pending: ReportFate = { verdict: 'PENDING' };

export const CONTRACTS: ContractPlan[] = [
  {
    intended: 'ON_TRACK', unit: 0, supplier: 0, title: 'Lokalvård på Jobbtorg Stockholms kontor', startMonth: -2, months: 36, initiative: true,
    requirement: { count: 4, internships: 2 },
    placements: [
      { kind: 'EMPLOYMENT', offeredDay: 10, startDay: 21, months: 12, percent: 100, ...ok },
      { kind: 'EMPLOYMENT', offeredDay: 30, startDay: 45, months: 6, percent: 75, ...pending },
      { kind: 'EMPLOYMENT', offeredDay: 30, startDay: 45, months: 6, percent: 75, verdict: 'PENDING', withdraw: 'Registrerad två gånger av misstag.' },
    ],
    meetings: [{ kind: 'FIRST', day: 20, ...ok }],
    progress: [{ milestone: 0, status: 'IN_PROGRESS', day: 40, participants: 6, ...pending }],
  },
  {
    intended: 'ON_TRACK', unit: 4, supplier: 2, title: 'Måltider till äldreboenden i Söderort', startMonth: -4, months: 36, initiative: true,
    requirement: { count: 3, internships: 2 },
    placements: [
      { kind: 'EMPLOYMENT', offeredDay: 25, startDay: 40, months: 12, percent: 100, verdict: 'QUESTIONED', question: 'Anställningsavtal saknas för perioden; bifoga avtalet.' },
      { kind: 'INTERNSHIP', offeredDay: 60, startDay: 70, months: 3, percent: 100, ...ok },
    ],
    meetings: [{ kind: 'FIRST', day: 35, ...ok }],
    progress: [],
  },
  {
    intended: 'AT_RISK', unit: 1, supplier: 1, title: 'Underhåll av stadens skollokaler', startMonth: -10, months: 24, initiative: true,
    requirement: { fullTimeMonths: 12 },
    placements: [{ kind: 'EMPLOYMENT', offeredDay: 250, startDay: 270, months: 6, percent: 100, ...pending }],
    meetings: [{ kind: 'FIRST', day: 75, verdict: 'QUESTIONED', question: 'Protokollet saknar deltagare från staden; komplettera.' }],
    progress: [],
    remedy: 'OPEN',
  },
  {
    intended: 'AT_RISK', unit: 5, supplier: 3, title: 'Skötsel av idrottsplatser och spontanytor', startMonth: -9, months: 24, initiative: true,
    requirement: { fullTimeMonths: 12 },
    placements: [],
    meetings: [{ kind: 'FIRST', day: 70, ...ok }],
    progress: [{ milestone: 0, status: 'IN_PROGRESS', day: 120, participants: 3, ...ok }],
    remedy: 'OVERDUE',
  },
  {
    intended: 'FULFILLED', unit: 2, supplier: 0, title: 'Städning av pendelbåtsterminaler', startMonth: -26, months: 24, initiative: false,
    requirement: { count: 2 },
    placements: [
      { kind: 'EMPLOYMENT', offeredDay: 20, startDay: 35, months: 12, percent: 100, ...ok },
      { kind: 'EMPLOYMENT', offeredDay: 90, startDay: 100, months: 9, percent: 80, ...ok },
    ],
    meetings: [{ kind: 'FIRST', day: 21, ...ok }, { kind: 'FOLLOW_UP', day: 240, ...ok }, { kind: 'FOLLOW_UP', day: 520, ...ok }],
    progress: [],
    complete: true,
  },
  {
    intended: 'FULFILLED', unit: 3, supplier: 5, title: 'Fastighetsdrift för gymnasieskolor i Kista', startMonth: -28, months: 24, initiative: false,
    requirement: { count: 1 },
    placements: [{ kind: 'EMPLOYMENT', offeredDay: 14, startDay: 30, months: 18, percent: 100, ...ok }],
    meetings: [{ kind: 'FIRST', day: 30, ...ok }, { kind: 'FOLLOW_UP', day: 300, ...ok }, { kind: 'FOLLOW_UP', day: 600, ...ok }],
    progress: [],
    complete: true,
  },
  {
    intended: 'NOT_FULFILLED', unit: 1, supplier: 1, title: 'Ombyggnad av Hägerstens bibliotek', startMonth: -27, months: 24, initiative: false,
    requirement: { fullTimeMonths: 18 },
    placements: [{ kind: 'EMPLOYMENT', offeredDay: 60, startDay: 90, months: 6, percent: 100, ...ok }],
    meetings: [{ kind: 'FIRST', day: 95, ...ok }],
    progress: [],
    remedy: 'PENALTY',
    complete: true,
  },
  {
    intended: 'NOT_FULFILLED', unit: 2, supplier: 6, title: 'Belysning längs Essingeleden', startMonth: -30, months: 24, initiative: false,
    requirement: { count: 3 },
    placements: [
      { kind: 'EMPLOYMENT', offeredDay: 40, startDay: 50, months: 12, percent: 100, earlyEndDay: 120, ...ok },
      { kind: 'EMPLOYMENT', offeredDay: 200, startDay: 210, months: 8, percent: 100, verdict: 'QUESTIONED', question: 'Personen finns inte i lönelistan för perioden.' },
    ],
    meetings: [{ kind: 'FIRST', day: 40, ...ok }],
    progress: [],
  },
  {
    intended: 'NOT_STARTED', unit: 4, supplier: 7, title: 'Färdtjänstresor till dagverksamhet', startMonth: 1, months: 24, initiative: true,
    requirement: { count: 2 }, placements: [], meetings: [], progress: [],
  },
  {
    intended: 'NOT_STARTED', unit: 0, supplier: 0, title: 'Lokalvård i stadsdelsförvaltningarnas lokaler', startMonth: 2, months: 36, initiative: true,
    requirement: { count: 5 }, placements: [], meetings: [], progress: [],
  },
];

/** The contract start for a plan, as of `today`. */
export const contractStart = (plan: ContractPlan, today: string): string => addMonths(firstOfMonth(today), plan.startMonth);
export const contractEnd = (plan: ContractPlan, today: string): string => addDays(addMonths(contractStart(plan, today), plan.months), -1);
export const onDay = (plan: ContractPlan, today: string, day: number): string => addDays(contractStart(plan, today), day);
