/** The buyer of procurements registered without one, and of those registered before the buyer was named. */
export const DEFAULT_BUYER_NAME = 'Stockholms stad';

export enum ProcurementKind {
  Services = 'SERVICES',
  Works = 'WORKS',
  Goods = 'GOODS',
}

export enum LabourIntensity {
  Low = 'LOW',
  Medium = 'MEDIUM',
  High = 'HIGH',
}

/** DRAFT → PUBLISHED → AWARDED → COMPLETED, or CANCELLED before completion. */
export enum ProcurementStatus {
  Draft = 'DRAFT',
  Published = 'PUBLISHED',
  Awarded = 'AWARDED',
  Completed = 'COMPLETED',
  Cancelled = 'CANCELLED',
}

/** What the screening can recommend; several may apply at once. */
export enum ScreeningRecommendation {
  None = 'NONE',
  Dialogue = 'DIALOGUE',
  Placements = 'PLACEMENTS',
  IntegrationInitiative = 'INTEGRATION_INITIATIVE',
}
