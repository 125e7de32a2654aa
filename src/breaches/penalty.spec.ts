import {
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementKind,
  PlacementsParameters,
  TargetGroup,
} from '../clauses/clause.types';
import { ClauseStatusInput, MeetingFact, ProgressFact } from '../reporting/clause-status';
import { PlacementFact } from '../reporting/placements-progress';
import { MeetingKind, ProgressStatus, VerificationStatus } from '../reporting/reporting.types';
import { PenaltyUnit } from './breach.types';
import { calculatePenalty, penaltyTermsOf } from './penalty';

const contract = { startDate: '2026-01-01', endDate: '2027-12-31' };

const placement = (startDate: string, endDate: string, workingTimePercent = 100): PlacementFact => ({
  kind: PlacementKind.Employment, filled: true, offeredDate: startDate, startDate, endDate, earlyEndDate: null,
  workingTimePercent, targetGroup: TargetGroup.LongTermUnemployed, verificationStatus: VerificationStatus.Accepted,
});

/** One line: 18 full-time months of employment started by 2026-12-31; a second line due at contract end. */
const placementsParams = (penalty?: PlacementsParameters['penalty']): PlacementsParameters => ({
  lines: [
    { kind: PlacementKind.Employment, fullTimeMonths: 18, minWorkingTimePercent: 50, deadline: { date: '2026-12-31' } },
    { kind: PlacementKind.Internship, fullTimeMonths: 6, minWorkingTimePercent: 50 },
  ],
  earlyStartWithinMonths: 6,
  earlyEndingCreditPercent: 75,
  ...(penalty ? { penalty } : {}),
});

/** 10 months full time (February–November) and 5 months at half time (March–July): 10 + 2.5 = 12.5 full-time months. */
const twelveAndAHalf = [placement('2026-02-01', '2026-11-30'), placement('2026-03-01', '2026-07-31', 50)];

const placementsClause = (today: string, penalty?: PlacementsParameters['penalty']): ClauseStatusInput => ({
  type: ClauseType.Placements, parameters: placementsParams(penalty), targetGroups: [TargetGroup.LongTermUnemployed],
  contract, placements: twelveAndAHalf, today,
});

describe('penalty for a placements clause (per missing full-time month)', () => {
  const terms = { sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 };

  it('charges the full-time months missing on the lines whose deadline has passed', () => {
    // Line 1 was due 2026-12-31: 18 required − 12.5 delivered = 5.5 missing; line 2 is due at contract end, not yet.
    // 5.5 × 20 000 = 110 000 kr, within the cap of 200 000 kr.
    const c = calculatePenalty({ clause: placementsClause('2027-02-01', terms), alreadyDecidedSek: 0, lang: 'sv' });
    expect(c).toMatchObject({
      asOf: '2027-02-01', unit: PenaltyUnit.FullTimeMonth, due: 18, delivered: 12.5, missing: 5.5,
      sekPerUnit: 20_000, grossSek: 110_000, capSek: 200_000, alreadyDecidedSek: 0, amountSek: 110_000, capped: false,
    });
    expect(c.parts).toEqual([{ label: 'Rad 1: anställning, start senast 2026-12-31', due: 18, delivered: 12.5, missing: 5.5 }]);
    expect(c.arithmetic).toBe('5,5 saknade heltidsmånader × 20 000 kr = 110 000 kr; tak 200 000 kr, redan beslutat 0 kr; vite 110 000 kr');
  });

  it('stops at the cap, and at what is left of it after earlier decisions', () => {
    // 5.5 × 20 000 = 110 000 kr, capped at 100 000 kr.
    const capped = calculatePenalty({ clause: placementsClause('2027-02-01', { ...terms, capSek: 100_000 }), alreadyDecidedSek: 0, lang: 'sv' });
    expect(capped).toMatchObject({ grossSek: 110_000, amountSek: 100_000, capped: true });
    expect(capped.arithmetic).toBe('5,5 saknade heltidsmånader × 20 000 kr = 110 000 kr; tak 100 000 kr, redan beslutat 0 kr; vite 100 000 kr (begränsat av taket)');
    // A second decision: cap 100 000 − 100 000 already decided = 0 kr left.
    const second = calculatePenalty({ clause: placementsClause('2027-02-01', { ...terms, capSek: 100_000 }), alreadyDecidedSek: 100_000, lang: 'en' });
    expect(second).toMatchObject({ grossSek: 110_000, alreadyDecidedSek: 100_000, amountSek: 0, capped: true });
    expect(second.arithmetic).toBe(
      '5.5 missing full-time months × SEK 20,000 = SEK 110,000; cap SEK 100,000, already decided SEK 100,000; penalty SEK 0 (limited by the cap)',
    );
  });

  it('counts every line once the contract has ended', () => {
    // Line 1: 18 − 12.5 = 5.5; line 2: 6 internship months − 0 = 6. 11.5 × 20 000 = 230 000 kr, capped at 200 000 kr.
    const c = calculatePenalty({ clause: placementsClause('2028-01-15', terms), alreadyDecidedSek: 0, lang: 'sv' });
    expect(c).toMatchObject({ due: 24, delivered: 12.5, missing: 11.5, grossSek: 230_000, amountSek: 200_000, capped: true });
    expect(c.parts.map((p) => p.missing)).toEqual([5.5, 6]);
  });

  it('charges nothing while no deadline has passed', () => {
    const c = calculatePenalty({ clause: placementsClause('2026-12-31', terms), alreadyDecidedSek: 0, lang: 'sv' });
    expect(c).toMatchObject({ due: 0, delivered: 0, missing: 0, grossSek: 0, amountSek: 0, capped: false, parts: [] });
  });

  it('has no amount when the clause sets no penalty', () => {
    const c = calculatePenalty({ clause: placementsClause('2027-02-01'), alreadyDecidedSek: 0, lang: 'sv' });
    expect(c).toMatchObject({ missing: 5.5, sekPerUnit: null, grossSek: 0, capSek: null, amountSek: 0, capped: false });
    expect(c.arithmetic).toBe(
      '5,5 saknade heltidsmånader; klausulen anger inget vite, så efter rättelsetiden hanteras avtalsbrottet enligt avtalets allmänna villkor',
    );
  });
});

