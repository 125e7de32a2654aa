import { LabourIntensity as L, ProcurementKind as K, ScreeningRecommendation as R } from './procurement.types';
import { DEFAULT_SCREENING_THRESHOLDS, screen, ScreeningFacts } from './screening';
import { loadScreeningThresholds } from './screening-config';

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
    ['medium labour intensity', { labourIntensity: L.Medium }, [R.Dialogue], 0, /Medium labour intensity/],
    ['low-intensity works', { kind: K.Works, labourIntensity: L.Low }, [R.Dialogue], 0, /Low labour intensity/],
    ['a framework agreement', { frameworkAgreement: true }, [R.Dialogue], 0, /framework agreement/],
    ['ordinary goods', { kind: K.Goods, labourIntensity: L.Medium }, [R.None], 0, /Goods/],
    ['labour-intensive goods', { kind: K.Goods }, [R.Dialogue], 0, /installation/],
    ['999 999 SEK: one below any clause', { estimatedValueSek: 999_999 }, [R.None], 0, /too small/],
    ['exactly 1 000 000 SEK, 12 months', { estimatedValueSek: 1_000_000, durationMonths: 12 }, [R.Dialogue], 0, /shorter than 24/],
    ['5 months: one below any clause', { durationMonths: 5 }, [R.None], 0, /too short/],
    ['exactly 6 months', { durationMonths: 6 }, [R.Dialogue], 0, /6 months/],
    ['exactly 50 MSEK and 36 months', { estimatedValueSek: 50_000_000 }, [R.Placements, R.IntegrationInitiative], 50, /integration initiative/],
    ['50 MSEK but 35 months', { estimatedValueSek: 50_000_000, durationMonths: 35 }, [R.Placements], 50, /firm placements/],
    ['a huge contract is capped by its duration', { estimatedValueSek: 500_000_000, durationMonths: 24 }, [R.Placements], 96, /at most 4 full-time placements over 24 months/],
  ])('%s', (_name, over, recommendations, volume, reason) => {
    const result = screen(facts(over));
    expect(result.recommendations).toEqual(recommendations);
    expect(result.suggestedFullTimeMonths).toBe(volume);
    expect(result.reasons.join(' ')).toMatch(reason);
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

  it('uses configured thresholds', () => {
    const t = loadScreeningThresholds({ SCREENING_PLACEMENTS_MIN_MONTHS: '12', SCREENING_SEK_PER_FULL_TIME_MONTH: '500000' });
    expect(t).toEqual({ ...DEFAULT_SCREENING_THRESHOLDS, minMonthsForPlacements: 12, sekPerFullTimeMonth: 500_000 });
    expect(screen(facts({ durationMonths: 12 }), t)).toMatchObject({ recommendations: [R.Placements], suggestedFullTimeMonths: 40 });
  });

  it.each([
    ['SCREENING_MIN_VALUE_SEK', '-1'],
    ['SCREENING_SEK_PER_FULL_TIME_MONTH', '0'],
    ['SCREENING_MIN_MONTHS', 'twelve'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadScreeningThresholds({ [name]: value })).toThrow(new RegExp(`${name} must be a whole number`));
  });
});
