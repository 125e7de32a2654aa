import { deliverDue, enqueueCodeMessage, outbox } from './support/mail-factories';
import { runCli } from './support/cli';
import { createTestApp, TestApp } from './support/test-app';

describe('Without SMTP_URL e-mail stays in the outbox, for admins to read', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The embedded default: no SMTP_URL, the sender's timer as in production.
    t = await createTestApp({ MAIL_SEND_SECONDS: '1' });
    await enqueueCodeMessage(t, 'anna.berg@stadservice.se', '042137');
    await enqueueCodeMessage(t, 'john.smith@stadservice.se', '000123', 'en');
  });
  afterAll(() => t.close());

  it('keeps every message PENDING, untried', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await deliverDue(t)).toBe(0);
    const messages = await outbox(t);
    expect(messages.map((m) => [m.to, m.status, m.attempts])).toEqual([
      ['john.smith@stadservice.se', 'PENDING', 0],
      ['anna.berg@stadservice.se', 'PENDING', 0],
    ]);
    expect(messages[0]).toMatchObject({ lang: 'en', subject: 'Your sign-in code: 000123', sentAt: null, lastError: null });
    expect(messages[1].text).toContain('\n042137\n');
  });

  it('lists them with npm run cli -- outbox, the text with --text', async () => {
    const lines = await runCli(t, ['outbox', '--status', 'pending']);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S+Z\tPENDING\t0\tSIGN_IN_CODE\tjohn\.smith@stadservice\.se\tYour sign-in code: 000123$/);
    expect(lines[1]).toMatch(/\tanna\.berg@stadservice\.se\tDin inloggningskod: 042137$/);
    expect(lines[2]).toBe('2 of 2 PENDING messages, newest first');
    const withText = await runCli(t, ['outbox', '--limit', '1', '--text']);
    expect(withText).toContain('    000123');
    expect(withText.at(-1)).toBe('1 of 2 messages, newest first');
    expect(await runCli(t, ['outbox', '--status', 'SENT'])).toEqual(['0 of 0 SENT messages, newest first']);
    await expect(runCli(t, ['outbox', '--status', 'LOST'])).rejects.toThrow('--status must be one of PENDING, SENT, FAILED (got LOST)');
  });
});