const meeting = (heldOn: string, verificationStatus = VerificationStatus.Accepted): MeetingFact => ({
  meetingKind: MeetingKind.FollowUp, heldOn, verificationStatus,
});

const dialogueClause = (today: string, meetings: MeetingFact[], penalty?: DialogueParameters['penalty']): ClauseStatusInput => ({
  type: ClauseType.Dialogue, contract, meetings, today,
  parameters: { firstMeetingWithinWeeks: 8, followUpMeetings: 4, cityContact: { unit: 'Jobbtorg Stockholm' }, ...(penalty ? { penalty } : {}) },
});

describe('penalty for a dialogue clause (per meeting not held)', () => {
  const terms = { sekPerMissedMeeting: 15_000, capSek: 100_000 };

  it('charges the first meeting and the follow-ups due by the decision date that were not held', () => {
    // First meeting due 2026-01-01 + 8 weeks = 2026-02-26. Follow-ups are expected evenly: by 2027-01-01,
    // 365 of 729 contract days, 4 × 365 / 729 = 2.003 → 2 due. Due 1 + 2 = 3; held 1 (the questioned one does not count).
    // Missing 3 − 1 = 2 × 15 000 = 30 000 kr.
    const c = calculatePenalty({
      clause: dialogueClause('2027-01-01', [meeting('2026-02-20'), meeting('2026-09-01', VerificationStatus.Questioned)], terms),
      alreadyDecidedSek: 0, lang: 'sv',
    });
    expect(c).toMatchObject({ unit: PenaltyUnit.Meeting, due: 3, delivered: 1, missing: 2, grossSek: 30_000, amountSek: 30_000 });
    expect(c.parts).toEqual([
      { label: 'Första dialogmötet, senast 2026-02-26', due: 1, delivered: 1, missing: 0 },
      { label: 'Uppföljningsmöte 1', due: 1, delivered: 0, missing: 1 },
      { label: 'Uppföljningsmöte 2', due: 1, delivered: 0, missing: 1 },
    ]);
    expect(c.arithmetic).toBe('2 ej hållna dialogmöten × 15 000 kr = 30 000 kr; tak 100 000 kr, redan beslutat 0 kr; vite 30 000 kr');
  });

  it('charges nothing before the first meeting is due', () => {
    const c = calculatePenalty({ clause: dialogueClause('2026-02-26', [], terms), alreadyDecidedSek: 0, lang: 'sv' });
    expect(c).toMatchObject({ due: 0, missing: 0, amountSek: 0, parts: [] });
  });

  it('caps what is left after earlier decisions', () => {
    // After the contract ended all 5 meetings are due; none held: 5 × 15 000 = 75 000 kr; cap 100 000 − 60 000 decided = 40 000 kr.
    const c = calculatePenalty({ clause: dialogueClause('2028-01-10', [], terms), alreadyDecidedSek: 60_000, lang: 'en' });
    expect(c).toMatchObject({ due: 5, missing: 5, grossSek: 75_000, amountSek: 40_000, capped: true });
    expect(c.arithmetic).toBe('5 dialogue meetings not held × SEK 15,000 = SEK 75,000; cap SEK 100,000, already decided SEK 60,000; penalty SEK 40,000 (limited by the cap)');
  });
});

