import { csvCell } from './results-csv';
import { swedishNumber } from './results-labels';

describe('CSV cells for Swedish Excel', () => {
  it('leaves plain text alone and quotes separators, quotes and line breaks', () => {
    expect(csvCell('Fastighetskontoret')).toBe('Fastighetskontoret');
    expect(csvCell('Bygg; Väg AB')).toBe('"Bygg; Väg AB"');
    expect(csvCell('Så kallade "bästa" AB')).toBe('"Så kallade ""bästa"" AB"');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  it('defuses text Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+46 8 508 000 00')).toBe("'+46 8 508 000 00");
  });

  it('writes numbers with a decimal comma', () => {
    expect(swedishNumber(12)).toBe('12');
    expect(swedishNumber(12.3)).toBe('12,3');
    expect(swedishNumber(0.25)).toBe('0,3');
  });
});
