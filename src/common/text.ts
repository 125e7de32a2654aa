import { Transform } from 'class-transformer';

/** Trims surrounding whitespace from a string input before it is validated. */
export const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Escapes LIKE/ILIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
