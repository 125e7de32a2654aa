import { Coded, coded } from '../common/i18n';
import { LabourIntensity, ProcurementKind, ScreeningRecommendation } from './procurement.types';
import { SCREENING_MESSAGES, SCREENING_PARTS } from './screening.messages';

/**
 * Appropriateness screening: "clauses shall be set where suitable with regard to the procurement's
 * nature and scope" (art och omfattning). The officer decides; this only recommends and explains.
 */
export interface ScreeningFacts {
  kind: ProcurementKind;
  estimatedValueSek: number;
  durationMonths: number;
  labourIntensity: LabourIntensity;
  frameworkAgreement: boolean;
  /** Share of the contract value that is labour cost (1–100); null: the default for the kind. */
  labourCostPercent?: number | null;
}

/** Configurable thresholds; defaults are documented in README ("Procurements and clauses"). */
export interface ScreeningThresholds {
  /** Below this value, or shorter than `minMonthsForClause`, no clause can be followed up meaningfully. */
  minValueForClauseSek: number;
  minMonthsForClause: number;
  /** Placements need a contract at least this long and this large (and high or medium labour intensity). */
  minMonthsForPlacements: number;
  minValueForPlacementsSek: number;
  /** An integration initiative is also suggested from this value and duration. */
  minValueForInitiativeSek: number;
  minMonthsForInitiative: number;
  /**
   * Labour cost that carries one full-time month of placements. The volume is a share of the
   * contract's labour cost, as in the Dutch social-return practice (social return on investment).
   */
  labourCostSekPerFullTimeMonth: number;
  /** Upper bound: at most this many full-time placements in parallel over the whole contract. */
  maxParallelPlacements: number;
  /** Medium labour intensity gets placements at this percentage of the full volume (0: dialogue instead). */
  mediumIntensityVolumePercent: number;
  /**
   * Labour cost as a percentage of the contract value, when the procurement does not state it.
   * Goods never get placements, so they need no default.
   */
  labourCostPercentServices: number;
  labourCostPercentWorks: number;
}

export const DEFAULT_SCREENING_THRESHOLDS: ScreeningThresholds = {
  minValueForClauseSek: 1_000_000,
  minMonthsForClause: 6,
  minMonthsForPlacements: 24,
  minValueForPlacementsSek: 5_000_000,
  minValueForInitiativeSek: 50_000_000,
  minMonthsForInitiative: 36,
  labourCostSekPerFullTimeMonth: 500_000,
  maxParallelPlacements: 4,
  mediumIntensityVolumePercent: 50,
  labourCostPercentServices: 50,
  labourCostPercentWorks: 35,
};

export interface ScreeningResult {
  recommendations: ScreeningRecommendation[];
  /** Suggested placements volume in full-time months; 0 unless placements are recommended. */
  suggestedFullTimeMonths: number;
  /** Why, as codes of SCREENING_MESSAGES with their parameters; rendered for the reader at the edge. */
  reasons: Coded[];
}

type Code = keyof typeof SCREENING_MESSAGES;
type Part = keyof typeof SCREENING_PARTS;
const reason = (code: Code, params?: Coded['params']): Coded => coded(SCREENING_MESSAGES, code, params);
/** An amount in kronor grouped by thousands with spaces, read alike in Swedish and English. */
const sek = (n: number): string => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const INTENSITY: Record<LabourIntensity, Part> = {
  [LabourIntensity.Low]: 'SCREENING_INTENSITY_LOW',
  [LabourIntensity.Medium]: 'SCREENING_INTENSITY_MEDIUM',
  [LabourIntensity.High]: 'SCREENING_INTENSITY_HIGH',
};

export function screen(facts: ScreeningFacts, t: ScreeningThresholds = DEFAULT_SCREENING_THRESHOLDS): ScreeningResult {
  const { kind, estimatedValueSek: value, durationMonths: months, labourIntensity, frameworkAgreement } = facts;
  const none = (why: Coded): ScreeningResult => ({
    recommendations: [ScreeningRecommendation.None],
    suggestedFullTimeMonths: 0,
    reasons: [why],
  });

  if (kind === ProcurementKind.Goods && labourIntensity !== LabourIntensity.High) {
    return none(reason('SCREENING_GOODS'));
  }
  if (value < t.minValueForClauseSek) {
    return none(reason('SCREENING_VALUE_TOO_SMALL', { value: sek(value), min: sek(t.minValueForClauseSek) }));
  }
  if (months < t.minMonthsForClause) {
    return none(reason('SCREENING_TOO_SHORT', { months, min: t.minMonthsForClause }));
  }

  const reasons: Coded[] = [];
  const recommendations: ScreeningRecommendation[] = [];
  const placementsFit =
    kind !== ProcurementKind.Goods &&
    intensityCarriesPlacements(labourIntensity, t) &&
    months >= t.minMonthsForPlacements &&
    value >= t.minValueForPlacementsSek;

  if (placementsFit && frameworkAgreement) {
    recommendations.push(ScreeningRecommendation.Dialogue);
    reasons.push(reason('SCREENING_FRAMEWORK_AGREEMENT'));
  } else if (placementsFit) {
    recommendations.push(ScreeningRecommendation.Placements);
    reasons.push(reason('SCREENING_PLACEMENTS_SUIT', {
      intensity: INTENSITY[labourIntensity], months, minMonths: t.minMonthsForPlacements, value: sek(value), minValue: sek(t.minValueForPlacementsSek),
    }));
  } else {
    recommendations.push(ScreeningRecommendation.Dialogue);
    reasons.push(dialogueReason(facts, t));
  }

  if (kind !== ProcurementKind.Goods && value >= t.minValueForInitiativeSek && months >= t.minMonthsForInitiative) {
    recommendations.push(ScreeningRecommendation.IntegrationInitiative);
    reasons.push(reason('SCREENING_INITIATIVE', { value: sek(value), months }));
  }

  if (!recommendations.includes(ScreeningRecommendation.Placements)) return { recommendations, suggestedFullTimeMonths: 0, reasons };
  const volume = placementsVolume(facts, t);
  reasons.push(volumeReason(facts, volume, t));
  return { recommendations, suggestedFullTimeMonths: volume.fullTimeMonths, reasons };
}

