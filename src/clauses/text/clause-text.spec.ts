import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ClauseType, PlacementKind, TargetGroup } from '../clause.types';
import { escapeMarkdown, renderClauseText, TextFormat } from './clause-text';
import { ClauseTextInput } from './clause-view';
import { Lang } from './labels';

/** Golden files: run with UPDATE_GOLDEN=1 to rewrite them after an intended change of wording, then review the diff. */
const GOLDEN_DIR = join(__dirname, '../../../test/golden/clause-text');

const JOBBTORG = { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', phone: '08-508 00 508' };

const FIXTURES: Record<string, ClauseTextInput> = {
  dialogue: {
    number: 1,
    type: ClauseType.Dialogue,
    version: 1,
    title: 'Krav på dialog om sysselsättning',
    targetGroups: [TargetGroup.Newcomer, TargetGroup.LongTermUnemployed],
    parameters: {
      firstMeetingWithinWeeks: 8,
      followUpMeetings: 2,
      cityContact: { unit: 'Jobbtorg Stockholm', name: 'Åsa Öberg', email: 'jobbtorg@stockholm.se' },
      remedyDays: 20,
      penalty: { sekPerMissedMeeting: 25_000, capSek: 75_000 },
    },
    reportingIntervalMonths: 6,
    buyerName: 'Stockholms stad',
    supportContact: JOBBTORG,
  },
  placements: {
    number: 2,
    type: ClauseType.Placements,
    version: 2,
    title: 'Sysselsättningskrav för lokalvård',
    targetGroups: [TargetGroup.Newcomer, TargetGroup.ForeignBornWomen, TargetGroup.Youth],
    parameters: {
      lines: [
        { kind: PlacementKind.Employment, count: 3, fullTimeMonths: 13.5, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 75, deadline: { contractMonth: 12 } },
        { kind: PlacementKind.Internship, count: 2, fullTimeMonths: 3.69, minLength: { value: 8, unit: 'WEEKS' }, minWorkingTimePercent: 100, deadline: { date: '2028-06-30' } },
      ],
      earlyStartWithinMonths: 6,
      earlyEndingCreditPercent: 75,
      bonus: { sekPerExtraFullTimeMonth: 20_000, maxSek: 200_000, genderEqualityMeasures: 'Minst hälften av platserna går till kvinnor.' },
      remedyDays: 30,
      penalty: { sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 },
    },
    reportingIntervalMonths: 3,
    buyerName: 'Stockholms stad',
    supportContact: { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', name: 'Anna Lind', email: 'anna.lind@stockholm.se', phone: '08-508 00 508' },
  },
  /** The national model's form: the volume alone, and lines refined by only some of head count, minimum length and deadline. */
  'placements-volume': {
    number: 4,
    type: ClauseType.Placements,
    version: 1,
    title: 'Sysselsättningskrav för parkskötsel',
    targetGroups: [TargetGroup.LongTermUnemployed],
    parameters: {
      lines: [
        { kind: PlacementKind.Employment, fullTimeMonths: 24, minWorkingTimePercent: 75 },
        { kind: PlacementKind.Internship, fullTimeMonths: 6, minLength: { value: 4, unit: 'WEEKS' }, minWorkingTimePercent: 100, deadline: { contractMonth: 12 } },
        { kind: PlacementKind.SummerJob, count: 10, fullTimeMonths: 10, minWorkingTimePercent: 100, deadline: { date: '2027-08-31' } },
      ],
      earlyStartWithinMonths: 6,
      earlyEndingCreditPercent: 75,
    },
    reportingIntervalMonths: 6,
    buyerName: 'Stockholms stad',
    supportContact: JOBBTORG,
  },
  'integration-initiative': {
    number: 3,
    type: ClauseType.IntegrationInitiative,
    version: 1,
    title: 'Integrationsinitiativ: mentorskap',
    targetGroups: [TargetGroup.Youth],
    parameters: {
      description: 'Företaget utvidgar sitt mentorprogram för unga till Stockholm (Rinkeby & Tensta).',
      milestones: [
        { title: 'Mentorprogram startat', dueDate: '2027-09-30' },
        { title: 'Tio mentorskap genomförda', dueDate: '2028-09-30', description: 'Utvärderat med Jobbtorg' },
      ],
      remedyDays: 45,
      penalty: { sekPerMissedMilestone: 25_000, capSek: 50_000 },
    },
    reportingIntervalMonths: 12,
    buyerName: 'Stockholms Stadshus AB',
    supportContact: JOBBTORG,
  },
};

const CASES = Object.keys(FIXTURES).flatMap((name) =>
  (['sv', 'en'] as Lang[]).flatMap((lang) => (['text', 'markdown'] as TextFormat[]).map((format) => [name, lang, format] as const)),
);

describe('clause text from templates', () => {
  it.each(CASES)('renders %s in %s as %s exactly as the golden file', (name, lang, format) => {
    const file = join(GOLDEN_DIR, `${name}.${lang}.${format === 'markdown' ? 'md' : 'txt'}`);
    const text = renderClauseText(FIXTURES[name], format, lang);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('states the numbers, the buyer, the support contact and the penalty terms exactly', () => {
    const sv = renderClauseText(FIXTURES.placements, 'text', 'sv');
    expect(sv).toContain('3 × anställning, var och en om minst 6 månader och minst 75 % av heltid, sammanlagt minst 13,5 heltidsmånader');
    expect(sv).toContain('sammanlagt minst 17,19 heltidsmånader');
    expect(sv).toContain('Beställaren (Stockholms stad)');
    expect(sv.match(/Beställaren \(/g)).toHaveLength(1);
    expect(sv).not.toMatch(/\bstaden\b/i);
    expect(sv).toContain('Kontakt: Jobbtorg Stockholm, arbetsmarknadsförvaltningen, Anna Lind, e-post anna.lind@stockholm.se, tel. 08-508 00 508.');
    expect(sv).toContain('rättelse inom 30 dagar från Beställarens skriftliga begäran');
    expect(sv).toContain('vite med 20 000 kronor per saknad heltidsmånad, sammanlagt högst 200 000 kronor enligt denna klausul');
    expect(sv).toContain('Senast 6 månader efter avtalets start');
    const en = renderClauseText(FIXTURES.placements, 'text', 'en');
    expect(en).toContain('contract penalty (vite) of SEK 20,000 per missing full-time month, at most SEK 200,000 in total under this clause');
    expect(en).toContain('Clause 2. Sysselsättningskrav för lokalvård (version 2)');
  });

  it('states a volume without head count, minimum length or deadline as full-time months by the contract end', () => {
    expect(renderClauseText(FIXTURES['placements-volume'], 'text', 'sv')).toContain(
      'Sammanlagt minst 24 heltidsmånader anställning, varje plats om minst 75 % av heltid, tillsatt senast vid avtalets slut.',
    );
    expect(renderClauseText(FIXTURES['placements-volume'], 'text', 'en')).toContain(
      'In total at least 24 full-time months of employment, each placement of at least 75 % of full time, filled by the end of the contract.',
    );
  });

  it('reads a version stored before remedy and penalty terms existed: 30 days, then the general terms', () => {
    const sv = renderClauseText(FIXTURES['placements-volume'], 'text', 'sv');
    expect(sv).toContain('rättelse inom 30 dagar');
    expect(sv).toContain('Klausulen anger inget vite. Har bristen inte rättats inom rättelsetiden hanteras den som ett avtalsbrott enligt avtalets allmänna villkor.');
    expect(sv).not.toMatch(/kronor per/);
  });

  it('escapes inserted values in Markdown, never the template’s own emphasis, and leaves plain text as typed', () => {
    const tricky = { ...FIXTURES['integration-initiative'], parameters: { description: '**Fet** _kursiv_ <script>', milestones: [{ title: '# rubrik', dueDate: '2027-01-01' }] } };
    const md = renderClauseText(tricky, 'markdown', 'sv');
    expect(md).toContain('\\*\\*Fet\\*\\* \\_kursiv\\_ \\<script\\>');
    expect(md).toContain('Senast 2027-01-01: \\# rubrik');
    expect(md).toContain('**Initiativet:**');
    const text = renderClauseText(tricky, 'text', 'sv');
    expect(text).toContain('**Fet** _kursiv_ <script>');
    expect(text).not.toContain('&lt;');
  });

  it('escapes every Markdown control character', () => {
    expect(escapeMarkdown('a*b_c[d]e#f|g`h\\i')).toBe('a\\*b\\_c\\[d\\]e\\#f\\|g\\`h\\\\i');
  });
});
