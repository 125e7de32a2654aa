import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldError, FieldProblem, flattenValidationErrors } from '../common/errors/validation-errors';
import { containsPersonalIdentityNumber } from '../common/personal-data/personal-identity-number';
import type { Coded } from '../common/i18n';
import { isZip } from '../common/zip-bounds';
import { CreatePlacementDto } from './dto/placement.dto';
import { cellCode, fieldOfHeader, isExampleReference, PLACEMENT_COLUMNS } from './placement-columns';
import { placementRuleErrors, ReportTerms } from './placement-rules';
import { MAX_CSV_ROWS, PlacementTable, readCsvTable } from './placements-csv';
import { readXlsxTable } from './placements-xlsx';

/**
 * Validating a row takes a fraction of a millisecond, a full file seconds: the loop lets other
 * requests (health checks, other suppliers' reports) run between batches of rows.
 */
const ROWS_BETWEEN_YIELDS = 25;

export interface PlacementRow {
  /** Line (CSV) or row (Excel) number in the file; the header is 1. */
  line: number;
  input: CreatePlacementDto;
}

export interface ParsedPlacements {
  rows: PlacementRow[];
  errors: FieldProblem[];
}

const fileError = ({ code, params }: Coded): ParsedPlacements => ({ rows: [], errors: [fieldError('file', code, params)] });

/**
 * Reads a placements file — an .xlsx workbook (told by its content: a zip archive, whatever its
 * name) or else a CSV — with Swedish, English or API headers, and validates every row with the
 * same rules as a single report. Errors are named `rows.<line>.<field>` with the API's field
 * names; the template's example row is skipped.
 */
export async function parsePlacementsFile(content: Buffer, terms: ReportTerms): Promise<ParsedPlacements> {
  const table = isZip(content) ? await readXlsxTable(content) : readCsvTable(content);
  if ('refusal' in table) return fileError(table.refusal);
  const headerError = checkHeader(table.header);
  if (headerError) return fileError(headerError);
  const fields = table.header.map((name) => fieldOfHeader(name)!);
  const referenceAt = fields.indexOf('reference');
  const rows = table.rows.filter((row) => !isExampleReference(row.cells[referenceAt] ?? ''));
  if (rows.length === 0) return fileError({ code: 'PLACEMENT_FILE_EMPTY' });
  if (rows.length > MAX_CSV_ROWS) return fileError({ code: 'PLACEMENT_FILE_TOO_MANY_ROWS', params: { max: MAX_CSV_ROWS } });
  return checkRows(fields, rows, terms);
}

async function checkRows(fields: string[], table: PlacementTable['rows'], terms: ReportTerms): Promise<ParsedPlacements> {
  const errors: FieldProblem[] = [];
  const rows: PlacementRow[] = [];
  const seen = new Map<string, number>();
  for (const [index, { line, cells }] of table.entries()) {
    if (index > 0 && index % ROWS_BETWEEN_YIELDS === 0) await new Promise((resolve) => setImmediate(resolve));
    const prefix = `rows.${line}.`;
    const personal = cells.findIndex(containsPersonalIdentityNumber);
    if (personal >= 0) {
      const field = fields[personal] ? `${prefix}${fields[personal]}` : `rows.${line}`;
      errors.push(fieldError(field, 'PERSONAL_IDENTITY_NUMBER'));
      continue;
    }
    const input = plainToInstance(CreatePlacementDto, toPlain(fields, cells));
    const rowErrors: FieldProblem[] = flattenValidationErrors(validateSync(input, { whitelist: true, forbidNonWhitelisted: true }), `rows.${line}`);
    if (rowErrors.length === 0) rowErrors.push(...placementRuleErrors(input, terms, prefix));
    const earlier = seen.get(input.reference);
    if (earlier !== undefined) rowErrors.push(fieldError(`${prefix}reference`, 'PLACEMENT_REFERENCE_REPEATED', { line: earlier }));
    else if (typeof input.reference === 'string') seen.set(input.reference, line);
    errors.push(...rowErrors);
    rows.push({ line, input });
  }
  return { rows, errors };
}

function checkHeader(header: string[]): Coded | undefined {
  if (header.length === 0) return { code: 'PLACEMENT_FILE_EMPTY' };
  if (header.some(containsPersonalIdentityNumber)) return { code: 'PLACEMENT_FILE_HEADER_PERSONAL_IDENTITY_NUMBER' };
  const fields = header.map((name) => fieldOfHeader(name));
  const unknown = header.filter((_, i) => !fields[i]).map((name) => name || '(empty)');
  if (unknown.length) {
    return { code: 'PLACEMENT_FILE_UNKNOWN_COLUMNS', params: { columns: unknown.join(', '), expected: PLACEMENT_COLUMNS.map((c) => `${c.header.sv} (${c.field})`).join(', ') } };
  }
  const twice = fields.filter((field, i) => fields.indexOf(field) !== i);
  if (twice.length) return { code: 'PLACEMENT_FILE_COLUMN_TWICE', params: { columns: [...new Set(twice)].join(', ') } };
  const missing = PLACEMENT_COLUMNS.filter((c) => !c.optional && !fields.includes(c.field)).map((c) => `${c.header.sv} (${c.field})`);
  if (missing.length) return { code: 'PLACEMENT_FILE_MISSING_COLUMNS', params: { columns: missing.join(', ') } };
  return undefined;
}

/** Cells to the JSON values the DTO expects; empty cells are left out. */
function toPlain(fields: string[], cells: string[]): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    const cell = cellCode(field, cells[i] ?? '');
    if (cell === '') return;
    if (field === 'filled' || field === 'establishmentProgramme') plain[field] = cell === 'true' ? true : cell === 'false' ? false : cell;
    else if (field === 'workingTimePercent') plain[field] = /^\d+$/.test(cell) ? Number(cell) : cell;
    else plain[field] = cell;
  });
  return plain;
}
