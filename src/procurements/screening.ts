import { LabourIntensity, ProcurementKind, ScreeningRecommendation } from './procurement.types';

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
  reasons: string[];
}

const sek = (n: number): string => `${Math.round(n).toLocaleString('en-US').replace(/,/g, ' ')} SEK`;

export function screen(facts: ScreeningFacts, t: ScreeningThresholds = DEFAULT_SCREENING_THRESHOLDS): ScreeningResult {
  const { kind, estimatedValueSek: value, durationMonths: months, labourIntensity, frameworkAgreement } = facts;
  const none = (reason: string): ScreeningResult => ({
    recommendations: [ScreeningRecommendation.None],
    suggestedFullTimeMonths: 0,
    reasons: [reason],
  });

  if (kind === ProcurementKind.Goods && labourIntensity !== LabourIntensity.High) {
    return none('Goods: a delivery of goods rarely creates work in Stockholm that a clause could open to the target groups.');
  }
  if (value < t.minValueForClauseSek) {
    return none(`The value ${sek(value)} is below ${sek(t.minValueForClauseSek)}: too small for a clause to be followed up.`);
  }
  if (months < t.minMonthsForClause) {
    return none(`The contract runs ${months} months, shorter than ${t.minMonthsForClause}: too short for a clause to be followed up.`);
  }

  const reasons: string[] = [];
  const recommendations: ScreeningRecommendation[] = [];
  const placementsFit =
    kind !== ProcurementKind.Goods &&
    intensityCarriesPlacements(labourIntensity, t) &&
    months >= t.minMonthsForPlacements &&
    value >= t.minValueForPlacementsSek;

  if (placementsFit && frameworkAgreement) {
    recommendations.push(ScreeningRecommendation.Dialogue);
    reasons.push('A framework agreement does not guarantee call-off volumes, so a firm number of placements is risky: dialogue instead.');
  } else if (placementsFit) {
    recommendations.push(ScreeningRecommendation.Placements);
    const level = labourIntensity === LabourIntensity.High ? 'High' : 'Medium';
    reasons.push(
      `${level} labour intensity, ${months} months (at least ${t.minMonthsForPlacements}) and ${sek(value)} (at least ${sek(t.minValueForPlacementsSek)}): a firm placements requirement suits.`,
    );
  } else {
    recommendations.push(ScreeningRecommendation.Dialogue);
    reasons.push(dialogueReason(facts, t));
  }

  if (kind !== ProcurementKind.Goods && value >= t.minValueForInitiativeSek && months >= t.minMonthsForInitiative) {
    recommendations.push(ScreeningRecommendation.IntegrationInitiative);
    reasons.push(
      `A large (${sek(value)}) and long (${months} months) contract: the supplier can also start or expand an integration initiative.`,
    );
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

function volumeReason(facts: ScreeningFacts, v: PlacementsVolume, t: ScreeningThresholds): string {
  const kind = facts.kind === ProcurementKind.Works ? 'works' : 'services';
  const share = v.defaultShare ? `the default share for ${kind}` : 'the share stated for this procurement';
  const steps = [
    `labour cost ${sek(v.labourCostSek)} (${v.labourCostPercent} % of ${sek(facts.estimatedValueSek)}, ${share}) at ${sek(t.labourCostSekPerFullTimeMonth)} per full-time month`,
    v.capped
      ? `capped at ${v.fullVolume} (at most ${t.maxParallelPlacements} full-time placements over ${facts.durationMonths} months)`
      : `gives ${v.fullVolume}`,
  ];
  if (v.intensityPercent < 100) steps.push(`medium labour intensity: ${v.intensityPercent} % of that`);
  return `Suggested volume: ${v.fullTimeMonths} full-time months; ${steps.join(', ')}.`;
}

function dialogueReason(facts: ScreeningFacts, t: ScreeningThresholds): string {
  if (facts.kind === ProcurementKind.Goods) return 'Goods with high labour intensity (e.g. installation): a dialogue about jobs suits.';
  if (!intensityCarriesPlacements(facts.labourIntensity, t)) {
    const level = facts.labourIntensity === LabourIntensity.Low ? 'Low' : 'Medium';
    return `${level} labour intensity: too little work for a firm number of placements, so dialogue (the basic level).`;
  }
  const level = facts.labourIntensity === LabourIntensity.High ? 'high' : 'medium';
  if (facts.durationMonths < t.minMonthsForPlacements) {
    return `The contract runs ${facts.durationMonths} months, shorter than ${t.minMonthsForPlacements} needed for placements (${level} labour intensity): dialogue.`;
  }
  return `The value ${sek(facts.estimatedValueSek)} is below ${sek(t.minValueForPlacementsSek)} needed for placements (${level} labour intensity): dialogue.`;
}
