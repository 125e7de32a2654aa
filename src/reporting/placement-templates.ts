import type { Workbook, Worksheet } from 'exceljs';
import { loadExcelJs } from './exceljs';
import { Lang } from '../clauses/text/labels';
import { EXAMPLE_REFERENCES, PLACEMENT_COLUMNS, PlacementColumn } from './placement-columns';
import { ReportTerms } from './placement-rules';
import { MAX_CSV_ROWS } from './placements-csv';
import { INSTRUCTIONS_SHEETS } from './placements-xlsx';

const BOM = '\uFEFF';

/**
 * The CSV template: the header row alone, in the reader's language, UTF-8 with a BOM and `;` so
 * Swedish Excel opens it with å, ä and ö in their columns. The allowed values are listed in
 * docs/placement-files.md and on the placements page.
 */
export function placementsTemplateCsv(lang: Lang): Buffer {
  return Buffer.from(`${BOM}${PLACEMENT_COLUMNS.map((c) => c.header[lang]).join(';')}\r\n`, 'utf8');
}

const WORDS = {
  sv: {
    sheet: 'Platser', required: 'Ja', optional: 'Nej', invalid: 'Välj ett värde i listan.', invalidTitle: 'Ogiltigt värde',
    columns: ['Kolumn', 'Obligatorisk', 'Vad ska stå', 'Tillåtna värden'],
    intro: [
      'Fyll i en rad per plats på bladet Platser, från rad 3. Rubrikraden ska stå kvar.',
      `Rad 2 är ett exempel (referens ${EXAMPLE_REFERENCES.sv}). Den hoppas över vid uppladdning, så du kan låta den stå eller radera den.`,
      'Skriv aldrig namn eller personnummer; en fil med ett personnummer tas inte emot.',
      `Hela filen kontrolleras först: antingen sparas alla rader eller ingen, med fel per rad och kolumn. Högst ${MAX_CSV_ROWS} platser per fil, inga formler.`,
    ],
  },
  en: {
    sheet: 'Placements', required: 'Yes', optional: 'No', invalid: 'Choose a value from the list.', invalidTitle: 'Invalid value',
    columns: ['Column', 'Required', 'What to write', 'Allowed values'],
    intro: [
      'Fill in one row per placement on the sheet Placements, from row 3. Keep the header row.',
      `Row 2 is an example (reference ${EXAMPLE_REFERENCES.en}). It is skipped on upload, so you may keep it or delete it.`,
      'Never write names or personal identity numbers; a file holding one is refused.',
      `The whole file is checked first: either every row is stored or none, with errors per row and column. At most ${MAX_CSV_ROWS} placements per file, no formulas.`,
    ],
  },
} as const;

/** The values a column's dropdown offers: for kind and target group, only those the clause has. */
function choices(column: PlacementColumn, terms: ReportTerms, lang: Lang): string[] {
  const allowed = column.field === 'kind' ? terms.kinds : column.field === 'targetGroup' ? terms.targetGroups : undefined;
  return Object.entries(column.values ?? {}).filter(([code]) => !allowed || (allowed as string[]).includes(code)).map(([, w]) => w[lang]);
}

/**
 * The Excel template of a placements clause: a sheet to fill in with an example row and dropdowns
 * for every column with listed values, and an instructions sheet explaining each column.
 */
export async function placementsTemplateXlsx(lang: Lang, terms: ReportTerms): Promise<Buffer> {
  const words = WORDS[lang];
  const workbook = new (loadExcelJs().Workbook)();
  workbook.creator = 'Stockholms stad';
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PLACEMENT_COLUMNS.map((c) => ({ header: c.header[lang], key: c.field, width: Math.max(14, c.header[lang].length + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(exampleRow(lang, terms)).font = { italic: true, color: { argb: 'FF666666' } };
  PLACEMENT_COLUMNS.forEach((column, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    if (column.field.endsWith('Date')) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    const list = choices(column, terms, lang);
    if (!list.length) return;
    dataValidations(sheet).add(`${letter}2:${letter}${MAX_CSV_ROWS + 2}`, {
      type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`],
      showErrorMessage: true, errorTitle: words.invalidTitle, error: words.invalid,
    });
  });
  addInstructions(workbook, lang, terms);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs keeps range validations on the sheet (its typings leave the property out). */
const dataValidations = (sheet: Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: object): void } }).dataValidations;

function exampleRow(lang: Lang, terms: ReportTerms): Record<string, unknown> {
  const yes = lang === 'sv' ? 'Ja' : 'Yes';
  const no = lang === 'sv' ? 'Nej' : 'No';
  const [kind] = choices(PLACEMENT_COLUMNS.find((c) => c.field === 'kind')!, terms, lang);
  const [group] = choices(PLACEMENT_COLUMNS.find((c) => c.field === 'targetGroup')!, terms, lang);
  return {
    reference: EXAMPLE_REFERENCES[lang], kind, offeredDate: new Date('2026-02-01'), filled: yes,
    startDate: new Date('2026-02-15'), endDate: new Date('2026-08-14'), workingTimePercent: 100,
    targetGroup: group, gender: lang === 'sv' ? 'Kvinna' : 'Woman', ageBand: '25-29', establishmentProgramme: no,
  };
}

function addInstructions(workbook: Workbook, lang: Lang, terms: ReportTerms): void {
  const words = WORDS[lang];
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEETS[lang]);
  sheet.columns = [{ width: 32 }, { width: 14 }, { width: 60 }, { width: 60 }];
  for (const line of words.intro) sheet.addRow([line]);
  sheet.addRow([]);
  sheet.addRow([...words.columns]).font = { bold: true };
  for (const column of PLACEMENT_COLUMNS) {
    const row = sheet.addRow([column.header[lang], column.optional ? words.optional : words.required, column.help[lang], choices(column, terms, lang).join('; ')]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
