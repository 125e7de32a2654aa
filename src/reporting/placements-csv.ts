import { parse } from 'csv-parse/sync';
import type { Coded } from '../common/i18n';

/** The most placements one file may hold, CSV or Excel. */
export const MAX_CSV_ROWS = 5000;

/** A file's cells as text: the header and each non-empty row with its line (the header is line 1). */
export interface PlacementTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** Why a file cannot be read at all, completing "file …". */
export type FileRefusal = { refusal: Coded };

/**
 * Reads a placements CSV: UTF-8 (a BOM is fine, as Excel writes one), separated by `;` as Swedish
 * Excel saves it or by `,`, whichever the header row holds more of.
 */
export function readCsvTable(content: Buffer): PlacementTable | FileRefusal {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return { refusal: { code: 'PLACEMENT_FILE_NOT_UTF8' } };
  }
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    return { refusal: { code: 'PLACEMENT_FILE_CSV_INVALID', params: { line: (error as { lines?: number }).lines ?? '?' } } };
  }
  if (records.length - 1 > MAX_CSV_ROWS + 1) return { refusal: { code: 'PLACEMENT_FILE_TOO_MANY_ROWS', params: { max: MAX_CSV_ROWS } } };
  return {
    header: records[0]?.record ?? [],
    rows: records.slice(1).map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}
