import { ClauseType, PlacementsParameters, TargetGroup, ClauseParameters } from './clause.types';

/**
 * EU eForms strategic procurement: BT-06 (kind of strategic procurement) and BT-775 (social
 * objective). Codes from the eForms code lists `strategic-procurement` and `social-objective`.
 */
export enum SocialObjective {
  AccessibilityForAll = 'acc-all',
  EthnicEquality = 'et-eq',
  GenderEquality = 'gen-eq',
  HumanRights = 'hum-right',
  /** Employment opportunities for the long-term unemployed, disadvantaged and/or persons with disabilities. */
  EmploymentOpportunities = 'opp',
  WorkingConditions = 'work-cond',
  Other = 'other',
}

/** Every clause of ours is about employment; some target groups add an equality objective. */
export const TARGET_GROUP_OBJECTIVES: Record<TargetGroup, SocialObjective[]> = {
  [TargetGroup.Newcomer]: [SocialObjective.EmploymentOpportunities, SocialObjective.EthnicEquality],
  [TargetGroup.LongTermUnemployed]: [SocialObjective.EmploymentOpportunities],
  [TargetGroup.ShortEducation]: [SocialObjective.EmploymentOpportunities],
  [TargetGroup.Disability]: [SocialObjective.EmploymentOpportunities],
  [TargetGroup.Youth]: [SocialObjective.EmploymentOpportunities],
  [TargetGroup.ForeignBornWomen]: [
    SocialObjective.EmploymentOpportunities,
    SocialObjective.EthnicEquality,
    SocialObjective.GenderEquality,
  ],
};

const ORDER = Object.values(SocialObjective);

/** BT-775 codes of one clause: its target groups' objectives, plus gender equality for a bonus with such measures. */
export function clauseSocialObjectives(type: ClauseType, targetGroups: TargetGroup[], params: ClauseParameters): SocialObjective[] {
  const codes = new Set<SocialObjective>([SocialObjective.EmploymentOpportunities]);
  targetGroups.forEach((group) => TARGET_GROUP_OBJECTIVES[group].forEach((code) => codes.add(code)));
  if (type === ClauseType.Placements && (params as PlacementsParameters).bonus?.genderEqualityMeasures) {
    codes.add(SocialObjective.GenderEquality);
  }
  return ORDER.filter((code) => codes.has(code));
}

/** BT-06 of a procurement: `soc-obj` when it has clauses, otherwise `none`; BT-775 the union of its clauses'. */
export function procurementStrategicProcurement(clauseCodes: SocialObjective[][]): { bt06: 'soc-obj' | 'none'; bt775: SocialObjective[] } {
  if (clauseCodes.length === 0) return { bt06: 'none', bt775: [] };
  const all = new Set(clauseCodes.flat());
  return { bt06: 'soc-obj', bt775: ORDER.filter((code) => all.has(code)) };
}
