import { todayInStockholm } from '../../common/calendar';
import { checkOrgNumber } from '../../common/org-number/org-number';
import { checkContractStart } from '../../procurements/publication-date';
import { placementRuleErrors } from '../../reporting/placement-rules';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ClauseType } from '../../clauses/clause.types';
import { DialogueParametersDto, IntegrationInitiativeParametersDto, PlacementsParametersDto } from '../../clauses/dto/clause-parameters.dto';
import { DemoBatch, generateBatch, generateSuppliers, planProcurements } from './generate';

const PARAMETER_SHAPES: Record<ClauseType, ClassConstructor<object>> = {
  [ClauseType.Dialogue]: DialogueParametersDto,
  [ClauseType.Placements]: PlacementsParametersDto,
  [ClauseType.IntegrationInitiative]: IntegrationInitiativeParametersDto,
};

describe('demo data generator', () => {
  const options = { procurements: 400, placements: 5000, seed: 9 };
  const today = '2025-06-15';
  const all = (): DemoBatch => {
    const suppliers = generateSuppliers(options);
    const plans = planProcurements(options);
    return generateBatch(plans, suppliers, options, 0, today);
  };
  /** Placement row columns, in the loader's order. */
  const P = { id: 0, contract: 2, clause: 3, reference: 4, kind: 5, offered: 6, filled: 7, start: 8, end: 9, earlyEnd: 10, target: 12, earlyEndReason: 18, counts: 19, delivered: 20, firstMonth: 21, byMonth: 22 };

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(all())).toBe(JSON.stringify(all()));
    const other = planProcurements({ ...options, seed: 10 });
    expect(other[0].id).not.toBe(planProcurements(options)[0].id);
  });

  it('gives exactly the asked number of placements, each with unique id and reference and consistent dates', () => {
    const batch = all();
    expect(batch.placements).toHaveLength(5000);
    expect(new Set(batch.placements.map((p) => p[P.reference])).size).toBe(5000);
    expect(new Set(batch.placements.map((p) => p[P.id])).size).toBe(5000);
    for (const p of batch.placements) {
      const [offered, filled, start, end, earlyEnd] = [p[P.offered], p[P.filled], p[P.start], p[P.end], p[P.earlyEnd]] as [string, boolean, string | null, string | null, string | null];
      if (filled) {
        expect(start! >= offered && end! > start!).toBe(true);
        if (earlyEnd) expect(earlyEnd >= start! && earlyEnd < end!).toBe(true);
      } else {
        expect(start).toBeNull();
      }
    }
  });

  it('gives every report what a report through the API must have: the clause’s kinds and target groups, dates within the contract, a reason for an early end', () => {
    const batch = all();
    const contracts = new Map(batch.contracts.map((c) => [c[0], { contractStart: c[3] as string, contractEnd: c[4] as string }]));
    const versions = new Map(batch.clauseVersions.map((v) => [v[1], v]));
    const reasons = new Set<unknown>();
    for (const p of batch.placements) {
      const version = versions.get(p[P.clause])!;
      const kinds = JSON.parse(version[3] as string).lines.map((l: { kind: string }) => l.kind);
      const targetGroups = (version[5] as string).slice(1, -1).split(',');
      const report = {
        kind: p[P.kind], offeredDate: p[P.offered], filled: p[P.filled], startDate: p[P.start], endDate: p[P.end],
        earlyEndDate: p[P.earlyEnd], earlyEndReason: p[P.earlyEndReason], targetGroup: p[P.target],
      } as Parameters<typeof placementRuleErrors>[0];
      expect(placementRuleErrors(report, { kinds, targetGroups, ...contracts.get(p[P.contract])! } as Parameters<typeof placementRuleErrors>[1])).toEqual([]);
      if (p[P.earlyEnd]) reasons.add(p[P.earlyEndReason]);
    }
    expect([...reasons].sort()).toEqual(['EMPLOYEE_RESIGNED', 'JUST_CAUSE', 'OTHER', 'SUPPLIER_ENDED']);
    for (const v of batch.clauseVersions) {
      const groups = (v[5] as string).slice(1, -1).split(',');
      expect(groups.length).toBeGreaterThanOrEqual(1);
      expect(groups.length).toBeLessThanOrEqual(3);
    }
    const published = new Map(batch.procurements.map((p) => [p[0], p[9]]));
    const clauses = new Map(batch.clauses.map((c) => [c[0], c[1]]));
    for (const v of batch.clauseVersions) expect(v[4]).toBe(published.get(clauses.get(v[1])));
  });

  it('stores an outcome evaluated on the given day for every clause of every contract, and the earnings of counting placements', () => {
    const batch = all();
    const contractOf = new Map(batch.contracts.map((c) => [c[1], c[0]]));
    const followed = batch.clauses.filter((c) => contractOf.has(c[1]));
    expect(batch.outcomes.map((o) => `${o[0]}/${o[1]}`).sort()).toEqual(followed.map((c) => `${contractOf.get(c[1])}/${c[0]}`).sort());
    expect(batch.outcomes.every((o) => o[16] === today)).toBe(true);
    expect(new Set(batch.outcomes.map((o) => o[2]))).toEqual(new Set(['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'FULFILLED', 'NOT_FULFILLED']));
    const counting = batch.placements.filter((p) => p[P.counts]);
    expect(counting.length).toBeGreaterThan(1000);
    expect(counting.length).toBeLessThan(batch.placements.length);
    for (const p of batch.placements) {
      if (p[P.byMonth] === null) continue;
      const months = (p[P.byMonth] as string).slice(1, -1).split(',').map(Number);
      expect(p[P.firstMonth]).toMatch(/^\d{4}-\d{2}-01$/);
      expect(Math.abs(months.reduce((a, b) => a + b, 0) - (p[P.delivered] as number))).toBeLessThan(1e-9);
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

  it('gives half of the clauses remedy and penalty terms in the shape the API accepts, and reads the rest as drafted before them', () => {
    const batch = all();
    const typeOf = new Map(batch.clauses.map((c) => [c[0], c[3] as ClauseType]));
    const params = batch.clauseVersions.map((v) => ({ type: typeOf.get(v[1] as string)!, parameters: JSON.parse(v[3] as string) as Record<string, unknown> }));
    const withPenalty = params.filter((p) => p.parameters.penalty);
    expect(withPenalty.length / params.length).toBeGreaterThan(0.3);
    expect(withPenalty.length / params.length).toBeLessThan(0.7);
    for (const { type, parameters } of withPenalty) {
      expect(validateSync(plainToInstance(PARAMETER_SHAPES[type], parameters), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    }
    expect(params.filter((p) => !p.parameters.penalty).every((p) => p.parameters.remedyDays === undefined)).toBe(true);
  });
});
