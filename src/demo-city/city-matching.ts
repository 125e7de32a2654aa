/**
 * The demo city's matching: vacancies of suppliers (tied to their contracts' employment clauses) and
 * of Jobbpartners, the matching unit's referrals at every step, and two recruitment events. Days are
 * counted from today (negative: in the past), so the board reads as "now" whatever day it is built.
 */

type Gender = 'WOMAN' | 'MAN' | 'OTHER' | 'NOT_STATED';
type AgeBand = '16-19' | '20-24' | '25-29' | '30-49' | '50+';
type TargetGroup = 'LONG_TERM_UNEMPLOYED' | 'NEWCOMER' | 'YOUTH';

/** One outcome the employer records, on the day it happened. */
export type OutcomeStepPlan =
  | { outcome: 'INTERVIEWED' | 'OFFERED'; day: number }
  | { outcome: 'HIRED'; day: number; startDay: number; months: number; percent: number }
  | { outcome: 'NOT_HIRED'; day: number; reason: 'CANDIDATE_DECLINED' | 'REQUIREMENTS_NOT_MET' | 'VACANCY_CLOSED' };

export interface ReferralPlan {
  day: number;
  targetGroup: TargetGroup;
  gender: Gender;
  ageBand: AgeBand;
  establishmentProgramme: boolean;
  /** The outcomes recorded so far; the last one a referral stands at. */
  steps: OutcomeStepPlan[];
}

export interface VacancyPlan {
  /** The supplier's vacancy on the placements clause of its contract (index into CONTRACTS), or a Jobbpartner's (index into MEMBERS). */
  employer: { contract: number } | { member: number };
  title: string;
  kind: 'EMPLOYMENT' | 'INTERNSHIP' | 'SUMMER_JOB';
  positions: number;
  percent: number;
  months: number | null;
  district: string;
  requirements: string;
  targetGroups: TargetGroup[];
  createdDay: number;
  deadlineDay: number;
  startDay: number;
  referrals: ReferralPlan[];
  /** The employer closes it once its referrals are settled. */
  close?: boolean;
}

