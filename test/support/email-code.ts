import { deliverDue } from './mail-factories';
import { TestSmtpServer } from './smtp-server';
import { TestApp } from './test-app';
import { sessionCookie } from './user-factories';

/** Asks for a sign-in code for `email` the way the sign-in page does; returns the response. */
export const askForCode = (t: TestApp, email: string, ip?: string) => {
  const req = t.http.post('/api/auth/email-code').send({ email });
  return ip ? req.set('X-Forwarded-For', ip) : req;
};

/** Tries a code; returns the response. */
export const tryCode = (t: TestApp, email: string, code: string, ip?: string) => {
  const req = t.http.post('/api/auth/email-code/verify').send({ email, code });
  return ip ? req.set('X-Forwarded-For', ip) : req;
};

/** Delivers the outbox and reads the code from the newest e-mail the test SMTP server got for `email`. */
export async function receivedCode(t: TestApp, smtp: TestSmtpServer, email: string): Promise<string> {
  await deliverDue(t);
  const mail = smtp.to(email).at(-1);
  const code = mail && /(\d{6})/.exec(mail.subject)?.[1];
  if (!code) throw new Error(`No sign-in code arrived for ${email}`);
  return code;
}

/** Signs a supplier user in by e-mail code, end to end over the test SMTP server; returns the Cookie header value. */
export async function signInByEmailCode(t: TestApp, smtp: TestSmtpServer, email: string): Promise<string> {
  await askForCode(t, email).expect(202);
  const res = await tryCode(t, email, await receivedCode(t, smtp, email)).expect(204);
  return sessionCookie(res.headers['set-cookie']);
}
