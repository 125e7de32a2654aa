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
}

/** Configurable thresholds; defaults are documented in README ("Procurements and clauses"). */
export interface ScreeningThresholds {
  /** Below this value, or shorter than `minMonthsForClause`, no clause can be followed up meaningfully. */
  minValueForClauseSek: number;
  minMonthsForClause: number;
  /** Placements need a contract at least this long and this large (and high labour intensity). */
  minMonthsForPlacements: number;
  minValueForPlacementsSek: number;
  /** An integration initiative is also suggested from this value and duration. */
  minValueForInitiativeSek: number;
  minMonthsForInitiative: number;
  /** Contract value that carries one full-time month of placements (placements need high labour intensity). */
  sekPerFullTimeMonth: number;
  /** Upper bound: at most this many full-time placements in parallel over the whole contract. */
  maxParallelPlacements: number;
}

export const DEFAULT_SCREENING_THRESHOLDS: ScreeningThresholds = {
  minValueForClauseSek: 1_000_000,
  minMonthsForClause: 6,
  minMonthsForPlacements: 24,
  minValueForPlacementsSek: 5_000_000,
  minValueForInitiativeSek: 50_000_000,
  minMonthsForInitiative: 36,
  sekPerFullTimeMonth: 1_000_000,
  maxParallelPlacements: 4,
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
    labourIntensity === LabourIntensity.High &&
    months >= t.minMonthsForPlacements &&
    value >= t.minValueForPlacementsSek;

  if (placementsFit && frameworkAgreement) {
    recommendations.push(ScreeningRecommendation.Dialogue);
    reasons.push('A framework agreement does not guarantee call-off volumes, so a firm number of placements is risky: dialogue instead.');
  } else if (placementsFit) {
    recommendations.push(ScreeningRecommendation.Placements);
    reasons.push(
      `High labour intensity, ${months} months (at least ${t.minMonthsForPlacements}) and ${sek(value)} (at least ${sek(t.minValueForPlacementsSek)}): a firm placements requirement suits.`,
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

  const suggestedFullTimeMonths = recommendations.includes(ScreeningRecommendation.Placements)
    ? suggestedVolume(value, months, t)
    : 0;
  if (suggestedFullTimeMonths > 0) {
    reasons.push(
      `Suggested volume: ${suggestedFullTimeMonths} full-time months (one per ${sek(t.sekPerFullTimeMonth)} of contract value, at most ${t.maxParallelPlacements} full-time placements over ${months} months).`,
    );
  }
  return { recommendations, suggestedFullTimeMonths, reasons };
}

/** Full-time months scaled to value, capped by what the duration can carry; at least one. */
export function suggestedVolume(value: number, months: number, t: ScreeningThresholds): number {
  const byValue = Math.round(value / t.sekPerFullTimeMonth);
  return Math.max(1, Math.min(byValue, months * t.maxParallelPlacements));
}

function dialogueReason(facts: ScreeningFacts, t: ScreeningThresholds): string {
  if (facts.kind === ProcurementKind.Goods) return 'Goods with high labour intensity (e.g. installation): a dialogue about jobs suits.';
  if (facts.labourIntensity !== LabourIntensity.High) {
    const level = facts.labourIntensity === LabourIntensity.Low ? 'Low' : 'Medium';
    return `${level} labour intensity: too little work for a firm number of placements, so dialogue (the basic level).`;
  }
  if (facts.durationMonths < t.minMonthsForPlacements) {
    return `The contract runs ${facts.durationMonths} months, shorter than ${t.minMonthsForPlacements} needed for placements: dialogue.`;
  }
  return `The value ${sek(facts.estimatedValueSek)} is below ${sek(t.minValueForPlacementsSek)} needed for placements: dialogue.`;
}
