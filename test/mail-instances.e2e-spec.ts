import { randomBytes } from 'crypto';
import { deliverDue, enqueueCodeMessage, outbox } from './support/mail-factories';
import { startTestSmtpServer, TestSmtpServer } from './support/smtp-server';
import { createAppOn, createEmptyDatabase, TestApp } from './support/test-app';

describe('Several instances deliver each message once', () => {
  let database: { url: string; drop: () => Promise<void> };
  let smtp: TestSmtpServer;
  let instances: TestApp[];

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createEmptyDatabase();
    const secret = randomBytes(32).toString('hex');
    const env = { SMTP_URL: smtp.url, MAIL_SEND_SECONDS: '0' };
    instances = await Promise.all([createAppOn(database.url, env, secret), createAppOn(database.url, env, secret)]);
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.close()));
    await database.drop();
    await smtp.close();
  });

  it('sends each of 45 messages exactly once when two senders race', async () => {
    const [a, b] = instances;
    const addresses = Array.from({ length: 45 }, (_, i) => `user${i}@stadservice.se`);
    for (const address of addresses) await enqueueCodeMessage(a, address);
    const sent = await Promise.all([deliverDue(a), deliverDue(b), deliverDue(a), deliverDue(b)]);
    expect(sent.reduce((x, y) => x + y, 0)).toBe(45);
    // Both took part: neither waited for the other's batch (SKIP LOCKED).
    expect(sent[0] + sent[2]).toBeGreaterThan(0);
    expect(sent[1] + sent[3]).toBeGreaterThan(0);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([...addresses].sort());
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(45);
    expect((await outbox(b, { status: 'SENT' })).every((m) => m.attempts === 1)).toBe(true);
  });

  it('delivers on its timer and stops cleanly on shutdown', async () => {
    const timed = await createAppOn(database.url, { SMTP_URL: smtp.url, MAIL_SEND_SECONDS: '1' });
    try {
      smtp.received.length = 0;
      await enqueueCodeMessage(timed, 'timer@stadservice.se', '654321');
      const [mail] = await smtp.waitFor(1);
      expect(mail.subject).toBe('Din inloggningskod: 654321');
    } finally {
      await timed.close();
    }
    await enqueueCodeMessage(instances[0], 'after-close@stadservice.se');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.to('after-close@stadservice.se')).toHaveLength(0);
  });
});
