import { Role } from '../../src/auth/role';
import { TestApp } from './test-app';

type Body = { id: string } & Record<string, unknown>;

/**
 * Serials of this test file's diary numbers: consecutive from a random start in the six digits the
 * format allows, so they never repeat within the file, and the files sharing a worker's database
 * (each starting afresh) overlap with a chance of about 1 in 10 000 rather than a few in a hundred.
 */
let serial = Math.floor(Math.random() * 990_000);
/** A fresh, unique diary number such as AMN 2026-004217. */
export function referenceNumber(): string {
  serial += 1;
  return `AMN 2026-${String(serial).padStart(4, '0')}`;
}

export function procurementInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    referenceNumber: referenceNumber(),
    title: 'Lokalvård i arbetsmarknadsförvaltningens lokaler',
    description: 'Städning av kontor och Jobbtorg i hela staden.',
    contractingUnit: 'Arbetsmarknadsnämnden',
    kind: 'SERVICES',
    estimatedValueSek: 24_000_000,
    durationMonths: 36,
    labourIntensity: 'HIGH',
    frameworkAgreement: false,
    cpvCode: '90910000-9',
    ...overrides,
  };
}

async function expectStatus(res: { status: number; body: unknown }, status: number, what: string): Promise<Body> {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Body;
}

export async function createProcurement(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Body> {
  const res = await t.http.post('/api/procurements').set('Authorization', t.auth(Role.Officer)).send(procurementInput(overrides));
  return expectStatus(res, 201, 'createProcurement');
}

/** A screening decision as the officer sends it, with the suitability checklist answered. */
export function decisionInput(clausesSet = true, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clausesSet,
    motivation: clausesSet ? 'Personalintensiv tjänst över tre år.' : 'Varuleverans utan arbete i Stockholm.',
    politicalMandate: true,
    matchingContact: true,
    regionalNetwork: false,
    ...overrides,
  };
}

export async function recordDecision(t: TestApp, procurementId: string, clausesSet = true, overrides: Record<string, unknown> = {}): Promise<Body> {
  const res = await t.http
    .post(`/api/procurements/${procurementId}/screening-decisions`)
    .set('Authorization', t.auth(Role.Officer))
    .send(decisionInput(clausesSet, overrides));
  return expectStatus(res, 201, 'recordDecision');
}

/** Publishes today, as a body-less POST does, or on the given earlier day. */
export async function publish(t: TestApp, procurementId: string, publishedOn?: string): Promise<Body> {
  const req = t.http.post(`/api/procurements/${procurementId}/publish`).set('Authorization', t.auth(Role.Officer));
  const res = await (publishedOn === undefined ? req : req.send({ publishedOn }));
  return expectStatus(res, 200, 'publish');
}

/** A date `months` from today, YYYY-MM-DD: inside the planned contract period of a fresh draft. */
export function monthsFromToday(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function dialogueClause(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'DIALOGUE',
    targetGroups: ['NEWCOMER', 'LONG_TERM_UNEMPLOYED'],
    parameters: { firstMeetingWithinWeeks: 8, followUpMeetings: 2, cityContact: { unit: 'Jobbtorg Stockholm', email: 'jobbtorg@stockholm.se' } },
    ...overrides,
  };
}

export function placementsClause(overrides: Record<string, unknown> = {}, parameters: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'PLACEMENTS',
    targetGroups: ['NEWCOMER', 'FOREIGN_BORN_WOMEN'],
    parameters: {
      lines: [
        { kind: 'EMPLOYMENT', count: 3, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 75, deadline: { contractMonth: 12 } },
        { kind: 'INTERNSHIP', count: 2, minLength: { value: 8, unit: 'WEEKS' }, minWorkingTimePercent: 100, deadline: { date: monthsFromToday(18) } },
      ],
      ...parameters,
    },
    ...overrides,
  };
}

export function initiativeClause(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'INTEGRATION_INITIATIVE',
    targetGroups: ['YOUTH'],
    parameters: {
      description: 'Företaget utvidgar sitt mentorprogram för unga till Stockholm.',
      milestones: [
        { title: 'Mentorprogram startat', dueDate: monthsFromToday(6) },
        { title: 'Tio mentorskap genomförda', dueDate: monthsFromToday(24) },
      ],
    },
    ...overrides,
  };
}

export async function addClause(t: TestApp, procurementId: string, clause: Record<string, unknown>): Promise<Body> {
  const res = await t.http.post(`/api/procurements/${procurementId}/clauses`).set('Authorization', t.auth(Role.Officer)).send(clause);
  return expectStatus(res, 201, 'addClause');
}
