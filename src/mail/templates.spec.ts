import { MAIL_LANGS, render, templateFile } from './templates';

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

  it('finds a kind\'s template by its name in kebab case', () => {
    expect(templateFile('SIGN_IN_CODE')).toBe('sign-in-code.hbs');
    expect(templateFile('OVERDUE_REPORTS_DIGEST')).toBe('overdue-reports-digest.hbs');
  });

  it('tells a supplier in Swedish which report was questioned, why, where to answer and how to switch it off', () => {
    const params = {
      supplierName: 'Städ & Service i Stockholm AB', referenceNumber: 'SLK-2027-0042', clauseNumber: 2,
      reportSummary: 'Anställning P-17, påbörjad 2027-02-01', reason: 'Anställningsavtal saknas', link: 'http://localhost:3000/#/contracts/c1/clauses/k1',
    };
    const sv = render('REPORT_QUESTIONED', 'sv', params);
    expect(sv.subject).toBe('Rapport ifrågasatt – SLK-2027-0042');
    expect(sv.text).toContain('Städ & Service i Stockholm AB');
    expect(sv.text).toContain('klausul 2');
    expect(sv.text).toContain('\nAnställning P-17, påbörjad 2027-02-01\n');
    expect(sv.text).toContain('Skäl: Anställningsavtal saknas');
    expect(sv.text).toContain(`\n${params.link}\n`);
    expect(sv.text).toContain('Inställningar → Aviseringar');
    const en = render('REPORT_QUESTIONED', 'en', params);
    expect(en.subject).toBe('Report questioned – SLK-2027-0042');
    expect(en.text).toContain('Reason: Anställningsavtal saknas');
  });
});
