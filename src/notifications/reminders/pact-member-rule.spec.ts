import { checkInAlert, letterAlert, letterAlertWindow } from './pact-member-rule';

const letter = (validTo: string, validFrom = '2025-01-01') => ({ letterId: 'l1', validFrom, validTo });

describe('letterAlert', () => {
  it('warns of a letter ending within the window, its last day included', () => {
    expect(letterAlert(letter('2027-05-30'), '2027-03-31', 60)).toEqual({ kind: 'expiring', occasion: 'letter:l1:expiring', daysLeft: 60 });
    expect(letterAlert(letter('2027-03-31'), '2027-03-31', 60)).toMatchObject({ kind: 'expiring', daysLeft: 0 });
    expect(letterAlert(letter('2027-05-31'), '2027-03-31', 60)).toBeNull();
  });

  it('reports a letter that ended within the last 30 days', () => {
    expect(letterAlert(letter('2027-03-30'), '2027-03-31', 60)).toEqual({ kind: 'expired', occasion: 'letter:l1:expired', daysSinceEnd: 1 });
    expect(letterAlert(letter('2027-03-01'), '2027-03-31', 60)).toMatchObject({ kind: 'expired', daysSinceEnd: 30 });
    expect(letterAlert(letter('2027-02-28'), '2027-03-31', 60)).toBeNull();
  });

  it('says nothing of a letter that has not begun', () => {
    expect(letterAlert(letter('2027-04-30', '2027-04-01'), '2027-03-31', 60)).toBeNull();
  });

  it('turns the expiry warning off with a window of 0, but still reports the expiry', () => {
    expect(letterAlert(letter('2027-03-31'), '2027-03-31', 0)).toBeNull();
    expect(letterAlert(letter('2027-03-30'), '2027-03-31', 0)).toMatchObject({ kind: 'expired' });
  });
});

describe('checkInAlert', () => {
  it('is due within the window, and while overdue, once per due day', () => {
    expect(checkInAlert('m1', '2027-04-30', '2027-03-31', 30)).toEqual({ occasion: 'member:m1:check-in:2027-04-30', daysLeft: 30 });
    expect(checkInAlert('m1', '2027-05-01', '2027-03-31', 30)).toBeNull();
    expect(checkInAlert('m1', '2026-12-31', '2027-03-31', 30)).toEqual({ occasion: 'member:m1:check-in:2026-12-31', daysLeft: -90 });
  });
});

describe('letterAlertWindow', () => {
  it('covers every last day letterAlert speaks of', () => {
    const window = letterAlertWindow('2027-03-31', 60);
    expect(window).toEqual({ from: '2027-03-01', to: '2027-05-30' });
    expect(letterAlert(letter(window.from), '2027-03-31', 60)).not.toBeNull();
    expect(letterAlert(letter(window.to), '2027-03-31', 60)).not.toBeNull();
  });
});
