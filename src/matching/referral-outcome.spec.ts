import { NotHiredReason, ReferralOutcome as O } from './matching.types';
import { addDays } from '../common/calendar';
import { outcomeChanges, outcomeDueOn, outcomeFieldErrors, outcomeStepRefusal, overdueIfReferredBefore } from './referral-outcome';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('referral outcome steps', () => {
  it('moves forward, skipping steps, and ends any open step with NOT_HIRED', () => {
    expect(outcomeStepRefusal(O.Referred, O.Interviewed)).toBeNull();
    expect(outcomeStepRefusal(O.Referred, O.Hired)).toBeNull();
    expect(outcomeStepRefusal(O.Interviewed, O.Offered)).toBeNull();
    expect(outcomeStepRefusal(O.Offered, O.Hired)).toBeNull();
    for (const open of [O.Referred, O.Interviewed, O.Offered]) expect(outcomeStepRefusal(open, O.NotHired)).toBeNull();
  });

  it('never moves back or stands still', () => {
    expect(outcomeStepRefusal(O.Offered, O.Interviewed)).toMatchObject({ code: 'REFERRAL_OUTCOME_NOT_FORWARD' });
    expect(outcomeStepRefusal(O.Interviewed, O.Interviewed)).toMatchObject({ code: 'REFERRAL_OUTCOME_NOT_FORWARD' });
  });

  it('keeps HIRED and NOT_HIRED final', () => {
    for (const final of [O.Hired, O.NotHired]) {
      for (const next of [O.Interviewed, O.Offered, O.Hired, O.NotHired]) {
        expect(outcomeStepRefusal(final, next)).toEqual({ code: 'REFERRAL_OUTCOME_FINAL', params: { outcome: final } });
      }
    }
  });
});

describe('referral outcome fields', () => {
  const today = '2026-05-10';
  it('accepts a hire with its terms and a decline with its reason', () => {
    expect(outcomeFieldErrors({ outcome: O.Hired, date: today, startDate: '2026-06-01', workingTimePercent: 100 }, '2026-05-01', today)).toEqual([]);
    expect(outcomeFieldErrors({ outcome: O.NotHired, date: '2026-05-02', reason: NotHiredReason.CandidateDeclined }, '2026-05-01', today)).toEqual([]);
  });

  it('refuses a day in the future or before the referral', () => {
    expect(fields(outcomeFieldErrors({ outcome: O.Interviewed, date: '2026-05-11' }, '2026-05-01', today))).toEqual(['date']);
    expect(fields(outcomeFieldErrors({ outcome: O.Interviewed, date: '2026-04-30' }, '2026-05-01', today))).toEqual(['date']);
  });

  it('asks a hire for its start and working time, a decline for its reason, and refuses what belongs to the other', () => {
    expect(fields(outcomeFieldErrors({ outcome: O.Hired, date: today }, today, today))).toEqual(['startDate', 'workingTimePercent']);
    expect(fields(outcomeFieldErrors({ outcome: O.Hired, date: today, startDate: '2026-06-01', endDate: '2026-05-31', workingTimePercent: 50 }, today, today))).toEqual(['endDate']);
    expect(fields(outcomeFieldErrors({ outcome: O.NotHired, date: today }, today, today))).toEqual(['reason']);
    expect(fields(outcomeFieldErrors({ outcome: O.Offered, date: today, startDate: today, reason: NotHiredReason.Other }, today, today))).toEqual(['startDate', 'reason']);
  });
});

describe('what a step records', () => {
  it('dates each step, and takes a hire without a recorded offer as offered that day', () => {
    expect(outcomeChanges({ outcome: O.Interviewed, date: '2026-05-02' }, null)).toEqual({ outcome: O.Interviewed, interviewedOn: '2026-05-02' });
    expect(outcomeChanges({ outcome: O.Hired, date: '2026-05-09', startDate: '2026-06-01', workingTimePercent: 80 }, null))
      .toEqual({ outcome: O.Hired, offeredOn: '2026-05-09', hiredOn: '2026-05-09', hiredStartDate: '2026-06-01', hiredEndDate: null, hiredWorkingTimePercent: 80 });
    expect(outcomeChanges({ outcome: O.Hired, date: '2026-05-09', startDate: '2026-06-01', workingTimePercent: 80 }, '2026-05-05')).toMatchObject({ offeredOn: '2026-05-05' });
    expect(outcomeChanges({ outcome: O.NotHired, date: '2026-05-03', reason: NotHiredReason.DidNotAttend }, null))
      .toEqual({ outcome: O.NotHired, notHiredReason: NotHiredReason.DidNotAttend, notHiredOn: '2026-05-03' });
  });

  it('is due REFERRAL_OUTCOME_DAYS after the referral until the outcome is final', () => {
    expect(outcomeDueOn(O.Interviewed, '2026-05-01', 14)).toBe('2026-05-15');
    expect(outcomeDueOn(O.Hired, '2026-05-01', 14)).toBeNull();
    expect(outcomeDueOn(O.NotHired, '2026-05-01', 14)).toBeNull();
  });

  it('selects as overdue exactly the referrals whose due day is before today', () => {
    const cutoff = overdueIfReferredBefore('2026-05-15', 14);
    expect(outcomeDueOn(O.Referred, addDays(cutoff, -1), 14)! < '2026-05-15').toBe(true);
    expect(outcomeDueOn(O.Referred, cutoff, 14)).toBe('2026-05-15');
  });
});
