import type { IncomingMessage } from 'http';
import { fieldError, ValidationFailedException } from './errors/validation-errors';

/** No request body the API accepts nests this deep; deeper ones would overflow recursive walkers. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether the JSON text nests arrays and objects deeper than `max`. One pass over the bytes, no
 * recursion, brackets inside strings skipped; it runs before `JSON.parse`, so it need not judge
 * whether the text is valid JSON.
 */
export function jsonNestsDeeperThan(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > max) return true;
    } else if (byte === 0x5d || byte === 0x7d) {
      depth--;
    }
  }
  return false;
}

/** The JSON body parser's `verify` step: refuses a body nested too deep before it is parsed. */
export function refuseDeepJson(_req: IncomingMessage, _res: unknown, body: Buffer): void {
  if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new ValidationFailedException([fieldError('(body)', 'FIELD_TOO_DEEP', { max: MAX_JSON_DEPTH })]);
  }
}
