import { binary, pdfText } from './documents';
import { Role } from '../../src/auth/role';
import { ClauseType, PlacementKind } from '../../src/clauses/clause.types';
import { AwardedContract, ClauseSeed, createAwardedContract, dialogueParameters, placementInput, placementsParameters } from './followup-factories';
import { TestApp } from './test-app';

/**
 * 18 full-time months of employment to be started by 2026-10-31; 20 000 kr per missing full-time month,
 * at most 200 000 kr under the clause; a remedy period of 20 days.
 */
export const placementsWithPenalty = (): ClauseSeed => ({
  type: ClauseType.Placements,
  parameters: placementsParameters({
    lines: [{ kind: PlacementKind.Employment, fullTimeMonths: 18, minWorkingTimePercent: 50, deadline: { date: '2026-10-31' } }],
    remedyDays: 20,
    penalty: { sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 },
  }),
});

/** A dialogue clause without penalty terms: a breach falls under the contract's general terms. */
export const dialogueWithoutPenalty = (): ClauseSeed => ({ type: ClauseType.Dialogue, parameters: dialogueParameters() });

/**
 * A contract (2026-01-01–2027-12-31) whose placements clause (first) has 12.5 full-time months
 * reported: ten months full time (February–November) and five months half time (March–July).
 */
export async function contractBehindOnPlacements(t: TestApp, options: { supplierId?: string; contractingUnit?: string } = {}): Promise<AwardedContract> {
  const c = await createAwardedContract(t, { ...options, clauses: [placementsWithPenalty(), dialogueWithoutPenalty()] });
  const supplier = t.auth(Role.Supplier, c.supplierId);
  for (const placement of [
    placementInput({ offeredDate: '2026-01-20', startDate: '2026-02-01', endDate: '2026-11-30' }),
    placementInput({ offeredDate: '2026-02-20', startDate: '2026-03-01', endDate: '2026-07-31', workingTimePercent: 50 }),
  ]) {
    const res = await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`).set('Authorization', supplier).send(placement);
    if (res.status !== 201) throw new Error(`placement: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return c;
}

export const breachesOf = (c: AwardedContract, clause = 0): string => `/api/contracts/${c.contractId}/clauses/${c.clauseIds[clause]}/breaches`;

/** A remedy request by the officer (201 expected) on the contract's first clause unless told. */
export async function requestRemedy(t: TestApp, c: AwardedContract, body: Record<string, unknown> = {}, clause = 0): Promise<{ id: string } & Record<string, unknown>> {
  const res = await t.http.post(breachesOf(c, clause)).set('Authorization', t.auth(Role.Officer))
    .send({ missing: '5,5 heltidsmånader anställning saknas av de 18 som skulle vara påbörjade senast 2026-10-31.', ...body });
  if (res.status !== 201) throw new Error(`remedy request: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Lets the remedy period run out: a due date can only be set after today through the API. */
export async function moveDueDate(t: TestApp, breachId: string, dueDate: string): Promise<void> {
  await t.dataSource.query(`UPDATE remedy_request SET due_date = $2 WHERE id = $1`, [breachId, dueDate]);
}

/** Supertest parser that keeps the response body as bytes. */
/** A PDF downloaded with the given Authorization, read back as text with poppler's pdftotext. */
export async function pdfTextOf(t: TestApp, path: string, authorization: string): Promise<{ status: number; text: string; type: string }> {
  const res = await t.http.get(path).set('Authorization', authorization).buffer(true).parse(binary);
  if (res.status !== 200) return { status: res.status, text: '', type: String(res.headers['content-type']) };
  return { status: 200, text: pdfText(res.body as Buffer, ['-layout']), type: String(res.headers['content-type']) };
}
