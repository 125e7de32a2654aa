import { catalogProblems } from '../common/i18n';
import { partsProblems } from '../common/coded-text';
import { LabourIntensity as L, ProcurementKind as K } from './procurement.types';
import { screen, ScreeningFacts } from './screening';
import { SCREENING_MESSAGES, SCREENING_PARTS } from './screening.messages';

describe('screening catalog', () => {
  it('has every text in Swedish and English with the same placeholders', () => {
    expect(catalogProblems({ ...SCREENING_MESSAGES, ...SCREENING_PARTS })).toEqual([]);
  });

  it('uses every parameter a screening passes, and leaves no placeholder empty', () => {
    const cases: Partial<ScreeningFacts>[] = [
      {}, { kind: K.Goods, labourIntensity: L.Low }, { kind: K.Goods }, { estimatedValueSek: 10 }, { durationMonths: 2 },
      { frameworkAgreement: true }, { labourIntensity: L.Low }, { durationMonths: 12 }, { estimatedValueSek: 2_000_000 },
      { estimatedValueSek: 500_000_000, labourIntensity: L.Medium }, { kind: K.Works, labourCostPercent: 60 },
    ];
    const reasons = cases.flatMap((over) =>
      screen({ kind: K.Services, estimatedValueSek: 20_000_000, durationMonths: 36, labourIntensity: L.High, frameworkAgreement: false, ...over }).reasons,
    );
    expect(new Set(reasons.map((r) => r.code)).size).toBe(Object.keys(SCREENING_MESSAGES).length);
    expect(reasons.flatMap(partsProblems)).toEqual([]);
  });
});
