import { MAIL_LANGS, MailParams, render } from '../../mail/templates';

const clause = {
  supplierName: 'Städ & Service i Stockholm AB', referenceNumber: 'AMN 2026-0042', procurementTitle: 'Lokalvård i ytterstaden',
  clauseNumber: 1, clauseType: { sv: 'krav på numerärer', en: 'placements requirement' },
};
const link = 'https://klausuler.stockholm.se/#/contracts/c1/clauses/k1';
const atRisk: MailParams['CLAUSE_AT_RISK'] = { ...clause, reasons: { sv: ['6 av 18 heltidsmånader levererade'], en: ['6 of 18 full-time months delivered'] }, since: '2027-03-31', link };

/** Every staff alert in both languages, with the words it must say. */
const CASES: { kind: keyof MailParams; params: object; sv: string[]; en: string[] }[] = [
  { kind: 'CLAUSE_AT_RISK', params: atRisk, sv: ['riskerar att inte uppfyllas', 'åtgärdsplan', 'krav på numerärer', '- 6 av 18 heltidsmånader levererade'], en: ['at risk', 'recovery plan', '- 6 of 18 full-time months delivered'] },
  { kind: 'CLAUSE_DEVIATION', params: { ...atRisk, notFulfilled: false }, sv: ['riskerar att inte uppfyllas', 'överväg begäran om rättelse'], en: ['at risk', 'consider a remedy request'] },
  { kind: 'CLAUSE_DEVIATION', params: { ...atRisk, notFulfilled: true }, sv: ['uppfylls inte', 'beslut om vite'], en: ['is not fulfilled', 'penalty decision'] },
  { kind: 'REMEDY_OVERDUE', params: { ...clause, dueDate: '2027-03-20', daysOverdue: 11, link }, sv: ['Rättelsetiden har gått ut', '2027-03-20', 'vite'], en: ['remedy period has passed', 'penalty'] },
  {
    kind: 'OVERDUE_REPORTS_DIGEST',
    params: {
      week: '2027-W13', weekNumber: 13, totalContracts: 1, totalReports: 2, moreContracts: 0, link,
      lines: [{ referenceNumber: 'AMN 2026-0042', supplierName: clause.supplierName, overduePeriods: 2, oldestDueDate: '2027-01-31', daysOverdue: 59 }],
    },
    sv: ['vecka 13', 'AMN 2026-0042, Städ & Service i Stockholm AB: saknade rapporter 2', '2027-01-31'], en: ['week 13', 'missing reports 2'],
  },
  {
    kind: 'LETTER_EXPIRING',
    params: { memberName: 'Bygg & Fastighet Stockholm AB', orgNumber: '556000-5001', letterVersion: 2, validTo: '2027-05-30', daysLeft: 60, link },
    sv: ['löper ut 2027-05-30', 'förnya avsiktsförklaringen', 'version 2', 'Antal dagar kvar: 60'], en: ['expires on 2027-05-30', 'renew the letter of intent'],
  },
  {
    kind: 'LETTER_EXPIRED',
    params: { memberName: 'Bygg & Fastighet Stockholm AB', orgNumber: '556000-5001', letterVersion: 1, validTo: '2027-03-30', daysSinceEnd: 1, link },
    sv: ['har löpt ut', 'förnya avsiktsförklaringen'], en: ['has expired', 'renew the letter of intent'],
  },
  {
    kind: 'CHECK_IN_DUE',
    params: { memberName: 'Bygg & Fastighet Stockholm AB', orgNumber: '556000-5001', lastCheckInOn: null, dueOn: '2027-03-01', overdue: true, daysLeft: 0, daysOverdue: 30, link },
    sv: ['Boka den årliga avstämningen', 'skulle ha hållits senast 2027-03-01', 'inte haft någon avstämning'], en: ['Book the annual check-in', 'was due by 2027-03-01'],
  },
  {
    kind: 'CHECK_IN_DUE',
    params: { memberName: 'Bygg & Fastighet Stockholm AB', orgNumber: '556000-5001', lastCheckInOn: '2026-04-15', dueOn: '2027-04-15', overdue: false, daysLeft: 15, daysOverdue: 0, link },
    sv: ['ska hållas senast 2027-04-15 (antal dagar kvar: 15)', 'hölls 2026-04-15'], en: ['is due by 2027-04-15 (days remaining: 15)'],
  },
];

describe('staff alert templates', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s says what happened, what to do, the link and how to switch it off', (_kind, c) => {
    for (const lang of MAIL_LANGS) {
      const mail = render(c.kind, lang, c.params as never);
      for (const words of c[lang]) expect(`${mail.subject}\n${mail.text}`).toContain(words);
      if ('reasons' in c.params) expect(mail.text).not.toContain(lang === 'sv' ? 'full-time months' : 'heltidsmånader');
      expect(mail.text).toContain(`\n${link}\n`);
      expect(mail.text).toContain(lang === 'sv' ? 'Inställningar → Aviseringar' : 'Settings → Notifications');
      expect(mail.text).not.toMatch(/undefined|\[object|\n\n\n/);
    }
  });

  it('refuses a message missing a parameter', () => {
    const { link: _link, ...withoutLink } = atRisk;
    expect(() => render('CLAUSE_AT_RISK', 'sv', withoutLink as never)).toThrow(/link/);
  });
});
