import { Workbook } from 'exceljs';
import { PlacementKind, TargetGroup } from '../clauses/clause.types';
import { FieldProblem } from '../common/errors/validation-errors';
import { renderText } from '../common/i18n';
import { parsePlacementsFile } from './placements-file';
import { placementsTemplateXlsx } from './placement-templates';

/** An error as an English reader gets it. */
const inEnglish = (e: FieldProblem): string => e.messages?.[0] ?? renderText(e.codes![0], 'en');

const header = 'reference;kind;offeredDate;filled;startDate;endDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';
const row = (reference: string, extra = '') =>
  `${reference};EMPLOYMENT;2026-02-01;ja;2026-02-15;2026-08-14;100;NEWCOMER;WOMAN;25-29;nej${extra}`;
const kinds = { kinds: [PlacementKind.Employment], targetGroups: [TargetGroup.Newcomer], contractStart: '2026-01-01', contractEnd: '2027-12-31' };
const csv = (...lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');
const SWEDISH = ['Referens', 'Slag av plats', 'Erbjuden', 'Tillsatt', 'Startdatum', 'Slutdatum enligt avtal', 'Arbetstid (% av heltid)', 'Målgrupp', 'Kön', 'Åldersgrupp', 'Etableringsprogrammet'];

async function xlsx(rows: unknown[][], build?: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Platser');
  rows.forEach((r) => sheet.addRow(r));
  build?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('parsePlacementsFile: CSV', () => {
  it('reads semicolon-separated rows with Swedish yes/no and a BOM', async () => {
    const parsed = await parsePlacementsFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(header, row('Å-1'), row('Å-2'))]), kinds);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.input.reference, r.input.filled, r.input.workingTimePercent])).toEqual([[2, 'Å-1', true, 100], [3, 'Å-2', true, 100]]);
  });

  it('reads comma-separated files', async () => {
    const parsed = await parsePlacementsFile(csv(header.replace(/;/g, ','), row('P-1').replace(/;/g, ',')), kinds);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('reads Swedish headers and Swedish words for the listed values, whatever their case and accents', async () => {
    const swedishHeader = SWEDISH.map((h, i) => (i % 2 ? h.toUpperCase() : h.normalize('NFD').replace(/\p{M}/gu, ''))).join(';');
    const parsed = await parsePlacementsFile(csv(swedishHeader, 'S-1;anställning;2026-02-01;Ja;2026-02-15;2026-08-14;50;NYANLÄNDA;kvinna;16–19;NEJ'), kinds);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0].input).toMatchObject({ kind: 'EMPLOYMENT', targetGroup: 'NEWCOMER', gender: 'WOMAN', ageBand: '16-19', filled: true, establishmentProgramme: false, workingTimePercent: 50 });
  });

  it('names every bad row and field', async () => {
    const parsed = await parsePlacementsFile(csv(header, row('P-1'), row('P-2').replace('100', '140'), row('P-1'), row('P-4').replace('WOMAN', 'W')), kinds);
    expect(parsed.errors.map((e) => e.field)).toEqual(['rows.3.workingTimePercent', 'rows.4.reference', 'rows.5.gender']);
  });

  it('refuses a row holding a personal identity number without echoing it', async () => {
    const parsed = await parsePlacementsFile(csv(header, row('P-1'), row('811218-9876')), kinds);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].field).toBe('rows.3.reference');
    expect(JSON.stringify(parsed.errors)).not.toContain('9876');
  });

  it('refuses files that are not UTF-8, lack columns, name one twice or hold unknown ones', async () => {
    const message = async (file: Buffer) => inEnglish((await parsePlacementsFile(file, kinds)).errors[0]);
    expect(await message(Buffer.from([0x72, 0x65, 0x66, 0xe5, 0x0a]))).toContain('UTF-8');
    expect(await message(csv('reference;kind', 'P-1;EMPLOYMENT'))).toContain('lacks the columns: Erbjuden (offeredDate)');
    expect(await message(csv(`${header};name`, `${row('P-1')};Anna`))).toContain('unknown columns: name');
    expect(await message(csv(`${header};Referens`, `${row('P-1')};P-1`))).toContain('names a column twice: reference');
  });

  it('applies the clause kinds and date rules', async () => {
    const parsed = await parsePlacementsFile(csv(header, row('P-1').replace('EMPLOYMENT', 'INTERNSHIP'), row('P-2').replace('2026-08-14', '2026-01-01')), kinds);
    expect(parsed.errors.map((e) => e.field)).toEqual(['rows.2.kind', 'rows.3.endDate']);
  });

  it('skips the template’s example row and refuses a file holding nothing else', async () => {
    const parsed = await parsePlacementsFile(csv(header, row('(EXEMPEL)'), row('P-1')), kinds);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.input.reference])).toEqual([[3, 'P-1']]);
    expect((await parsePlacementsFile(csv(header, row('(EXAMPLE)')), kinds)).errors.map(inEnglish)[0]).toContain('at least one placement');
  });
});

