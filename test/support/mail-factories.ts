import { Role } from '../../src/auth/role';
import { OutboxMessageDto } from '../../src/mail/dto/outbox-message.dto';
import { MailSender } from '../../src/mail/mail-sender';
import { OutboxService } from '../../src/mail/outbox.service';
import { TestApp } from './test-app';

/** Writes a sign-in code message to the outbox in a transaction of its own, as a cause would. */
export async function enqueueCodeMessage(t: TestApp, to: string, code = '042137', lang: 'sv' | 'en' = 'sv'): Promise<void> {
  await t.dataSource.transaction((manager) =>
    t.app.get(OutboxService).enqueueTemplate(manager, to, 'SIGN_IN_CODE', lang, { code, validMinutes: 10 }),
  );
}

/** The outbox as an admin sees it, newest first. */
export async function outbox(t: TestApp, query: Record<string, string> = {}): Promise<OutboxMessageDto[]> {
  const res = await t.http.get('/api/outbox').query({ limit: '200', ...query }).set('Authorization', t.auth(Role.Admin)).expect(200);
  return res.body.items;
}

/** Runs the instance's sender once, as its timer would. */
export const deliverDue = (t: TestApp): Promise<number> => t.app.get(MailSender).deliverDue();

/** Makes every pending message due now, as if its backoff had passed. */
export async function letBackoffPass(t: TestApp): Promise<void> {
  await t.dataSource.query(`UPDATE outbox_message SET next_attempt_at = now() WHERE status = 'PENDING'`);
}
