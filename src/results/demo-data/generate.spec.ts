import { todayInStockholm } from '../../common/calendar';
import { checkOrgNumber } from '../../common/org-number/org-number';
import { checkContractStart } from '../../procurements/publication-date';
import { DemoBatch, generateBatch, generateSuppliers, planProcurements } from './generate';

describe('demo data generator', () => {
  const options = { procurements: 400, placements: 5000, seed: 9 };
  const all = (): DemoBatch => {
    const suppliers = generateSuppliers(options);
    const plans = planProcurements(options);
    return generateBatch(plans, suppliers, options, 0);
  };

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(all())).toBe(JSON.stringify(all()));
    const other = planProcurements({ ...options, seed: 10 });
    expect(other[0].id).not.toBe(planProcurements(options)[0].id);
  });

  it('gives exactly the asked number of placements, each with unique reference and consistent dates', () => {
    const batch = all();
    expect(batch.placements).toHaveLength(5000);
    expect(new Set(batch.placements.map((p) => p[3])).size).toBe(5000);
    for (const p of batch.placements) {
      const [offered, filled, start, end, earlyEnd] = [p[5], p[6], p[7], p[8], p[9]] as [string, boolean, string | null, string | null, string | null];
      if (filled) {
        expect(start! >= offered && end! > start!).toBe(true);
        if (earlyEnd) expect(earlyEnd >= start! && earlyEnd < end!).toBe(true);
      } else {
        expect(start).toBeNull();
      }
    }
  });

  it('starts every contract on or after its procurement’s publication day, as an award through the API must', () => {
    for (const plan of planProcurements(options).filter((p) => p.contract)) {
      const start = new Date(plan.contract!.start).toISOString().slice(0, 10);
      expect(checkContractStart(start, todayInStockholm(new Date(plan.published!)))).toEqual([]);
    }
  });

  it('spreads procurements over 2019–2026 and gives suppliers valid organisation numbers', () => {
    const plans = planProcurements(options);
    expect(plans[0].year).toBe(2019);
    expect(plans[plans.length - 1].year).toBe(2026);
    expect(plans.filter((p) => p.status === 'DRAFT').every((p) => p.published === null)).toBe(true);
    for (const s of generateSuppliers(options)) expect(checkOrgNumber(s[2] as string)).toMatchObject({ valid: true, normalised: s[2] });
  });
});