export const VACANCIES: VacancyPlan[] = [
  {
    // Open, deadline ahead: a referral at each step, one interviewed with its outcome overdue.
    employer: { contract: 0 }, title: 'Lokalvårdare, kvällsstädning', kind: 'EMPLOYMENT', positions: 3, percent: 100, months: 12,
    district: 'Södermalm', requirements: 'Grundläggande svenska. Arbetstid vardagar 16–22.', targetGroups: ['LONG_TERM_UNEMPLOYED', 'NEWCOMER'],
    createdDay: -35, deadlineDay: 10, startDay: 21,
    referrals: [
      { day: -30, targetGroup: 'NEWCOMER', gender: 'MAN', ageBand: '25-29', establishmentProgramme: true,
        steps: [{ outcome: 'INTERVIEWED', day: -26 }, { outcome: 'NOT_HIRED', day: -24, reason: 'CANDIDATE_DECLINED' }] },
      { day: -21, targetGroup: 'NEWCOMER', gender: 'WOMAN', ageBand: '20-24', establishmentProgramme: true, steps: [{ outcome: 'INTERVIEWED', day: -16 }] },
      { day: -9, targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'MAN', ageBand: '50+', establishmentProgramme: false,
        steps: [{ outcome: 'INTERVIEWED', day: -6 }, { outcome: 'OFFERED', day: -2 }] },
      { day: -2, targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'WOMAN', ageBand: '30-49', establishmentProgramme: false, steps: [] },
    ],
  },
  {
    // Filled: its one position hired through a referral, a placement on the clause attested by the city.
    employer: { contract: 0 }, title: 'Praktik inom lokalvård', kind: 'INTERNSHIP', positions: 1, percent: 100, months: 3,
    district: 'Kungsholmen', requirements: 'Inga förkunskaper krävs.', targetGroups: ['NEWCOMER', 'YOUTH'],
    createdDay: -50, deadlineDay: -40, startDay: -30,
    referrals: [
      { day: -45, targetGroup: 'NEWCOMER', gender: 'WOMAN', ageBand: '20-24', establishmentProgramme: true,
        steps: [{ outcome: 'INTERVIEWED', day: -42 }, { outcome: 'OFFERED', day: -40 }, { outcome: 'HIRED', day: -38, startDay: -30, months: 3, percent: 100 }] },
    ],
  },
  {
    // Open, but the last day for referrals has passed: the employer still owes outcomes.
    employer: { contract: 2 }, title: 'Byggnadsarbetare, underhåll av skollokaler', kind: 'EMPLOYMENT', positions: 2, percent: 100, months: 6,
    district: 'Hägersten-Älvsjö', requirements: 'B-körkort är meriterande.', targetGroups: ['LONG_TERM_UNEMPLOYED', 'NEWCOMER'],
    createdDay: -40, deadlineDay: -5, startDay: 10,
    referrals: [
      { day: -33, targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'MAN', ageBand: '30-49', establishmentProgramme: false,
        steps: [{ outcome: 'INTERVIEWED', day: -28 }, { outcome: 'NOT_HIRED', day: -20, reason: 'REQUIREMENTS_NOT_MET' }] },
      { day: -24, targetGroup: 'NEWCOMER', gender: 'MAN', ageBand: '25-29', establishmentProgramme: true, steps: [{ outcome: 'INTERVIEWED', day: -19 }] },
      { day: -10, targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'WOMAN', ageBand: '50+', establishmentProgramme: false, steps: [{ outcome: 'OFFERED', day: -4 }] },
    ],
  },
  {
    // A Jobbpartner's vacancy, registered by the matching unit, which also records its outcomes.
    employer: { member: 2 }, title: 'Praktikant inom VA-drift', kind: 'INTERNSHIP', positions: 2, percent: 100, months: 3,
    district: 'Hässelby-Vällingby', requirements: 'Intresse för teknik; skyddskläder ingår.', targetGroups: ['NEWCOMER', 'YOUTH'],
    createdDay: -12, deadlineDay: 16, startDay: 30,
    referrals: [
      { day: -10, targetGroup: 'NEWCOMER', gender: 'WOMAN', ageBand: '16-19', establishmentProgramme: true,
        steps: [{ outcome: 'INTERVIEWED', day: -5 }, { outcome: 'OFFERED', day: -3 }] },
      { day: -4, targetGroup: 'YOUTH', gender: 'MAN', ageBand: '20-24', establishmentProgramme: false, steps: [] },
    ],
  },
  {
    // Closed by the Jobbpartner before anyone was hired.
    employer: { member: 4 }, title: 'Sommarjobb inom hemtjänsten', kind: 'SUMMER_JOB', positions: 4, percent: 75, months: 2,
    district: 'Skärholmen', requirements: 'Fyllda 16 år.', targetGroups: ['YOUTH'],
    createdDay: -70, deadlineDay: -45, startDay: -30,
    referrals: [
      { day: -60, targetGroup: 'YOUTH', gender: 'WOMAN', ageBand: '16-19', establishmentProgramme: false,
        steps: [{ outcome: 'NOT_HIRED', day: -50, reason: 'VACANCY_CLOSED' }] },
    ],
    close: true,
  },
];

export interface EventPlan {
  day: number;
  title: string;
  organiser: string;
  district: string;
  suppliers: number[];
  members: number[];
  attendance: { gender: Gender; ageBand: AgeBand; attendees: number }[];
  interviews: number;
  offers: number;
  hires: number;
  outcomeNotes: string;
}

export const EVENTS: EventPlan[] = [
  {
    day: -20, title: 'Rekryteringsträff: lokalvård och fastighetsskötsel', organiser: 'Jobbtorg Stockholm', district: 'Södermalm',
    suppliers: [0, 1], members: [2],
    attendance: [
      { gender: 'WOMAN', ageBand: '20-24', attendees: 5 }, { gender: 'MAN', ageBand: '25-29', attendees: 4 },
      { gender: 'WOMAN', ageBand: '30-49', attendees: 3 }, { gender: 'NOT_STATED', ageBand: '50+', attendees: 1 },
    ],
    interviews: 6, offers: 2, hires: 1, outcomeNotes: 'Sex korta intervjuer på plats; två erbjudanden om anställning.',
  },
  {
    day: -75, title: 'Jobbmässa för unga nyanlända', organiser: 'Jobbtorg Stockholm och Integrationspakten', district: 'Rinkeby-Kista',
    suppliers: [4], members: [2, 4],
    attendance: [
      { gender: 'WOMAN', ageBand: '16-19', attendees: 8 }, { gender: 'MAN', ageBand: '16-19', attendees: 6 },
      { gender: 'MAN', ageBand: '20-24', attendees: 7 }, { gender: 'OTHER', ageBand: '20-24', attendees: 1 },
    ],
    interviews: 9, offers: 4, hires: 2, outcomeNotes: 'Sommarjobb och praktikplatser presenterades; uppföljning med varje arbetsgivare.',
  },
];
