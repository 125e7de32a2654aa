import { Role } from '../src/auth/role';
import { askForCode, receivedCode, tryCode } from './support/email-code';
import { createSupplier, orgNumber } from './support/factories';
import { deliverDue, outbox } from './support/mail-factories';
import { startTestSmtpServer, TestSmtpServer } from './support/smtp-server';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, sessionCookie } from './support/user-factories';

const SAME_ANSWER = { message: 'Om adressen hör till ett konto hos en leverantör har vi skickat en inloggningskod dit. Koden gäller i 10 minuter.' };

describe('Suppliers sign in with a one-time code sent by e-mail', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let supplierId: string;
  /** A new active supplier user with its own address, so that the per-address limit never interferes. */
  const supplierUser = (options: { language?: 'sv' | 'en'; status?: 'INVITED' | 'ACTIVE' | 'DISABLED' } = {}) =>
    createUser(t, { role: Role.Supplier, supplierId, ...options });

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_SEND_SECONDS: '0', SIGN_IN_CODE_PER_IP_PER_HOUR: '1000' });
    supplierId = (await createSupplier(t, { orgNumber: orgNumber(910), name: 'Städ & Service i Stockholm AB' })).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends a Swedish code e-mail once; the code signs the user in with a session', async () => {
    const user = await supplierUser({ status: 'INVITED' });
    const asked = await askForCode(t, user.email.toUpperCase()).expect(202);
    expect(asked.body).toEqual(SAME_ANSWER);
    const code = await receivedCode(t, smtp, user.email);
    expect(await deliverDue(t)).toBe(0);
    const [mail] = smtp.to(user.email);
    expect(smtp.to(user.email)).toHaveLength(1);
    expect(mail.subject).toBe(`Din inloggningskod: ${code}`);
    expect(mail.text).toContain(`Din kod för att logga in i Sociala klausuler, Stockholms stad:\n\n${code}\n`);
    expect(mail.text).toContain('Koden gäller i 10 minuter och kan användas en gång.');

    const signedIn = await tryCode(t, user.email, code).expect(204);
    const cookie = sessionCookie(signedIn.headers['set-cookie']);
    expect(String(signedIn.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/);
    const me = await t.http.get('/api/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ id: user.id, role: 'supplier', supplierId, supplierName: 'Städ & Service i Stockholm AB', via: 'session' });
    const audit = await t.dataSource.query(`SELECT action, actor_user_id FROM audit_event WHERE entity_id = $1 ORDER BY id`, [user.id]);
    expect(audit).toEqual([
      { action: 'SIGN_IN_CODE_SENT', actor_user_id: user.id },
      { action: 'SIGN_IN', actor_user_id: user.id },
    ]);
    const [{ code_hash }] = await t.dataSource.query(`SELECT code_hash FROM sign_in_code WHERE user_id = $1`, [user.id]);
    expect(code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(code_hash).not.toContain(code);
  });

  it('writes to an English-speaking user in English', async () => {
    const user = await supplierUser({ language: 'en' });
    await askForCode(t, user.email).set('Accept-Language', 'en').expect(202);
    const code = await receivedCode(t, smtp, user.email);
    const [mail] = smtp.to(user.email);
    expect(mail.subject).toBe(`Your sign-in code: ${code}`);
    expect(mail.text).toContain('The code is valid for 10 minutes and can be used once.');
  });

  it('answers the same, after the same time, for an address without a supplier account; sends nothing', async () => {
    const staff = await createUser(t, { role: Role.Officer });
    const disabled = await supplierUser({ status: 'DISABLED' });
    const active = await supplierUser();
    const before = (await outbox(t)).length;
    const timed = async (email: string) => {
      const started = Date.now();
      const res = await askForCode(t, email).expect(202);
      expect(res.body).toEqual(SAME_ANSWER);
      return Date.now() - started;
    };
    const without: number[] = [];
    for (const email of ['nobody@example.se', staff.email, disabled.email]) without.push(await timed(email));
    expect((await outbox(t)).length).toBe(before);
    const withAccount = await timed(active.email);
    expect((await outbox(t)).length).toBe(before + 1);
    for (const ms of [...without, withAccount]) expect(ms).toBeGreaterThanOrEqual(295);
    expect(Math.abs(withAccount - Math.max(...without))).toBeLessThan(150);
    await deliverDue(t);
    for (const email of ['nobody@example.se', staff.email, disabled.email]) expect(smtp.to(email)).toHaveLength(0);
    expect(smtp.to(active.email)).toHaveLength(1);
  });

  it('signs in once per code, even when the code is tried twice at once', async () => {
    const user = await supplierUser();
    await askForCode(t, user.email).expect(202);
    const code = await receivedCode(t, smtp, user.email);
    const both = await Promise.all([tryCode(t, user.email, code), tryCode(t, user.email, code)]);
    expect(both.map((r) => r.status).sort()).toEqual([204, 401]);
    const again = await tryCode(t, user.email, code).expect(401);
    expect(again.body.code).toBe('SIGN_IN_CODE_REFUSED');
  });

  it('refuses an expired code and one replaced by a newer code, with the same answer', async () => {
    const user = await supplierUser();
    await askForCode(t, user.email).expect(202);
    const first = await receivedCode(t, smtp, user.email);
    await askForCode(t, user.email).expect(202);
    const second = await receivedCode(t, smtp, user.email);
    if (first !== second) expect((await tryCode(t, user.email, first).expect(401)).body.code).toBe('SIGN_IN_CODE_REFUSED');
    await t.dataSource.query(`UPDATE sign_in_code SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await tryCode(t, user.email, second).expect(401)).body.code).toBe('SIGN_IN_CODE_REFUSED');
  });

  it('ends a code after five wrong tries: the right code no longer signs in', async () => {
    const user = await supplierUser();
    await askForCode(t, user.email).expect(202);
    const code = await receivedCode(t, smtp, user.email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) expect((await tryCode(t, user.email, wrong).expect(401)).body.code).toBe('SIGN_IN_CODE_REFUSED');
    await tryCode(t, user.email, code).expect(401);
    const [ended] = await t.dataSource.query(`SELECT after FROM audit_event WHERE entity_id = $1 AND action = 'SIGN_IN_CODE_ENDED'`, [user.id]);
    expect(ended.after).toEqual({ wrongTries: 5 });
    // A new code starts again with five tries.
    await askForCode(t, user.email).expect(202);
    await tryCode(t, user.email, await receivedCode(t, smtp, user.email)).expect(204);
  });

  it('refuses a code once its user is disabled, and any code for an unknown address, after the same time', async () => {
    const user = await supplierUser();
    await askForCode(t, user.email).expect(202);
    const code = await receivedCode(t, smtp, user.email);
    await t.dataSource.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = $1`, [user.id]);
    for (const email of [user.email, 'nobody@example.se']) {
      const started = Date.now();
      expect((await tryCode(t, email, code).expect(401)).body.code).toBe('SIGN_IN_CODE_REFUSED');
      expect(Date.now() - started).toBeGreaterThanOrEqual(295);
    }
  });

  it('names the field of a malformed request', async () => {
    const malformed = (await askForCode(t, 'not an address').expect(400)).body;
    expect(malformed.fields[0].codes).toEqual([{ code: 'FIELD_E_MAIL', params: { field: 'email' } }]);
    expect(malformed.message).toMatch(/email måste vara en e-postadress/);
    expect((await tryCode(t, 'anna@example.se', '12a456').expect(400)).body.message).toMatch(/code måste vara de sex siffrorna/);
    const extra = await t.http.post('/api/auth/email-code').send({ email: 'anna@example.se', role: 'admin' }).expect(400);
    expect(extra.body.message).toMatch(/role/);
  });
});

