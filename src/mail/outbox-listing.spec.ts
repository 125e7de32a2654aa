import { OutboxMessage } from './outbox.repository';
import { outboxListing, outboxListingOptions } from './outbox-listing';

const message = (overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id: '7d0c1a4e-0000-4000-8000-000000000001',
  kind: 'SIGN_IN_CODE',
  to: 'anna.berg@stadservice.se',
  lang: 'sv',
  subject: 'Din inloggningskod: 042137',
  text: 'Hej!\n\n042137\n',
  html: null,
  status: 'PENDING',
  attempts: 0,
  nextAttemptAt: new Date('2026-03-02T08:00:00Z'),
  lastError: null,
  sentAt: null,
  createdAt: new Date('2026-03-02T08:00:00Z'),
  ...overrides,
});

describe('npm run cli -- outbox', () => {
  it('reads the options, any letter case of the status, 50 messages by default', () => {
    expect(outboxListingOptions({})).toEqual({ status: undefined, limit: 50, text: false });
    expect(outboxListingOptions({ status: 'failed', limit: '5', text: true })).toEqual({ status: 'FAILED', limit: 5, text: true });
    expect(() => outboxListingOptions({ status: 'LOST' })).toThrow('--status must be one of PENDING, SENT, FAILED (got LOST)');
    expect(() => outboxListingOptions({ limit: '0' })).toThrow(/--limit/);
  });

  it('prints a line per message and the count, the text only when asked', () => {
    const page = { items: [message()], total: 3, limit: 1, offset: 0 };
    expect(outboxListing(page, { limit: 1, text: false })).toEqual([
      '2026-03-02T08:00:00.000Z\tPENDING\t0\tSIGN_IN_CODE\tanna.berg@stadservice.se\tDin inloggningskod: 042137',
      '1 of 3 messages, newest first',
    ]);
    expect(outboxListing(page, { status: 'PENDING', limit: 1, text: true }).slice(1)).toEqual(['    Hej!', '', '    042137', '1 of 3 PENDING messages, newest first']);
  });

  it('shows why a message is not sent yet or failed', () => {
    const page = { items: [message({ status: 'FAILED', attempts: 8, lastError: '451 Try again later' })], total: 1, limit: 50, offset: 0 };
    expect(outboxListing(page, { limit: 50, text: false })[1]).toBe('    last error: 451 Try again later');
  });
});
