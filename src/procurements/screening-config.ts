import { DEFAULT_SCREENING_THRESHOLDS, ScreeningThresholds } from './screening';

/** Environment variable for each screening threshold (documented in README). */
export const SCREENING_ENV: Record<keyof ScreeningThresholds, string> = {
  minValueForClauseSek: 'SCREENING_MIN_VALUE_SEK',
  minMonthsForClause: 'SCREENING_MIN_MONTHS',
  minMonthsForPlacements: 'SCREENING_PLACEMENTS_MIN_MONTHS',
  minValueForPlacementsSek: 'SCREENING_PLACEMENTS_MIN_VALUE_SEK',
  minValueForInitiativeSek: 'SCREENING_INITIATIVE_MIN_VALUE_SEK',
  minMonthsForInitiative: 'SCREENING_INITIATIVE_MIN_MONTHS',
  sekPerFullTimeMonth: 'SCREENING_SEK_PER_FULL_TIME_MONTH',
  maxParallelPlacements: 'SCREENING_MAX_PARALLEL_PLACEMENTS',
};

export const SCREENING_THRESHOLDS = Symbol('SCREENING_THRESHOLDS');

/** Reads the thresholds from the environment; a bad value stops the start with one line naming it. */
export function loadScreeningThresholds(env: Record<string, string | undefined>): ScreeningThresholds {
  const thresholds = { ...DEFAULT_SCREENING_THRESHOLDS };
  for (const [key, name] of Object.entries(SCREENING_ENV) as [keyof ScreeningThresholds, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    const positive = key === 'sekPerFullTimeMonth' || key === 'maxParallelPlacements';
    if (!Number.isSafeInteger(value) || value < (positive ? 1 : 0)) {
      throw new Error(`Invalid configuration: ${name} must be a whole number${positive ? ' of at least 1' : ' of at least 0'} (got "${raw}")`);
    }
    thresholds[key] = value;
  }
  return thresholds;
}
