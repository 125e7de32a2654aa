import { Role } from '../src/auth/role';
import { signInByEmailCode } from './support/email-code';
import { createSupplier, orgNumber } from './support/factories';
import { deliverDue } from './support/mail-factories';
import { startTestSmtpServer, TestSmtpServer } from './support/smtp-server';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, sessionCookie, signIn, SignedIn } from './support/user-factories';

describe('Invitations are e-mailed to the invitee, in the invitee’s language', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let supplierId: string;
  let admin: SignedIn;
  const as = (s: SignedIn) => ({ Cookie: s.cookie, 'X-CSRF-Token': s.csrf });
  const linkIn = (text: string) => /http:\/\/localhost:3000\/#\/sign-in\/link\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_SEND_SECONDS: '0' });
    supplierId = (await createSupplier(t, { orgNumber: orgNumber(920), name: 'Städ & Service i Stockholm AB' })).id;
    admin = await signIn(t, (await createUser(t, { role: Role.Admin, name: 'Ada Admin' })).id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends a supplier user one Swedish invitation whose link signs in once; the code works afterwards', async () => {
    const email = 'anna.berg@stadservice.se';
    await t.http.post('/api/users').set(as(admin)).send({ email, name: 'Anna Berg', role: 'supplier', supplierId }).expect(201);
    expect(await deliverDue(t)).toBe(1);
    expect(await deliverDue(t)).toBe(0);
    const [mail] = smtp.to(email);
    expect(smtp.to(email)).toHaveLength(1);
    expect(mail.subject).toBe('Inbjudan till Sociala klausuler, Stockholms stad');
    expect(mail.text).toContain('Hej Anna Berg!');
    expect(mail.text).toContain('Ada Admin har bjudit in dig');
    expect(mail.text).toContain('Du kommer att företräda Städ & Service i Stockholm AB.');
    expect(mail.text).toContain('Den fungerar en gång och gäller i 7 dagar');
    const token = linkIn(mail.text);
    expect(token).toBeDefined();
    const signedIn = await t.http.post('/api/auth/link').send({ token }).expect(204);
    const me = await t.http.get('/api/me').set('Cookie', sessionCookie(signedIn.headers['set-cookie'])).expect(200);
    expect(me.body).toMatchObject({ email, role: 'supplier', supplierId });
    await t.http.post('/api/auth/link').send({ token }).expect(401);

    const cookie = await signInByEmailCode(t, smtp, email);
    expect((await t.http.get('/api/me').set('Cookie', cookie).expect(200)).body.email).toBe(email);
  });

  it('writes to an English-speaking member of staff in English, pointing to the city account', async () => {
    const email = 'john.smith@stockholm.se';
    await t.http.post('/api/users').set(as(admin)).send({ email, name: 'John Smith', role: 'officer', language: 'en' }).expect(201);
    await deliverDue(t);
    const [mail] = smtp.to(email);
    expect(mail.subject).toBe('Invitation to Social clauses, City of Stockholm');
    expect(mail.text).toContain('Ada Admin has invited you');
    expect(mail.text).toContain('After that you sign in with your City of Stockholm account.');
    expect(linkIn(mail.text)).toBeDefined();
  });

  it('sends one e-mail for an invitation retried with the same Idempotency-Key, none for a refused one', async () => {
    const email = 'retry@stadservice.se';
    const body = { email, name: 'Rut Retry', role: 'supplier', supplierId };
    for (let i = 0; i < 2; i++) await t.http.post('/api/users').set(as(admin)).set('Idempotency-Key', 'invite-rut').send(body).expect(201);
    await t.http.post('/api/users').set(as(admin)).send({ ...body, email: email.toUpperCase() }).expect(409);
    await deliverDue(t);
    expect(smtp.to(email)).toHaveLength(1);
    expect(smtp.to(email.toUpperCase())).toHaveLength(0);
  });

  it('sends a new link with a new invitation', async () => {
    const email = 'again@stadservice.se';
    const created = await t.http.post('/api/users').set(as(admin)).send({ email, name: 'Åke Åter', role: 'supplier', supplierId }).expect(201);
    await t.http.post(`/api/users/${created.body.id}/invitation`).set(as(admin)).send({}).expect(201);
    await deliverDue(t);
    const links = smtp.to(email).map((m) => linkIn(m.text));
    expect(links).toHaveLength(2);
    expect(new Set(links).size).toBe(2);
  });
});
