import { DIGEST_MAX_LINES, digestOccasion, digestsByRecipient, isoWeek, OverdueContract } from './overdue-digest-rule';

describe('isoWeek', () => {
  it.each([
    ['2027-03-31', '2027-W13'],
    ['2027-01-01', '2026-W53'], // a Friday: its Thursday is in 2026
    ['2027-01-03', '2026-W53'], // Sunday of the same week
    ['2027-01-04', '2027-W01'], // Monday: a new week and year
    ['2026-12-28', '2026-W53'],
    ['2024-12-30', '2025-W01'], // a Monday whose Thursday is in 2025
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2025-12-29', '2026-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('keeps a week from Monday through Sunday', () => {
    const week = ['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02', '2027-04-03', '2027-04-04'].map(isoWeek);
    expect(new Set(week)).toEqual(new Set(['2027-W13']));
    expect(isoWeek('2027-04-05')).toBe('2027-W14');
  });

  it('names the digest occasion by the week', () => {
    expect(digestOccasion('2027-01-01')).toBe('digest:2026-W53');
  });
});

describe('digestsByRecipient', () => {
  const contract = (id: string, oldestDueDate: string, overduePeriods = 1): OverdueContract => ({
    contractId: id, referenceNumber: `AMN ${id}`, supplierName: `Leverantör ${id}`, overduePeriods, oldestDueDate,
  });
  const officerA = { userId: 'a' };
  const officerB = { userId: 'b' };
  const office = { userId: 'p' };

  it('gives each recipient the contracts in its scope, the longest overdue first', () => {
    const contracts = [contract('1', '2027-03-01', 2), contract('2', '2027-01-15'), contract('3', '2027-02-01', 3)];
    const scope = (c: OverdueContract) => (c.contractId === '2' ? [officerB, office] : [officerA, office]);
    const digests = digestsByRecipient(contracts, scope, '2027-03-31');
    const of = (userId: string) => digests.find((d) => d.recipient.userId === userId)?.digest;
    expect(of('a')?.lines.map((l) => l.referenceNumber)).toEqual(['AMN 3', 'AMN 1']);
    expect(of('a')).toMatchObject({ totalContracts: 2, totalReports: 5, moreContracts: 0 });
    expect(of('b')?.lines).toEqual([{ referenceNumber: 'AMN 2', supplierName: 'Leverantör 2', overduePeriods: 1, oldestDueDate: '2027-01-15', daysOverdue: 75 }]);
    expect(of('p')?.lines.map((l) => l.referenceNumber)).toEqual(['AMN 2', 'AMN 3', 'AMN 1']);
    expect(of('p')?.totalReports).toBe(6);
  });

  it('sends nothing to a recipient without overdue reports', () => {
    const digests = digestsByRecipient([contract('1', '2027-03-01')], () => [officerA], '2027-03-31');
    expect(digests.map((d) => d.recipient.userId)).toEqual(['a']);
    expect(digestsByRecipient([], () => [officerA], '2027-03-31')).toEqual([]);
  });

  it('lists a contract once even when the recipient is in its scope twice', () => {
    const digests = digestsByRecipient([contract('1', '2027-03-01')], () => [officerA, officerA], '2027-03-31');
    expect(digests).toHaveLength(1);
    expect(digests[0].digest.lines).toHaveLength(1);
  });

  it('cuts a long digest and counts the rest', () => {
    const many = Array.from({ length: DIGEST_MAX_LINES + 3 }, (_, i) => contract(String(i).padStart(3, '0'), '2027-03-01'));
    const [{ digest }] = digestsByRecipient(many, () => [office], '2027-03-31');
    expect(digest.lines).toHaveLength(DIGEST_MAX_LINES);
    expect(digest).toMatchObject({ moreContracts: 3, totalContracts: DIGEST_MAX_LINES + 3, totalReports: DIGEST_MAX_LINES + 3 });
  });
});