describe('Code requests and tries are limited per address and per IP address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true', SIGN_IN_CODE_PER_ADDRESS_PER_HOUR: '2', SIGN_IN_CODE_PER_IP_PER_HOUR: '4' });
  });
  afterAll(() => t.close());

  it('refuses a third code for one address within the hour, whether or not it has an account', async () => {
    const supplierId = (await createSupplier(t, { orgNumber: orgNumber(911) })).id;
    const user = await createUser(t, { role: Role.Supplier, supplierId });
    for (const [email, ip] of [[user.email, '203.0.113.1'], ['nobody@example.se', '203.0.113.2']]) {
      await askForCode(t, email, ip).expect(202);
      await askForCode(t, email.toUpperCase(), ip).expect(202);
      const refused = await askForCode(t, email, ip).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
      expect(refused.body.code).toBe('SIGN_IN_CODE_TOO_MANY');
    }
    await askForCode(t, 'someone.else@example.se', '203.0.113.1').expect(202);
  });

  it('refuses requests and tries from one IP address past its hourly limit, not from another', async () => {
    for (let i = 0; i < 4; i++) await askForCode(t, `person${i}@example.se`, '198.51.100.7').expect(202);
    await askForCode(t, 'person9@example.se', '198.51.100.7').expect(429);
    await askForCode(t, 'person9@example.se', '198.51.100.8').expect(202);
    for (let i = 0; i < 4; i++) await tryCode(t, `person${i}@example.se`, '000000', '198.51.100.9').expect(401);
    await tryCode(t, 'person0@example.se', '000000', '198.51.100.9').expect(429);
  });
});
