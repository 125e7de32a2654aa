import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { fieldError, ValidationFailedException } from './errors/validation-errors';

/** A string PostgreSQL cannot store or validators cannot read: a NUL, or a lone UTF-16 surrogate. */
function illFormed(text: string): boolean {
  return text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Path of the first ill-formed string in the input, or undefined. */
export function findIllFormedText(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return illFormed(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (illFormed(key)) return at;
    const found = findIllFormedText(child, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold NUL characters and no one can read a lone surrogate; either would
 * fail deep in a validator or a query. Refuse them at the edge, for body, query and path alike,
 * naming the field.
 */
@Injectable()
export class RejectIllFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findIllFormedText(value, metadata.type === 'param' || metadata.type === 'query' ? (metadata.data ?? '') : '');
    if (field !== undefined) {
      const name = field || metadata.type;
      throw new ValidationFailedException([fieldError(name, 'FIELD_ILL_FORMED_TEXT')]);
    }
    return value;
  }
}
