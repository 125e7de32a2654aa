import { QueryFailedError } from 'typeorm';
import type { Coded } from '../i18n';
import { conflict } from './coded-exception';

/**
 * Runs a write whose uniqueness was checked before it: a violation of `constraint` means another
 * request won the race meanwhile, answered as a 409 with `refusal`; any other error passes through.
 */
export async function conflictOnUniqueViolation<T>(constraint: string, refusal: Coded, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint) {
      throw conflict(refusal.code, refusal.params);
    }
    throw error;
  }
}
