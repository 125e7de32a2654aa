import { screenRequest } from './personal-data-screen.guard';

const request = (parts: { body?: unknown; query?: object; params?: object; headers?: Record<string, string> }) => ({
  body: parts.body,
  query: parts.query ?? {},
  params: parts.params ?? {},
  header: (name: string) => parts.headers?.[name],
}) as never;

describe('screenRequest', () => {
  it('names the body path, the query parameter, the path parameter or the header that holds a number', () => {
    expect(screenRequest(request({ body: { placements: [{ reference: 'ok' }, { reference: 'x 900101-1239' }] } }))).toBe('placements.1.reference');
    expect(screenRequest(request({ query: { q: '19900101 1239' } }))).toBe('query.q');
    expect(screenRequest(request({ query: { '900101-1239': 'x' } }))).toBe('query');
    expect(screenRequest(request({ params: { id: '900101_1239' } }))).toBe('path.id');
    expect(screenRequest(request({ headers: { 'idempotency-key': 'retry-900101.1239' } }))).toBe('Idempotency-Key');
    expect(screenRequest(request({ body: '900101-1239' }))).toBe('(body)');
  });

  it('lets ordinary requests through', () => {
    expect(screenRequest(request({
      body: { reference: 'ANST-0042', offeredDate: '2026-02-01', supplierId: '3b241101-e2bb-4255-8caf-4136c566a962', orgNumber: '556036-0793' },
      query: { q: 'städ', limit: '20', offset: '0' },
      params: { contractId: '19900101-1239-4abc-8def-0123456789ab' },
      headers: { 'idempotency-key': '3b241101-e2bb-4255-8caf-4136c566a962' },
    }))).toBeUndefined();
  });
});
