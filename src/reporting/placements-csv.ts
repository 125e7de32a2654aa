import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { FieldError } from '../common/errors/api-error';
import { fieldError, flattenValidationErrors } from '../common/errors/validation-errors';
import { containsPersonalIdentityNumber, PERSONAL_IDENTITY_NUMBER_MESSAGE } from '../common/personal-data/personal-identity-number';
import { CreatePlacementDto } from './dto/placement.dto';
import { placementRuleErrors, ReportTerms } from './placement-rules';

export const CSV_COLUMNS = [
  'reference', 'kind', 'offeredDate', 'filled', 'startDate', 'endDate', 'earlyEndDate', 'earlyEndReason',
  'workingTimePercent', 'targetGroup', 'gender', 'ageBand', 'establishmentProgramme',
] as const;
const OPTIONAL = new Set(['startDate', 'endDate', 'earlyEndDate', 'earlyEndReason']);
const BOOLEANS: Record<string, boolean> = { true: true, false: false, ja: true, nej: false, yes: true, no: false, '1': true, '0': false };
export const MAX_CSV_ROWS = 5000;
/**
 * Validating a row takes a fraction of a millisecond, a full file seconds: the loop lets other
 * requests (health checks, other suppliers' reports) run between batches of rows.
 */
const ROWS_BETWEEN_YIELDS = 25;

export interface CsvRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  input: CreatePlacementDto;
}

export interface ParsedCsv {
  rows: CsvRow[];
  errors: FieldError[];
}

const fileError = (message: string): ParsedCsv => ({ rows: [], errors: [{ field: 'file', messages: [`file ${message}`] }] });

/**
 * Reads a placements CSV (UTF-8, `;` or `,`, header row with the API's field names) and validates
 * every row with the same rules as a single report. Errors are named `rows.<line>.<field>`.
 */
export async function parsePlacementsCsv(content: Buffer, terms: ReportTerms): Promise<ParsedCsv> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return fileError('must be UTF-8 encoded text');
  }
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    return fileError(`is not valid CSV near line ${(error as { lines?: number }).lines ?? '?'}`);
  }
  if (records.length < 2) return fileError('must have a header row and at least one placement');
  if (records.length - 1 > MAX_CSV_ROWS) return fileError(`may hold at most ${MAX_CSV_ROWS} placements`);

  const header = records[0].record.map((name) => name.replace(/\s+/g, ''));
  const headerError = checkHeader(header);
  if (headerError) return fileError(headerError);

  const errors: FieldError[] = [];
  const rows: CsvRow[] = [];
  const seen = new Map<string, number>();
  for (const [index, { record, info }] of records.slice(1).entries()) {
    if (index > 0 && index % ROWS_BETWEEN_YIELDS === 0) await new Promise((resolve) => setImmediate(resolve));
    const line = info.lines;
    const prefix = `rows.${line}.`;
    const personal = record.findIndex(containsPersonalIdentityNumber);
    if (personal >= 0) {
      const field = header[personal] ? `${prefix}${header[personal]}` : `rows.${line}`;
      errors.push(fieldError(field, 'PERSONAL_IDENTITY_NUMBER'));
      continue;
    }
    const input = plainToInstance(CreatePlacementDto, toPlain(header, record));
    const rowErrors: FieldError[] = [
      ...flattenValidationErrors(validateSync(input, { whitelist: true, forbidNonWhitelisted: true }), `rows.${line}`),
    ];
    if (rowErrors.length === 0) rowErrors.push(...placementRuleErrors(input, terms, prefix));
    const earlier = seen.get(input.reference);
    if (earlier !== undefined) rowErrors.push({ field: `${prefix}reference`, messages: [`${prefix}reference repeats the reference on line ${earlier}`] });
    else if (typeof input.reference === 'string') seen.set(input.reference, line);
    errors.push(...rowErrors);
    rows.push({ line, input });
  }
  return { rows, errors };
}

function checkHeader(header: string[]): string | undefined {
  if (header.some(containsPersonalIdentityNumber)) return `header ${PERSONAL_IDENTITY_NUMBER_MESSAGE}`;
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length) return `has unknown columns: ${unknown.join(', ')}; expected ${CSV_COLUMNS.join(', ')}`;
  const missing = CSV_COLUMNS.filter((name) => !OPTIONAL.has(name) && !header.includes(name));
  if (missing.length) return `lacks the columns: ${missing.join(', ')}`;
  return undefined;
}

/** Cells to the JSON values the DTO expects; empty cells are left out. */
function toPlain(header: string[], record: string[]): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = record[i] ?? '';
    if (cell === '') return;
    if (name === 'filled' || name === 'establishmentProgramme') plain[name] = BOOLEANS[cell.toLowerCase()] ?? cell;
    else if (name === 'workingTimePercent') plain[name] = /^\d+$/.test(cell) ? Number(cell) : cell;
    else plain[name] = cell;
  });
  return plain;
}
