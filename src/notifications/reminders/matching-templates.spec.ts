import { MAIL_LANGS, MailParams, render } from '../../mail/templates';

const link = 'https://klausuler.stockholm.se/#/vacancies/v1';
const vacancy = {
  employerName: 'Städ & Service i Stockholm AB', vacancyTitle: 'Lokalvårdare', kind: { sv: 'Anställning', en: 'Employment' },
  district: 'Rinkeby-Kista', link,
};
const referral = { code: 'JT-K7PQ-3MXR', referredOn: '2027-03-01', targetGroup: { sv: 'Nyanlända', en: 'Newcomers' } };

/** Every matching message in both languages, with the words it must say. */
const CASES: { kind: keyof MailParams; params: object; sv: string[]; en: string[] }[] = [
  {
    kind: 'NEW_VACANCY',
    params: { ...vacancy, positions: 2, startDate: '2027-04-01', referralDeadline: '2027-03-20', targetGroups: { sv: 'Nyanlända, Långtidsarbetslösa', en: 'Newcomers, Long-term unemployed' } },
    sv: ['Lokalvårdare', '2 platser i Rinkeby-Kista', 'Nyanlända, Långtidsarbetslösa', 'Sista dag att anvisa kandidater är 2027-03-20', 'namn och personnummer lämnas aldrig'],
    en: ['Employment', 'Newcomers, Long-term unemployed', '2027-03-20', 'never entered'],
  },
  {
    kind: 'NEW_REFERRAL', params: { ...vacancy, ...referral },
    sv: ['JT-K7PQ-3MXR', 'Nyanlända, intygad av staden', 'registrera hur det gick'], en: ['JT-K7PQ-3MXR', 'Newcomers, attested by the City', 'record how it went'],
  },
  {
    kind: 'REFERRAL_OUTCOME_OVERDUE', params: { ...vacancy, ...referral, outcome: { sv: 'intervjuad', en: 'interviewed' }, outcomeDueOn: '2027-03-15', reminder: 1 },
    sv: ['JT-K7PQ-3MXR', 'står fortfarande som intervjuad', 'senast 2027-03-15'], en: ['still stands as interviewed', 'due by 2027-03-15'],
  },
];

describe('matching notification templates', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s says what happened, what to do, the link and how to switch it off', (_kind, c) => {
    for (const lang of MAIL_LANGS) {
      const mail = render(c.kind, lang, c.params as never);
      for (const words of c[lang]) expect(`${mail.subject}\n${mail.text}`).toContain(words);
      expect(mail.text).toContain(`\n${link}\n`);
      expect(mail.text).toContain(lang === 'sv' ? 'Inställningar → Aviseringar' : 'Settings → Notifications');
      expect(mail.text).not.toMatch(/undefined|\[object|\n\n\n/);
    }
  });
});
