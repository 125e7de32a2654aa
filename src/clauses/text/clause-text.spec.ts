import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ClauseType, PlacementKind, TargetGroup } from '../clause.types';
import { escapeMarkdown, renderClauseText, TextFormat } from './clause-text';
import { ClauseTextInput } from './clause-view';
import { Lang } from './labels';

/** Golden files: run with UPDATE_GOLDEN=1 to rewrite them after an intended change of wording, then review the diff. */
const GOLDEN_DIR = join(__dirname, '../../../test/golden/clause-text');

const FIXTURES: Record<string, ClauseTextInput> = {
  dialogue: {
    number: 1,
    type: ClauseType.Dialogue,
    version: 1,
    title: 'Krav på dialog om sysselsättning',
    targetGroups: [TargetGroup.Newcomer, TargetGroup.LongTermUnemployed],
    parameters: { firstMeetingWithinWeeks: 8, followUpMeetings: 2, cityContact: { unit: 'Jobbtorg Stockholm', name: 'Åsa Öberg', email: 'jobbtorg@stockholm.se' } },
    reportingIntervalMonths: 6,
    penaltySek: null,
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
    },
    reportingIntervalMonths: 3,
    penaltySek: 1_250_000,
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
    penaltySek: null,
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
    },
    reportingIntervalMonths: 12,
    penaltySek: 0,
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

  it('states the numbers, the support and the penalty', () => {
    const sv = renderClauseText(FIXTURES.placements, 'text', 'sv');
    expect(sv).toContain('3 × anställning, var och en om minst 6 månader och minst 75 % av heltid, sammanlagt minst 13,5 heltidsmånader');
    expect(sv).toContain('sammanlagt minst 17,19 heltidsmånader');
    expect(sv).toContain('Jobbtorg Stockholm och Jobbpartner');
    expect(sv).toContain('vite om 1 250 000 kronor');
    expect(sv).toContain('inom 6 månader');
    const en = renderClauseText(FIXTURES.placements, 'text', 'en');
    expect(en).toContain('contract penalty (vite) of SEK 1,250,000');
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

  it('says how non-fulfilment is handled when no penalty is set', () => {
    expect(renderClauseText(FIXTURES.dialogue, 'text', 'sv')).toContain('hanteras det som ett avtalsbrott');
    expect(renderClauseText(FIXTURES.dialogue, 'text', 'sv')).not.toContain('vite');
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
