import { Role } from '../../src/auth/role';
import { createSupplier, orgNumber } from './factories';
import { decisionInput, monthsFromToday } from './procurement-factories';
import { TestApp } from './test-app';

export { monthsFromToday };

async function call(t: TestApp, method: 'post' | 'put', path: string, role: Role, body: object, status: number): Promise<{ id: string } & Record<string, unknown>> {
  const res = await t.http[method](path).set('Authorization', t.auth(role)).send(body);
  if (res.status !== status) throw new Error(`${method.toUpperCase()} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const PLACEMENTS_CLAUSE = {
  type: 'PLACEMENTS',
  targetGroups: ['NEWCOMER', 'FOREIGN_BORN_WOMEN'],
  parameters: {
    lines: [{ kind: 'EMPLOYMENT', count: 2, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 75, deadline: { contractMonth: 24 } }],
    earlyStartWithinMonths: 6,
    earlyEndingCreditPercent: 75,
  },
};

/**
 * Through the API (the officer's part of the story): a supplier, and a published procurement with
 * the given clauses awarded to it, with a contract that started 11 months ago and runs 24 months.
 */
export async function awardedPlacementsContract(
  t: TestApp,
  n = 1,
  clauses: object[] = [PLACEMENTS_CLAUSE],
): Promise<{ supplierId: string; procurementId: string; contractId: string; clauseId: string; clauseIds: string[] }> {
  const supplier = await createSupplier(t, { orgNumber: orgNumber(100 + n), name: `Städ & Service ${n} AB` });
  const procurement = await call(t, 'post', '/api/procurements', Role.Officer, {
    referenceNumber: `AMN 2026-0${100 + n}`,
    title: `Lokalvård ${n}`,
    contractingUnit: 'Arbetsmarknadsnämnden',
    kind: 'SERVICES',
    estimatedValueSek: 24_000_000,
    durationMonths: 24,
    labourIntensity: 'HIGH',
  }, 201);
  await call(t, 'post', `/api/procurements/${procurement.id}/screening-decisions`, Role.Officer, decisionInput(), 201);
  const clauseIds: string[] = [];
  for (const clause of clauses) clauseIds.push((await call(t, 'post', `/api/procurements/${procurement.id}/clauses`, Role.Officer, clause, 201)).id);
  // Registered as published on the day the contract started, as a contract already running is.
  await call(t, 'post', `/api/procurements/${procurement.id}/publish`, Role.Officer, { publishedOn: monthsFromToday(-11) }, 200);
  const contract = await call(t, 'post', `/api/procurements/${procurement.id}/award`, Role.Officer, {
    supplierId: supplier.id,
    startDate: monthsFromToday(-11),
    endDate: monthsFromToday(13),
  }, 201);
  return { supplierId: supplier.id, procurementId: procurement.id, contractId: contract.id, clauseId: clauseIds[0], clauseIds };
}

/** The supplier reports a filled full-time employment on the contract's placements clause. */
export async function reportPlacement(
  t: TestApp,
  contract: { contractId: string; clauseId: string; supplierId: string },
  reference: string,
  gender: string,
): Promise<void> {
  const res = await t.http
    .post(`/api/contracts/${contract.contractId}/clauses/${contract.clauseId}/placements`)
    .set('Authorization', t.auth(Role.Supplier, contract.supplierId))
    .send({
      reference, kind: 'EMPLOYMENT', offeredDate: monthsFromToday(-2), filled: true, startDate: monthsFromToday(-1), endDate: monthsFromToday(11),
      workingTimePercent: 100, targetGroup: 'NEWCOMER', gender, ageBand: '20-24', establishmentProgramme: true,
    });
  if (res.status !== 201) throw new Error(`placement: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * A placements clause whose one line was due in the contract's sixth month (so, on a contract that
 * started 11 months ago, it is due now), with penalty terms: 20 000 kr per missing full-time month,
 * at most 300 000 kr under the clause, after 30 days to remedy.
 */
export const PLACEMENTS_CLAUSE_WITH_PENALTY = {
  type: 'PLACEMENTS',
  targetGroups: ['NEWCOMER', 'LONG_TERM_UNEMPLOYED'],
  parameters: {
    lines: [{ kind: 'EMPLOYMENT', fullTimeMonths: 12, minWorkingTimePercent: 50, deadline: { contractMonth: 6 } }],
    earlyStartWithinMonths: 6,
    earlyEndingCreditPercent: 75,
    remedyDays: 30,
    penalty: { sekPerMissingFullTimeMonth: 20_000, capSek: 300_000 },
  },
};

/** The supplier reports a filled employment that has already ended: whole calendar months, from and to the given month offsets. */
export async function reportEndedPlacement(
  t: TestApp,
  contract: { contractId: string; clauseId: string; supplierId: string },
  placement: { reference: string; fromMonth: number; months: number; workingTimePercent: number },
): Promise<void> {
  const startDate = monthsFromToday(placement.fromMonth);
  const lastDay = new Date(`${monthsFromToday(placement.fromMonth + placement.months)}T12:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);
  const res = await t.http
    .post(`/api/contracts/${contract.contractId}/clauses/${contract.clauseId}/placements`)
    .set('Authorization', t.auth(Role.Supplier, contract.supplierId))
    .send({
      reference: placement.reference, kind: 'EMPLOYMENT', offeredDate: startDate, filled: true, startDate, endDate: lastDay.toISOString().slice(0, 10),
      workingTimePercent: placement.workingTimePercent, targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'MAN', ageBand: '30-49', establishmentProgramme: false,
    });
  if (res.status !== 201) throw new Error(`placement: ${res.status} ${JSON.stringify(res.body)}`);
}
