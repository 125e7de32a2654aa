import { parse } from 'csv-parse/sync';

/** The most placements one file may hold, CSV or Excel. */
export const MAX_CSV_ROWS = 5000;

/** A file's cells as text: the header and each non-empty row with its line (the header is line 1). */
export interface PlacementTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** Why a file cannot be read at all, completing "file …". */
export type FileRefusal = { refusal: string };

/**
 * Reads a placements CSV: UTF-8 (a BOM is fine, as Excel writes one), separated by `;` as Swedish
 * Excel saves it or by `,`, whichever the header row holds more of.
 */
export function readCsvTable(content: Buffer): PlacementTable | FileRefusal {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return { refusal: 'must be UTF-8 encoded text' };
  }
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    return { refusal: `is not valid CSV near line ${(error as { lines?: number }).lines ?? '?'}` };
  }
  if (records.length - 1 > MAX_CSV_ROWS + 1) return { refusal: `may hold at most ${MAX_CSV_ROWS} placements` };
  return {
    header: records[0]?.record ?? [],
    rows: records.slice(1).map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}
