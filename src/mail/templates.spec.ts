import { MAIL_LANGS, render } from './templates';

const invitation = { name: 'Anna Berg', invitedBy: 'Eva Ek', supplierName: 'Städ & Service i Stockholm AB', link: 'http://localhost:3000/#/sign-in/link/abc', validDays: 7 };

describe('mail templates', () => {
  it('writes the Swedish sign-in code message with the code in subject and text', () => {
    const mail = render('SIGN_IN_CODE', 'sv', { code: '042137', validMinutes: 10 });
    expect(mail.subject).toBe('Din inloggningskod: 042137');
    expect(mail.text).toContain('\n042137\n');
    expect(mail.text).toContain('Koden gäller i 10 minuter');
    expect(mail.text.startsWith('Hej!')).toBe(true);
  });

  it('writes the English message for an English recipient', () => {
    const mail = render('SIGN_IN_CODE', 'en', { code: '000001', validMinutes: 10 });
    expect(mail.subject).toBe('Your sign-in code: 000001');
    expect(mail.text).toContain('valid for 10 minutes');
  });

  it('invites a supplier user with the link, the supplier and how to sign in next time, unescaped', () => {
    const mail = render('INVITATION', 'sv', invitation);
    expect(mail.subject).toBe('Inbjudan till Sociala klausuler, Stockholms stad');
    expect(mail.text).toContain('Hej Anna Berg!');
    expect(mail.text).toContain('Du kommer att företräda Städ & Service i Stockholm AB.');
    expect(mail.text).toContain(`\n${invitation.link}\n`);
    expect(mail.text).toContain('gäller i 7 dagar');
    expect(mail.text).toContain('engångskod');
    expect(mail.text).not.toContain('\n\n\n');
  });

  it('tells city staff to sign in with the city account instead of a code', () => {
    const mail = render('INVITATION', 'en', { ...invitation, supplierName: null });
    expect(mail.text).not.toContain('act for');
    expect(mail.text).toContain('City of Stockholm account');
    expect(mail.text).not.toContain('one-time code');
  });

  it('refuses to write a message missing a parameter rather than leave a gap', () => {
    for (const lang of MAIL_LANGS) {
      expect(() => render('SIGN_IN_CODE', lang, { validMinutes: 10 } as never)).toThrow(/code/);
    }
  });
});
