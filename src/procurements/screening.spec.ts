import { LabourIntensity as L, ProcurementKind as K, ScreeningRecommendation as R } from './procurement.types';
import { DEFAULT_SCREENING_THRESHOLDS, placementsVolume, screen, ScreeningFacts } from './screening';
import { loadScreeningThresholds } from './screening-config';
import { renderCoded } from '../common/coded-text';

const english = (r: { reasons: Parameters<typeof renderCoded>[0][] }): string => r.reasons.map((c) => renderCoded(c, 'en')).join(' ');

const facts = (over: Partial<ScreeningFacts>): ScreeningFacts => ({
  kind: K.Services,
  estimatedValueSek: 20_000_000,
  durationMonths: 36,
  labourIntensity: L.High,
  frameworkAgreement: false,
  ...over,
});

describe('appropriateness screening', () => {
  it.each<[string, Partial<ScreeningFacts>, R[], number, RegExp]>([
    ['labour-intensive services, 36 months, 20 MSEK', {}, [R.Placements], 20, /firm placements requirement/],
    ['exactly 24 months and exactly 5 MSEK (boundaries)', { durationMonths: 24, estimatedValueSek: 5_000_000 }, [R.Placements], 5, /at least 24/],
    ['23 months: one below the placements duration', { durationMonths: 23 }, [R.Dialogue], 0, /shorter than 24 needed for placements/],
    ['4 999 999 SEK: one below the placements value', { estimatedValueSek: 4_999_999 }, [R.Dialogue], 0, /below 5 000 000 SEK needed for placements/],
    ['medium labour intensity: half the volume', { labourIntensity: L.Medium }, [R.Placements], 10, /Labour intensity medium.*gives 20, medium labour intensity: 50 % of that/],
    ['medium labour intensity, 23 months', { labourIntensity: L.Medium, durationMonths: 23 }, [R.Dialogue], 0, /shorter than 24 needed for placements \(labour intensity medium\)/],
    ['low-intensity works', { kind: K.Works, labourIntensity: L.Low }, [R.Dialogue], 0, /Labour intensity low/],
    ['a framework agreement', { frameworkAgreement: true }, [R.Dialogue], 0, /framework agreement/],
    ['ordinary goods', { kind: K.Goods, labourIntensity: L.Medium }, [R.None], 0, /Goods/],
    ['labour-intensive goods', { kind: K.Goods }, [R.Dialogue], 0, /installation/],
    ['999 999 SEK: one below any clause', { estimatedValueSek: 999_999 }, [R.None], 0, /too small/],
    ['exactly 1 000 000 SEK, 12 months', { estimatedValueSek: 1_000_000, durationMonths: 12 }, [R.Dialogue], 0, /shorter than 24/],
    ['5 months: one below any clause', { durationMonths: 5 }, [R.None], 0, /too short/],
    ['exactly 6 months', { durationMonths: 6 }, [R.Dialogue], 0, /6 months/],
    ['exactly 50 MSEK and 36 months', { estimatedValueSek: 50_000_000 }, [R.Placements, R.IntegrationInitiative], 50, /integration initiative/],
    ['50 MSEK but 35 months', { estimatedValueSek: 50_000_000, durationMonths: 35 }, [R.Placements], 50, /firm placements/],
    ['a huge contract is capped by its duration', { estimatedValueSek: 500_000_000, durationMonths: 24 }, [R.Placements], 96, /capped at 96 \(at most 4 full-time placements over 24 months\)/],
    ['a huge medium-intensity contract: half the cap', { estimatedValueSek: 500_000_000, durationMonths: 24, labourIntensity: L.Medium }, [R.Placements], 48, /capped at 96.*50 % of that/],
    ['works: the default labour share 35 %', { kind: K.Works }, [R.Placements], 14, /7 000 000 SEK \(35 % of 20 000 000 SEK, the default share for works\)/],
    ['a stated labour share', { labourCostPercent: 80 }, [R.Placements], 32, /16 000 000 SEK \(80 % of 20 000 000 SEK, the share stated for this procurement\)/],
    ['a tiny labour share still suggests one month', { labourCostPercent: 1, estimatedValueSek: 5_000_000 }, [R.Placements], 1, /50 000 SEK \(1 %/],
  ])('%s', (_name, over, recommendations, volume, reason) => {
    const result = screen(facts(over));
    expect(result.recommendations).toEqual(recommendations);
    expect(result.suggestedFullTimeMonths).toBe(volume);
    expect(english(result)).toMatch(reason);
  });

  it('explains every recommendation with at least one reason', () => {
    expect(screen(facts({})).reasons.length).toBeGreaterThanOrEqual(2);
  });

  it('scales the volume with value and duration', () => {
    const small = screen(facts({ estimatedValueSek: 10_000_000 })).suggestedFullTimeMonths;
    const large = screen(facts({ estimatedValueSek: 40_000_000 })).suggestedFullTimeMonths;
    expect(large).toBe(4 * small);
    const short = screen(facts({ estimatedValueSek: 200_000_000, durationMonths: 24 })).suggestedFullTimeMonths;
    const long = screen(facts({ estimatedValueSek: 200_000_000, durationMonths: 48 })).suggestedFullTimeMonths;
    expect([short, long]).toEqual([96, 192]);
  });

  it('counts the volume on labour cost: value × labour share ÷ labour cost per full-time month', () => {
    // 30 MSEK × 35 % = 10.5 MSEK; ÷ 500 000 = 21 full-time months; medium: 50 % of 21 = 10.5, rounded to 11.
    expect(placementsVolume(facts({ kind: K.Works, estimatedValueSek: 30_000_000 }), DEFAULT_SCREENING_THRESHOLDS)).toEqual({
      labourCostPercent: 35, defaultShare: true, labourCostSek: 10_500_000, fullVolume: 21, capped: false, intensityPercent: 100, fullTimeMonths: 21,
    });
    expect(screen(facts({ kind: K.Works, estimatedValueSek: 30_000_000, labourIntensity: L.Medium })).suggestedFullTimeMonths).toBe(11);
    // A stated share overrides the kind's default: 30 MSEK × 20 % = 6 MSEK → 12 months.
    expect(screen(facts({ kind: K.Works, estimatedValueSek: 30_000_000, labourCostPercent: 20 })).suggestedFullTimeMonths).toBe(12);
  });

  it('uses configured thresholds', () => {
    const t = loadScreeningThresholds({
      SCREENING_PLACEMENTS_MIN_MONTHS: '12',
      SCREENING_LABOUR_COST_SEK_PER_FULL_TIME_MONTH: '250000',
      SCREENING_LABOUR_COST_PERCENT_SERVICES: '60',
      SCREENING_MEDIUM_INTENSITY_VOLUME_PERCENT: '25',
    });
    expect(t).toEqual({
      ...DEFAULT_SCREENING_THRESHOLDS,
      minMonthsForPlacements: 12,
      labourCostSekPerFullTimeMonth: 250_000,
      labourCostPercentServices: 60,
      mediumIntensityVolumePercent: 25,
    });
    // 20 MSEK × 60 % = 12 MSEK ÷ 250 000 = 48 months; medium: 25 % of 48 = 12.
    expect(screen(facts({ durationMonths: 12 }), t)).toMatchObject({ recommendations: [R.Placements], suggestedFullTimeMonths: 48 });
    expect(screen(facts({ durationMonths: 12, labourIntensity: L.Medium }), t)).toMatchObject({ suggestedFullTimeMonths: 12 });
  });

  it('gives medium labour intensity dialogue when its volume percentage is 0', () => {
    const t = loadScreeningThresholds({ SCREENING_MEDIUM_INTENSITY_VOLUME_PERCENT: '0' });
    const result = screen(facts({ labourIntensity: L.Medium }), t);
    expect(result).toMatchObject({ recommendations: [R.Dialogue], suggestedFullTimeMonths: 0 });
    expect(result.reasons).toEqual([{ code: 'SCREENING_TOO_LITTLE_WORK', params: { intensity: 'SCREENING_INTENSITY_MEDIUM' } }]);
    expect(english(result)).toMatch(/Labour intensity medium: too little work/);
  });

  it('gives its reasons as codes with the numbers as parameters, read in Swedish or English', () => {
    const result = screen(facts({ estimatedValueSek: 24_000_000 }));
    expect(result.reasons[0]).toEqual({
      code: 'SCREENING_PLACEMENTS_SUIT',
      params: { intensity: 'SCREENING_INTENSITY_HIGH', months: 36, minMonths: 24, value: '24 000 000', minValue: '5 000 000' },
    });
    expect(renderCoded(result.reasons[0], 'sv')).toBe(
      'Personalintensitet hög, 36 månader (minst 24) och 24 000 000 kr (minst 5 000 000 kr): ett skarpt krav på numerärer passar.',
    );
    expect(renderCoded(result.reasons[0], 'en')).toBe(
      'Labour intensity high, 36 months (at least 24) and 24 000 000 SEK (at least 5 000 000 SEK): a firm placements requirement suits.',
    );
    expect(result.reasons[1].code).toBe('SCREENING_VOLUME');
    expect(renderCoded(screen(facts({ labourIntensity: L.Medium, kind: K.Works })).reasons[1], 'sv')).toBe(
      'Föreslagen volym: 7 heltidsmånader; lönekostnad 7 000 000 kr (35 % av 20 000 000 kr, standardandelen för byggentreprenad) ' +
        'med 500 000 kr per heltidsmånad, ger 14, personalintensitet medel: 50 % av det.',
    );
  });

  it.each([
    ['SCREENING_MIN_VALUE_SEK', '-1'],
    ['SCREENING_LABOUR_COST_SEK_PER_FULL_TIME_MONTH', '0'],
    ['SCREENING_MIN_MONTHS', 'twelve'],
    ['SCREENING_LABOUR_COST_PERCENT_WORKS', '0'],
    ['SCREENING_MEDIUM_INTENSITY_VOLUME_PERCENT', '150'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadScreeningThresholds({ [name]: value })).toThrow(new RegExp(`${name} must be a whole number`));
  });
});