describe('parsePlacementsFile: Excel', () => {
  it('reads the filled template: Swedish headers and words, date cells, the example row skipped', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(await placementsTemplateXlsx('sv', kinds) as unknown as ArrayBuffer);
    workbook.getWorksheet('Platser')!.addRow(['X-1', 'Anställning', new Date('2026-03-01'), 'Ja', new Date('2026-03-02'), new Date('2026-09-01'), null, null, 75, 'Nyanlända', 'Man', '30-49', 'Ja']);
    const parsed = await parsePlacementsFile(Buffer.from(await workbook.xlsx.writeBuffer()), kinds);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.input])).toEqual([[3, expect.objectContaining({
      reference: 'X-1', kind: 'EMPLOYMENT', offeredDate: '2026-03-01', startDate: '2026-03-02', endDate: '2026-09-01', workingTimePercent: 75,
      targetGroup: 'NEWCOMER', gender: 'MAN', ageBand: '30-49', filled: true, establishmentProgramme: true,
    })]]);
  });

  it('reads English headers and names errors by row and field', async () => {
    const file = await xlsx([
      ['Reference', 'Kind', 'Offered date', 'Filled', 'Start date', 'Agreed end date', 'Working time (% of full time)', 'Target group', 'Gender', 'Age band', 'Establishment programme'],
      ['E-1', 'Employment', '2026-02-01', 'Yes', '2026-02-15', '2026-08-14', 100, 'Newcomers', 'Woman', '25-29', 'No'],
      ['E-2', 'Employment', '2026-02-01', 'Yes', '2026-02-15', '2026-08-14', 140, 'Newcomers', 'Nobody', '25-29', 'No'],
    ]);
    const parsed = await parsePlacementsFile(file, kinds);
    expect(parsed.errors.map((e) => e.field)).toEqual(['rows.3.workingTimePercent', 'rows.3.gender']);
    expect(parsed.rows[0].input).toMatchObject({ reference: 'E-1', gender: 'WOMAN', filled: true });
  });

  it('refuses formulas, a second data sheet, too many rows and a personal identity number', async () => {
    const message = async (file: Buffer) => (await parsePlacementsFile(file, kinds)).errors.map((e) => `${e.field}: ${inEnglish(e)}`)[0];
    const rows = [SWEDISH, ['F-1', 'EMPLOYMENT', '2026-02-01', 'ja', '2026-02-15', '2026-08-14', 100, 'NEWCOMER', 'WOMAN', '25-29', 'nej']];
    const withFormula = await xlsx([...rows, ['F-2', 'EMPLOYMENT', '2026-02-01', 'ja', '2026-02-15', '2026-08-14', { formula: '50*2', result: 100 }, 'NEWCOMER', 'WOMAN', '25-29', 'nej']]);
    expect(await message(withFormula)).toBe('file: file holds a formula in cell G3; paste the values instead');
    expect(await message(await xlsx(rows, (w) => w.addWorksheet('Blad2').addRow(['mer'])))).toContain('one sheet of placements, not 2');
    expect(await message(await xlsx(rows, (w) => w.addWorksheet('Anvisningar').addRow(['text'])))).toBeUndefined();
    const many = await xlsx([SWEDISH, ...Array.from({ length: 5002 }, (_, i) => [`M-${i}`, 'EMPLOYMENT'])]);
    expect(await message(many)).toContain('at most 5000 placements');
    const personal = await parsePlacementsFile(await xlsx([...rows, ['P-2', 'EMPLOYMENT', '2026-02-01', 'ja', '2026-02-15', '2026-08-14', 100, 'NEWCOMER', '19811218-9876', '25-29', 'nej']]), kinds);
    expect(personal.errors.map((e) => e.field)).toEqual(['rows.3.gender']);
    expect(JSON.stringify(personal.errors)).not.toContain('9876');
  });

  it('refuses a zip that is not a workbook', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'not a workbook');
    const parsed = await parsePlacementsFile(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), kinds);
    expect(inEnglish(parsed.errors[0])).toBe('file is not a readable Excel workbook (.xlsx)');
  });
});
