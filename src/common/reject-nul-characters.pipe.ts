import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from './errors/validation-errors';

/** Path of the first string holding a NUL character, or undefined. */
export function findNulCharacter(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findNulCharacter(child, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold NUL characters, so a string with one would fail deep in a query.
 * Refuse it at the edge, for body, query and path alike, naming the field.
 */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findNulCharacter(value, metadata.type === 'param' || metadata.type === 'query' ? (metadata.data ?? '') : '');
    if (field !== undefined) {
      const name = field || metadata.type;
      throw new ValidationFailedException([{ field: name, messages: [`${name} must not contain NUL characters`] }]);
    }
    return value;
  }
}
