import { DEFAULT_SCREENING_THRESHOLDS, ScreeningThresholds } from './screening';

/** Environment variable and accepted range of each screening threshold (documented in README). */
export const SCREENING_ENV: Record<keyof ScreeningThresholds, { name: string; min: number; max?: number }> = {
  minValueForClauseSek: { name: 'SCREENING_MIN_VALUE_SEK', min: 0 },
  minMonthsForClause: { name: 'SCREENING_MIN_MONTHS', min: 0 },
  minMonthsForPlacements: { name: 'SCREENING_PLACEMENTS_MIN_MONTHS', min: 0 },
  minValueForPlacementsSek: { name: 'SCREENING_PLACEMENTS_MIN_VALUE_SEK', min: 0 },
  minValueForInitiativeSek: { name: 'SCREENING_INITIATIVE_MIN_VALUE_SEK', min: 0 },
  minMonthsForInitiative: { name: 'SCREENING_INITIATIVE_MIN_MONTHS', min: 0 },
  labourCostSekPerFullTimeMonth: { name: 'SCREENING_LABOUR_COST_SEK_PER_FULL_TIME_MONTH', min: 1 },
  maxParallelPlacements: { name: 'SCREENING_MAX_PARALLEL_PLACEMENTS', min: 1 },
  mediumIntensityVolumePercent: { name: 'SCREENING_MEDIUM_INTENSITY_VOLUME_PERCENT', min: 0, max: 100 },
  labourCostPercentServices: { name: 'SCREENING_LABOUR_COST_PERCENT_SERVICES', min: 1, max: 100 },
  labourCostPercentWorks: { name: 'SCREENING_LABOUR_COST_PERCENT_WORKS', min: 1, max: 100 },
};

/**
 * The volume used to be counted on the whole contract value; the same number read as labour cost
 * would double the volume of services, so the old variable is refused rather than ignored.
 */
const REPLACED = { SCREENING_SEK_PER_FULL_TIME_MONTH: 'SCREENING_LABOUR_COST_SEK_PER_FULL_TIME_MONTH' };

export const SCREENING_THRESHOLDS = Symbol('SCREENING_THRESHOLDS');

/** Reads the thresholds from the environment; a bad value stops the start with one line naming it. */
export function loadScreeningThresholds(env: Record<string, string | undefined>): ScreeningThresholds {
  for (const [old, now] of Object.entries(REPLACED)) {
    if (env[old] !== undefined && env[old] !== '') {
      throw new Error(`Invalid configuration: ${old} is replaced by ${now} (labour cost, not contract value, per full-time month)`);
    }
  }
  const thresholds = { ...DEFAULT_SCREENING_THRESHOLDS };
  for (const [key, { name, min, max }] of Object.entries(SCREENING_ENV) as [keyof ScreeningThresholds, (typeof SCREENING_ENV)[keyof ScreeningThresholds]][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
      const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
      throw new Error(`Invalid configuration: ${name} must be a whole number ${range} (got "${raw}")`);
    }
    thresholds[key] = value;
  }
  return thresholds;
}
