import { cellCode, fieldOfHeader, normalizeWord, PLACEMENT_COLUMNS } from './placement-columns';

describe('placement columns', () => {
  it('know each column by its Swedish, English or API name, whatever the case, accents and spacing', () => {
    for (const column of PLACEMENT_COLUMNS) {
      expect([column.header.sv, column.header.en, column.field, column.header.sv.toUpperCase(), ` ${column.header.sv} `].map(fieldOfHeader))
        .toEqual(Array(5).fill(column.field));
    }
    expect(fieldOfHeader('malgrupp')).toBe('targetGroup');
    expect(fieldOfHeader('ALDERSGRUPP')).toBe('ageBand');
    expect(fieldOfHeader('Arbetstid % av heltid')).toBe('workingTimePercent');
    expect(fieldOfHeader('namn')).toBeUndefined();
  });

  it('read a listed value as its code, its Swedish or its English word', () => {
    expect(['EMPLOYMENT', 'Anställning', 'anstallning', 'Employment'].map((cell) => cellCode('kind', cell))).toEqual(Array(4).fill('EMPLOYMENT'));
    expect(['Utrikes födda kvinnor', 'foreign-born women'].map((cell) => cellCode('targetGroup', cell))).toEqual(['FOREIGN_BORN_WOMEN', 'FOREIGN_BORN_WOMEN']);
    expect(['Ja', 'yes', 'TRUE', '1', 'Nej', 'no', '0'].map((cell) => cellCode('filled', cell))).toEqual(['true', 'true', 'true', 'true', 'false', 'false', 'false']);
    expect(['50+', '16–19'].map((cell) => cellCode('ageBand', cell))).toEqual(['50+', '16-19']);
    expect(cellCode('gender', 'Okänt')).toBe('Okänt');
    expect(cellCode('reference', 'Å-1')).toBe('Å-1');
  });

  it('have words an Excel dropdown can list: no commas, under its 255 characters', () => {
    for (const column of PLACEMENT_COLUMNS.filter((c) => c.values)) {
      for (const lang of ['sv', 'en'] as const) {
        const words = Object.values(column.values!).map((w) => w[lang]);
        expect(words.filter((w) => w.includes(','))).toEqual([]);
        expect(words.join(',').length).toBeLessThan(255);
        expect(new Set(words.map(normalizeWord)).size).toBe(words.length);
      }
    }
  });
});
