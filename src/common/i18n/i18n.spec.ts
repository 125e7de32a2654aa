import {
  catalogProblems,
  codedProblems,
  defineMessages,
  langOf,
  placeholders,
  renderText,
} from './index';

const messages = defineMessages({
  TEST_I18N_GREETING: { sv: 'Hej {name}, du har {count} rapporter', en: 'Hello {name}, you have {count} reports' },
  TEST_I18N_SHARE: { sv: 'Andel {share} %', en: 'Share {share} %' },
  TEST_I18N_KIND: { sv: 'Placering som {kind}', en: 'Placement as {kind}' },
  TEST_I18N_PLACEMENT_KIND: { sv: 'Slag: {placementKind}', en: 'Kind: {placementKind}' },
  TEST_I18N_FLAG: { sv: 'Aktiv: {active}, slut: {end}', en: 'Active: {active}, end: {end}' },
  KIND_EMPLOYMENT: { sv: 'anställning', en: 'employment' },
  PLACEMENT_KIND_WORK_TRAINING: { sv: 'arbetsträning', en: 'work training' },
});

describe('defineMessages', () => {
  it('refuses a code defined twice, even in another catalog', () => {
    expect(() => defineMessages({ TEST_I18N_GREETING: { sv: 'x', en: 'x' } })).toThrow(/defined twice/);
  });

  it('refuses a code that is not UPPER_SNAKE', () => {
    expect(() => defineMessages({ testLower: { sv: 'x', en: 'x' } })).toThrow(/UPPER_SNAKE/);
  });
});

describe('renderText', () => {
  it('fills placeholders in the reader’s language', () => {
    const text = { code: 'TEST_I18N_GREETING', params: { name: 'Anna', count: 3 } };
    expect(renderText(text, 'sv')).toBe('Hej Anna, du har 3 rapporter');
    expect(renderText(text, 'en')).toBe('Hello Anna, you have 3 reports');
  });

  it('writes numbers with a decimal comma in Swedish and without digit grouping', () => {
    expect(renderText({ code: 'TEST_I18N_SHARE', params: { share: 1.3 } }, 'sv')).toBe('Andel 1,3 %');
    expect(renderText({ code: 'TEST_I18N_SHARE', params: { share: 1.3 } }, 'en')).toBe('Share 1.3 %');
    expect(renderText({ code: 'TEST_I18N_SHARE', params: { share: 2025 } }, 'sv')).toBe('Andel 2025 %');
  });

  it('renders a word-like parameter through the catalog as <PARAM>_<VALUE>', () => {
    expect(renderText({ code: 'TEST_I18N_KIND', params: { kind: 'EMPLOYMENT' } }, 'sv')).toBe('Placering som anställning');
    expect(renderText({ code: 'TEST_I18N_KIND', params: { kind: 'employment' } }, 'en')).toBe('Placement as employment');
    expect(renderText({ code: 'TEST_I18N_PLACEMENT_KIND', params: { placementKind: 'work_training' } }, 'sv')).toBe(
      'Slag: arbetsträning',
    );
  });

  it('shows a value without a catalog entry (a name, an ISO date) as it is', () => {
    expect(renderText({ code: 'TEST_I18N_KIND', params: { kind: 'Bygg AB' } }, 'sv')).toBe('Placering som Bygg AB');
    expect(renderText({ code: 'TEST_I18N_FLAG', params: { active: true, end: '2026-03-31' } }, 'sv')).toBe(
      'Aktiv: ja, slut: 2026-03-31',
    );
    expect(renderText({ code: 'TEST_I18N_FLAG', params: { active: false, end: null } }, 'en')).toBe('Active: no, end: –');
  });

  it('returns a plain (legacy) string as it is and an unknown code as the code', () => {
    expect(renderText('Stored before codes', 'sv')).toBe('Stored before codes');
    expect(renderText({ code: 'TEST_I18N_NOWHERE' }, 'sv')).toBe('TEST_I18N_NOWHERE');
  });

  it('leaves a placeholder without a parameter visible', () => {
    expect(renderText({ code: 'TEST_I18N_SHARE' }, 'en')).toBe('Share {share} %');
  });
});

describe('langOf', () => {
  it.each([
    [undefined, 'sv'],
    ['', 'sv'],
    ['sv', 'sv'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'],
    ['de,en;q=0.9', 'sv'],
    ['sv;q=0.5,en;q=0.8', 'en'],
    ['en;q=0,sv', 'sv'],
    ['*', 'sv'],
    ['english', 'sv'],
  ])('%p → %s', (header, lang) => {
    expect(langOf(header)).toBe(lang);
  });
});

describe('catalog checks', () => {
  it('finds placeholders', () => {
    expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b']);
  });

  it('reports empty texts and placeholders that differ between the languages', () => {
    expect(catalogProblems(messages)).toEqual([]);
    expect(
      catalogProblems({ X_ONE: { sv: '', en: 'One' }, X_TWO: { sv: 'Två {n}', en: 'Two {count}' } }),
    ).toEqual(['X_ONE: empty Swedish text', 'X_TWO: placeholders differ (sv {n} vs en {count})']);
  });

  it('reports a parameter the message does not use and a placeholder without one', () => {
    expect(codedProblems({ code: 'TEST_I18N_SHARE', params: { share: 1 } })).toEqual([]);
    expect(codedProblems({ code: 'TEST_I18N_SHARE', params: { share: 1, extra: 'x' } })).toEqual([
      'TEST_I18N_SHARE: parameter extra is not used',
    ]);
    expect(codedProblems({ code: 'TEST_I18N_GREETING', params: { name: 'A' } })).toEqual([
      'TEST_I18N_GREETING: placeholder {count} has no parameter',
    ]);
    expect(codedProblems({ code: 'TEST_I18N_NOWHERE' })).toEqual(['TEST_I18N_NOWHERE: unknown code']);
  });
});
