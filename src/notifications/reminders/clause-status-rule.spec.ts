import { ClauseStatus } from '../../reporting/reporting.types';
import { outcomeAlert, statusAlertWindow } from './clause-status-rule';

const outcome = (status: ClauseStatus, statusSince: string | null) => ({ contractId: 'c1', clauseId: 'k1', status, statusSince });

describe('outcomeAlert', () => {
  it('alerts the supplier and staff when a clause turned AT_RISK', () => {
    expect(outcomeAlert(outcome(ClauseStatus.AtRisk, '2027-03-30'), '2027-03-31')).toEqual({
      occasion: 'outcome:c1:k1:AT_RISK:2027-03-30', supplier: true, staff: true,
    });
  });

  it('alerts only staff when a clause turned NOT_FULFILLED', () => {
    expect(outcomeAlert(outcome(ClauseStatus.NotFulfilled, '2027-03-31'), '2027-03-31')).toEqual({
      occasion: 'outcome:c1:k1:NOT_FULFILLED:2027-03-31', supplier: false, staff: true,
    });
  });

  it.each([ClauseStatus.OnTrack, ClauseStatus.NotStarted, ClauseStatus.Fulfilled])('never alerts on %s', (status) => {
    expect(outcomeAlert(outcome(status, '2027-03-31'), '2027-03-31')).toBeNull();
  });

  it('never alerts on a status stored before alerts existed', () => {
    expect(outcomeAlert(outcome(ClauseStatus.AtRisk, null), '2027-03-31')).toBeNull();
  });

  it('catches up on changes of the last 14 days, not older ones', () => {
    expect(outcomeAlert(outcome(ClauseStatus.AtRisk, '2027-03-17'), '2027-03-31')).not.toBeNull();
    expect(outcomeAlert(outcome(ClauseStatus.AtRisk, '2027-03-16'), '2027-03-31')).toBeNull();
  });

  it('ignores a change stored after the day being run (a run for an earlier date)', () => {
    expect(outcomeAlert(outcome(ClauseStatus.AtRisk, '2027-04-01'), '2027-03-31')).toBeNull();
  });

  it('gives a new occasion when the same status begins again later', () => {
    const first = outcomeAlert(outcome(ClauseStatus.AtRisk, '2027-03-01'), '2027-03-02');
    const again = outcomeAlert(outcome(ClauseStatus.AtRisk, '2027-05-01'), '2027-05-02');
    expect(first?.occasion).not.toBe(again?.occasion);
  });

  it('spans the window across a year boundary', () => {
    expect(statusAlertWindow('2027-01-05')).toEqual({ from: '2026-12-22', to: '2027-01-05' });
  });
});
