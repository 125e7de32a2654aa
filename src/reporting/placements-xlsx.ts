import type { CellValue, Worksheet } from 'exceljs';
import { loadExcelJs } from './exceljs';
import { zipRefusal } from '../common/zip-bounds';
import { normalizeWord } from './placement-columns';
import { FileRefusal, MAX_CSV_ROWS, PlacementTable } from './placements-csv';

/** Names of the template's instructions sheet, which is never read as data. */
export const INSTRUCTIONS_SHEETS = { sv: 'Anvisningar', en: 'Instructions' } as const;
const INSTRUCTIONS = new Set(Object.values(INSTRUCTIONS_SHEETS).map(normalizeWord));

/**
 * A template of 5,000 rows unpacks to a few megabytes; 32 MiB leaves room for an HR system's
 * styles while keeping what exceljs builds in memory bounded.
 */
const BOUNDS = { maxEntries: 200, maxUncompressedBytes: 32 * 1024 * 1024 };
/** Columns read from the data sheet: the template has 13; more are refused as unknown anyway. */
const MAX_COLUMNS = 40;

/**
 * Reads the one data sheet of an .xlsx workbook as text cells, as the CSV reader does. Refused:
 * an archive over the bounds, more than one sheet with data besides the instructions, more rows
 * than a CSV may hold, and formulas (a cached result may be stale, so the supplier pastes values).
 */
export async function readXlsxTable(content: Buffer): Promise<PlacementTable | FileRefusal> {
  const bound = zipRefusal(content, BOUNDS);
  if (bound) return { refusal: bound };
  const workbook = new (loadExcelJs().Workbook)();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return { refusal: { code: 'PLACEMENT_FILE_NOT_XLSX' } };
  }
  if (workbook.worksheets.length === 0) return { refusal: { code: 'PLACEMENT_FILE_NOT_XLSX' } };
  const sheets = workbook.worksheets.filter((s) => !INSTRUCTIONS.has(normalizeWord(s.name)) && s.actualRowCount > 0);
  if (sheets.length === 0) return { refusal: { code: 'PLACEMENT_FILE_EMPTY' } };
  if (sheets.length > 1) return { refusal: { code: 'PLACEMENT_FILE_SHEETS', params: { count: sheets.length, names: sheets.map((s) => s.name).join(', ') } } };
  return readSheet(sheets[0]);
}

function readSheet(sheet: Worksheet): PlacementTable | FileRefusal {
  if (sheet.actualRowCount - 1 > MAX_CSV_ROWS + 1) return { refusal: { code: 'PLACEMENT_FILE_TOO_MANY_ROWS', params: { max: MAX_CSV_ROWS } } };
  if (sheet.actualColumnCount > MAX_COLUMNS) return { refusal: { code: 'PLACEMENT_FILE_TOO_MANY_COLUMNS', params: { max: MAX_COLUMNS } } };
  const columns = sheet.actualColumnCount;
  const lines: { line: number; cells: string[] }[] = [];
  let formula: string | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = Array.from({ length: columns }, (_, i) => {
      const cell = row.getCell(i + 1);
      if (cell.formula || isFormula(cell.value)) formula ??= cell.address;
      return cellText(cell.value).trim();
    });
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length) lines.push({ line, cells });
  });
  if (formula) return { refusal: { code: 'PLACEMENT_FILE_FORMULA', params: { cell: formula } } };
  const [header, ...rows] = lines;
  return { header: header?.cells ?? [], rows };
}

const isFormula = (value: CellValue): boolean => typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/** A cell as the text a CSV would hold: dates as YYYY-MM-DD, numbers and yes/no as written. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}
