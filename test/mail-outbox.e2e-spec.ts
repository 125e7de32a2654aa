import { Role } from '../src/auth/role';
import { deliverDue, enqueueCodeMessage, letBackoffPass, outbox } from './support/mail-factories';
import { startTestSmtpServer, TestSmtpServer } from './support/smtp-server';
import { createTestApp, TestApp } from './support/test-app';

describe('E-mail is written to the outbox with its cause and delivered over SMTP', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    // No timer: each test runs the sender itself, to see every attempt.
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_SEND_SECONDS: '0', MAIL_MAX_ATTEMPTS: '3', MAIL_FROM: 'Stockholms stad <no-reply@stockholm.se>' }, { acceptLanguage: 'en' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(() => (smtp.received.length = 0));

  it('delivers a message once, in Swedish, from MAIL_FROM, and marks it sent', async () => {
    await enqueueCodeMessage(t, 'anna.berg@stadservice.se', '042137');
    expect(await deliverDue(t)).toBe(1);
    expect(await deliverDue(t)).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual(['anna.berg@stadservice.se']);
    expect(mail.from).toBe('"Stockholms stad" <no-reply@stockholm.se>');
    expect(mail.subject).toBe('Din inloggningskod: 042137');
    expect(mail.text).toContain('Koden gäller i 10 minuter');
    const [sent] = await outbox(t, { status: 'SENT' });
    expect(sent).toMatchObject({ to: 'anna.berg@stadservice.se', kind: 'SIGN_IN_CODE', status: 'SENT', attempts: 1, lastError: null });
    expect(mail.messageId).toBe(`<${sent.id}@stockholm.se>`);
  });

  it('writes nothing when the transaction that caused the message rolls back', async () => {
    const before = (await outbox(t)).length;
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO outbox_message (kind, recipient, lang, subject, text) VALUES ('SIGN_IN_CODE', 'x@example.se', 'sv', 's', 't')`);
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    expect(await outbox(t)).toHaveLength(before);
    expect(await deliverDue(t)).toBe(0);
  });

  it('retries after the server refuses twice with 451, with a growing wait, then delivers once', async () => {
    smtp.refuseNext(2, 451);
    await enqueueCodeMessage(t, 'retry@stadservice.se', '111111');
    expect(await deliverDue(t)).toBe(0);
    const [first] = await outbox(t, { status: 'PENDING' });
    expect(first).toMatchObject({ attempts: 1, status: 'PENDING' });
    expect(first.lastError).toMatch(/451/);
    const firstWait = Date.parse(first.nextAttemptAt) - Date.now();
    expect(firstWait).toBeGreaterThan(10_000);
    expect(await deliverDue(t)).toBe(0); // not due yet: nothing is tried

    await letBackoffPass(t);
    expect(await deliverDue(t)).toBe(0);
    const [second] = await outbox(t, { status: 'PENDING' });
    expect(second.attempts).toBe(2);
    expect(Date.parse(second.nextAttemptAt) - Date.now()).toBeGreaterThan(25_000);

    await letBackoffPass(t);
    expect(await deliverDue(t)).toBe(1);
    expect(smtp.refusals).toBe(2);
    expect(smtp.to('retry@stadservice.se')).toHaveLength(1);
    expect((await outbox(t, { status: 'SENT' }))[0]).toMatchObject({ to: 'retry@stadservice.se', attempts: 3, lastError: null });
  });

  it('gives up after MAIL_MAX_ATTEMPTS, and at once on a permanent refusal', async () => {
    smtp.refuseNext(3, 451);
    await enqueueCodeMessage(t, 'busy@stadservice.se');
    for (let i = 0; i < 3; i++) {
      await letBackoffPass(t);
      await deliverDue(t);
    }
    smtp.refuseNext(1, 550);
    await enqueueCodeMessage(t, 'nobody@stadservice.se');
    await deliverDue(t);
    const failed = await outbox(t, { status: 'FAILED' });
    expect(failed.map((m) => [m.to, m.attempts])).toEqual([['nobody@stadservice.se', 1], ['busy@stadservice.se', 3]]);
    expect(failed[0].lastError).toMatch(/550/);
    await letBackoffPass(t);
    expect(await deliverDue(t)).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('lists the outbox to admins only, filtered by status, and names a bad filter', async () => {
    for (const role of [Role.Officer, Role.PactOffice]) {
      await t.http.get('/api/outbox').set('Authorization', t.auth(role)).expect(403);
    }
    await t.http.get('/api/outbox').expect(401);
    const bad = await t.http.get('/api/outbox?status=LOST').set('Authorization', t.auth(Role.Admin)).expect(400);
    expect(bad.body.message).toMatch(/status must be one of .*PENDING, SENT, FAILED/);
    const page = await t.http.get('/api/outbox?limit=1').set('Authorization', t.auth(Role.Admin)).expect(200);
    expect(page.body).toMatchObject({ limit: 1, offset: 0 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(1);
  });
});