/** How the suggested volume was reached, step by step, so the reason can name each number. */
export interface PlacementsVolume {
  labourCostPercent: number;
  /** true: the procurement did not state its labour share, so the kind's default was used. */
  defaultShare: boolean;
  labourCostSek: number;
  /** Full-time months the labour cost carries, capped by the duration, before the intensity reduction. */
  fullVolume: number;
  capped: boolean;
  /** Percentage of the full volume the labour intensity gets (100 for high). */
  intensityPercent: number;
  fullTimeMonths: number;
}

/**
 * Full-time months as a share of the contract's labour cost (value × labour share ÷ labour cost per
 * full-time month), capped by what the duration can carry, reduced for medium labour intensity; at
 * least one.
 */
export function placementsVolume(facts: ScreeningFacts, t: ScreeningThresholds): PlacementsVolume {
  const stated = facts.labourCostPercent ?? null;
  const defaultShare = stated === null;
  const labourCostPercent = stated ?? (facts.kind === ProcurementKind.Works ? t.labourCostPercentWorks : t.labourCostPercentServices);
  const labourCostSek = (facts.estimatedValueSek * labourCostPercent) / 100;
  const byLabourCost = Math.round(labourCostSek / t.labourCostSekPerFullTimeMonth);
  const cap = facts.durationMonths * t.maxParallelPlacements;
  const fullVolume = Math.min(byLabourCost, cap);
  const intensityPercent = facts.labourIntensity === LabourIntensity.High ? 100 : t.mediumIntensityVolumePercent;
  const fullTimeMonths = Math.max(1, Math.round((fullVolume * intensityPercent) / 100));
  return { labourCostPercent, defaultShare, labourCostSek, fullVolume, capped: byLabourCost > cap, intensityPercent, fullTimeMonths };
}

function intensityCarriesPlacements(intensity: LabourIntensity, t: ScreeningThresholds): boolean {
  return intensity === LabourIntensity.High || (intensity === LabourIntensity.Medium && t.mediumIntensityVolumePercent > 0);
}

function volumeReason(facts: ScreeningFacts, v: PlacementsVolume, t: ScreeningThresholds): Coded {
  const share: Part = !v.defaultShare
    ? 'SCREENING_SHARE_STATED'
    : facts.kind === ProcurementKind.Works ? 'SCREENING_SHARE_DEFAULT_WORKS' : 'SCREENING_SHARE_DEFAULT_SERVICES';
  return reason('SCREENING_VOLUME', {
    fullTimeMonths: v.fullTimeMonths, labourCost: sek(v.labourCostSek), labourCostPercent: v.labourCostPercent,
    value: sek(facts.estimatedValueSek), share, perMonth: sek(t.labourCostSekPerFullTimeMonth),
    volume: v.capped ? 'SCREENING_VOLUME_CAPPED' : 'SCREENING_VOLUME_GIVES', fullVolume: v.fullVolume,
    ...(v.capped ? { maxParallel: t.maxParallelPlacements, months: facts.durationMonths } : {}),
    reduction: v.intensityPercent < 100 ? 'SCREENING_VOLUME_MEDIUM' : '',
    ...(v.intensityPercent < 100 ? { intensityPercent: v.intensityPercent } : {}),
  });
}

function dialogueReason(facts: ScreeningFacts, t: ScreeningThresholds): Coded {
  if (facts.kind === ProcurementKind.Goods) return reason('SCREENING_GOODS_INSTALLATION');
  const intensity = INTENSITY[facts.labourIntensity];
  if (!intensityCarriesPlacements(facts.labourIntensity, t)) return reason('SCREENING_TOO_LITTLE_WORK', { intensity });
  if (facts.durationMonths < t.minMonthsForPlacements) {
    return reason('SCREENING_TOO_SHORT_FOR_PLACEMENTS', { months: facts.durationMonths, min: t.minMonthsForPlacements, intensity });
  }
  return reason('SCREENING_TOO_SMALL_FOR_PLACEMENTS', { value: sek(facts.estimatedValueSek), min: sek(t.minValueForPlacementsSek), intensity });
}
