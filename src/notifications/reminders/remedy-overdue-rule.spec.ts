import { remedyOverdueAlert } from './remedy-overdue-rule';

describe('remedyOverdueAlert', () => {
  const request = (status: string, dueDate: string) => ({ remedyRequestId: 'r1', status, dueDate });

  it('alerts once an OPEN request is past its due date', () => {
    expect(remedyOverdueAlert(request('OPEN', '2027-03-30'), '2027-03-31')).toEqual({ occasion: 'remedy:r1:overdue', daysOverdue: 1 });
    expect(remedyOverdueAlert(request('OPEN', '2027-03-01'), '2027-03-31')).toEqual({ occasion: 'remedy:r1:overdue', daysOverdue: 30 });
  });

  it('not on its due date, and never once it is decided or withdrawn', () => {
    expect(remedyOverdueAlert(request('OPEN', '2027-03-31'), '2027-03-31')).toBeNull();
    expect(remedyOverdueAlert(request('DECIDED', '2027-03-01'), '2027-03-31')).toBeNull();
    expect(remedyOverdueAlert(request('WITHDRAWN', '2027-03-01'), '2027-03-31')).toBeNull();
  });
});