const completed = (milestoneTitle: string, completedOn: string): ProgressFact => ({
  milestoneTitle, progressStatus: ProgressStatus.Completed, completedOn, verificationStatus: VerificationStatus.Pending,
});

const initiativeParams = (penalty?: IntegrationInitiativeParameters['penalty']): IntegrationInitiativeParameters => ({
  description: 'Språkcafé på arbetsplatsen',
  milestones: [
    { title: 'Start', dueDate: '2026-06-30' }, { title: 'Halvtid', dueDate: '2026-12-31' }, { title: 'Utvärdering', dueDate: '2027-06-30' },
  ],
  ...(penalty ? { penalty } : {}),
});

const initiativeClause = (today: string, progress: ProgressFact[], penalty?: IntegrationInitiativeParameters['penalty']): ClauseStatusInput => ({
  type: ClauseType.IntegrationInitiative, parameters: initiativeParams(penalty), contract, progress, today,
});

describe('penalty for an integration initiative (per milestone not reached)', () => {
  const terms = { sekPerMissedMilestone: 25_000, capSek: 75_000 };

  it('charges the milestones due by the decision date that are not completed', () => {
    // Due by 2027-01-15: Start (completed) and Halvtid (not); Utvärdering is due later. 1 × 25 000 = 25 000 kr.
    const c = calculatePenalty({ clause: initiativeClause('2027-01-15', [completed('Start', '2026-06-20')], terms), alreadyDecidedSek: 0, lang: 'sv' });
    expect(c).toMatchObject({ unit: PenaltyUnit.Milestone, due: 2, delivered: 1, missing: 1, grossSek: 25_000, amountSek: 25_000 });
    expect(c.parts).toEqual([
      { label: 'Delmål ”Start”, senast 2026-06-30', due: 1, delivered: 1, missing: 0 },
      { label: 'Delmål ”Halvtid”, senast 2026-12-31', due: 1, delivered: 0, missing: 1 },
    ]);
    expect(c.arithmetic).toBe('1 ej uppnått delmål × 25 000 kr = 25 000 kr; tak 75 000 kr, redan beslutat 0 kr; vite 25 000 kr');
  });

  it('counts a milestone as due on its due date, and not before', () => {
    expect(calculatePenalty({ clause: initiativeClause('2026-12-31', [completed('Start', '2026-06-20')], terms), alreadyDecidedSek: 0, lang: 'sv' }).missing).toBe(1);
    expect(calculatePenalty({ clause: initiativeClause('2026-12-30', [completed('Start', '2026-06-20')], terms), alreadyDecidedSek: 0, lang: 'sv' }).missing).toBe(0);
  });

  it('has no amount without penalty terms', () => {
    const c = calculatePenalty({ clause: initiativeClause('2027-01-15', []), alreadyDecidedSek: 0, lang: 'en' });
    expect(c).toMatchObject({ missing: 2, amountSek: 0, sekPerUnit: null });
    expect(c.arithmetic).toContain("the clause sets no penalty, so after the remedy period the breach is handled under the contract's general terms");
  });
});

describe('penaltyTermsOf', () => {
  it('reads each type’s amount per unit and cap, or null', () => {
    expect(penaltyTermsOf(ClauseType.Placements, placementsParams({ sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 })))
      .toEqual({ unit: PenaltyUnit.FullTimeMonth, sekPerUnit: 20_000, capSek: 200_000 });
    expect(penaltyTermsOf(ClauseType.IntegrationInitiative, initiativeParams({ sekPerMissedMilestone: 5_000, capSek: 10_000 })))
      .toEqual({ unit: PenaltyUnit.Milestone, sekPerUnit: 5_000, capSek: 10_000 });
    expect(penaltyTermsOf(ClauseType.Dialogue, dialogueClause('2027-01-01', []).parameters)).toBeNull();
  });
});
