import { checkContractStart, checkPublicationDay, publicationMoment } from './publication-date';

describe('publication date', () => {
  it('refuses a publication day after today, naming publishedOn', () => {
    expect(checkPublicationDay('2026-03-02', '2026-03-01')).toEqual([
      { field: 'publishedOn', codes: [{ code: 'PUBLISHED_ON_AFTER_TODAY', params: { field: 'publishedOn', publishedOn: '2026-03-02', today: '2026-03-01' } }] },
    ]);
  });

  it.each(['2026-03-01', '2026-02-28', '2019-05-14'])('allows %s when today is 2026-03-01', (day) => {
    expect(checkPublicationDay(day, '2026-03-01')).toEqual([]);
  });

  it('refuses a contract start before the publication day, naming startDate and the publication date', () => {
    expect(checkContractStart('2026-02-28', '2026-03-01')).toEqual([
      { field: 'startDate', codes: [{ code: 'START_BEFORE_PUBLICATION', params: { field: 'startDate', startDate: '2026-02-28', publishedOn: '2026-03-01' } }] },
    ]);
  });

  it.each(['2026-03-01', '2026-03-02', '2028-01-01'])('allows a contract starting %s after publication on 2026-03-01', (start) => {
    expect(checkContractStart(start, '2026-03-01')).toEqual([]);
  });

  it('keeps the moment itself when published today (in Stockholm)', () => {
    const now = new Date('2026-03-01T23:30:00Z'); // already 2 March in Stockholm
    expect(publicationMoment('2026-03-02', now)).toBe(now);
  });

  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2025-07-01', '2025-06-30T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // summer time begins at 02:00 that day
    ['2025-10-26', '2025-10-25T22:00:00.000Z'], // and ends at 03:00 that day
  ])('stores an earlier day %s as its Stockholm midnight %s', (day, moment) => {
    expect(publicationMoment(day, new Date('2026-06-01T10:00:00Z')).toISOString()).toBe(moment);
  });
});
