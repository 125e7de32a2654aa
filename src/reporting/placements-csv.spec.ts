import { PlacementKind, TargetGroup } from '../clauses/clause.types';
import { parsePlacementsCsv } from './placements-csv';

const header = 'reference;kind;offeredDate;filled;startDate;endDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';
const row = (reference: string, extra = '') =>
  `${reference};EMPLOYMENT;2026-02-01;ja;2026-02-15;2026-08-14;100;NEWCOMER;WOMAN;25-29;nej${extra}`;
const kinds = { kinds: [PlacementKind.Employment], targetGroups: [TargetGroup.Newcomer], contractStart: '2026-01-01', contractEnd: '2027-12-31' };
const csv = (...lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

describe('parsePlacementsCsv', () => {
  it('reads semicolon-separated rows with Swedish yes/no and a BOM', async () => {
    const parsed = await parsePlacementsCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(header, row('Å-1'), row('Å-2'))]), kinds);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.input.reference, r.input.filled, r.input.workingTimePercent])).toEqual([[2, 'Å-1', true, 100], [3, 'Å-2', true, 100]]);
  });

  it('reads comma-separated files', async () => {
    const parsed = await parsePlacementsCsv(csv(header.replace(/;/g, ','), row('P-1').replace(/;/g, ',')), kinds);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('names every bad row and field', async () => {
    const parsed = await parsePlacementsCsv(csv(header, row('P-1'), row('P-2').replace('100', '140'), row('P-1'), row('P-4').replace('WOMAN', 'W')), kinds);
    expect(parsed.errors.map((e) => e.field)).toEqual(['rows.3.workingTimePercent', 'rows.4.reference', 'rows.5.gender']);
  });

  it('refuses a row holding a personal identity number without echoing it', async () => {
    const parsed = await parsePlacementsCsv(csv(header, row('P-1'), row('811218-9876')), kinds);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].field).toBe('rows.3.reference');
    expect(JSON.stringify(parsed.errors)).not.toContain('9876');
  });

  it('refuses files that are not UTF-8 or lack columns', async () => {
    expect((await parsePlacementsCsv(Buffer.from([0x72, 0x65, 0x66, 0xe5, 0x0a]), kinds)).errors[0].messages![0]).toContain('UTF-8');
    expect((await parsePlacementsCsv(csv('reference;kind', 'P-1;EMPLOYMENT'), kinds)).errors[0].messages![0]).toContain('lacks the columns');
    expect((await parsePlacementsCsv(csv(`${header};name`, `${row('P-1')};Anna`), kinds)).errors[0].messages![0]).toContain('unknown columns: name');
  });

  it('applies the clause kinds and date rules', async () => {
    const parsed = await parsePlacementsCsv(csv(header, row('P-1').replace('EMPLOYMENT', 'INTERNSHIP'), row('P-2').replace('2026-08-14', '2026-01-01')), kinds);
    expect(parsed.errors.map((e) => e.field)).toEqual(['rows.2.kind', 'rows.3.endDate']);
  });
});
