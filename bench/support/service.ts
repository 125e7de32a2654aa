import { ChildProcess, execFileSync, spawn } from 'child_process';
import { openSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { withCheckDigit } from '../../src/common/org-number/org-number';

/** Helpers for benchmarks that drive the built service (dist/) as a separate process. */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The Node options `npm run start:prod` runs the service with (package.json), e.g. its heap cap:
 * the benches measure the service as it is run.
 */
export function startNodeOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> };
  return scripts['start:prod'].split(' ').filter((word) => word.startsWith('--'));
}

/**
 * Starts dist/src/main.js with start:prod's Node options, then `nodeArgs`; its JSON log goes to
 * BENCH_SERVICE_LOG when set, else nowhere.
 */
export function startService(env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  const log = process.env.BENCH_SERVICE_LOG ? openSync(process.env.BENCH_SERVICE_LOG, 'a') : 'ignore';
  const args = [...startNodeOptions(), ...nodeArgs, resolve(__dirname, '../../src/main.js')];
  return spawn(process.execPath, args, { env, stdio: ['ignore', log, 'inherit'] });
}

export async function waitHealthy(base: string, timeoutMs = 20000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error('service did not become healthy');
}

/** A bearer token from the CLI, as an operator would get one. */
export function cliToken(env: NodeJS.ProcessEnv, ...args: string[]): string {
  const out = execFileSync(process.execPath, [resolve(__dirname, '../../src/cli.js'), 'token', ...args], { env }).toString();
  return out.trim().split('\n').pop() as string;
}

export async function api(base: string, token: string, method: string, path: string, body?: unknown): Promise<{ id: string }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { id: string };
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** The n-th supplier's organisation number (n = 0: 556036-0793), with its check digit. */
function benchOrgNumber(n: number): string {
  return withCheckDigit(String(556036079 + n * 10).slice(0, 9));
}

/**
 * The officer's whole flow through the API — supplier, procurement, screening decision, placements
 * clause, publication, award — giving the supplier's placement-report path and token. Each `n`
 * gives another supplier and procurement.
 */
export async function awardedPlacementsContract(base: string, env: NodeJS.ProcessEnv, n = 0): Promise<{ path: string; supplierToken: string }> {
  const officer = cliToken(env, '--role', 'officer');
  const supplier = await api(base, officer, 'POST', '/api/suppliers', {
    name: n ? `Last & Prov ${n} AB` : 'Last & Prov AB', orgNumber: benchOrgNumber(n), contactEmail: 'last@prov.se',
  });
  const procurement = await api(base, officer, 'POST', '/api/procurements', {
    referenceNumber: `AMN 2026-${9999 - n}`, title: 'Lasttest: lokalvård', contractingUnit: 'Arbetsmarknadsnämnden', kind: 'SERVICES',
    estimatedValueSek: 40_000_000, durationMonths: 36, labourIntensity: 'HIGH', frameworkAgreement: false,
  });
  await api(base, officer, 'POST', `/api/procurements/${procurement.id}/screening-decisions`, {
    clausesSet: true, motivation: 'Personalintensiv tjänst.', politicalMandate: true, matchingContact: true, regionalNetwork: true,
  });
  const clause = await api(base, officer, 'POST', `/api/procurements/${procurement.id}/clauses`, {
    type: 'PLACEMENTS', targetGroups: ['NEWCOMER'],
    parameters: { lines: [{ kind: 'EMPLOYMENT', count: 100, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 50, deadline: { contractMonth: 30 } }] },
  });
  // Published on the contract start, which lies in the past: an award may not start before publication.
  await api(base, officer, 'POST', `/api/procurements/${procurement.id}/publish`, { publishedOn: '2026-01-01' });
  const contract = await api(base, officer, 'POST', `/api/procurements/${procurement.id}/award`, {
    supplierId: supplier.id, startDate: '2026-01-01', endDate: '2028-12-31',
  });
  return {
    path: `/api/contracts/${contract.id}/clauses/${clause.id}/placements`,
    supplierToken: cliToken(env, '--role', 'supplier', '--supplier', supplier.id),
  };
}

/** A valid placement report body with the given pseudonymous reference. */
export function placementReport(reference: string, serial: number): string {
  return JSON.stringify({
    reference, kind: 'EMPLOYMENT', offeredDate: '2026-02-01', filled: true, startDate: '2026-02-15', endDate: '2026-08-14',
    workingTimePercent: 100, targetGroup: 'NEWCOMER', gender: serial % 2 ? 'WOMAN' : 'MAN', ageBand: '25-29',
    establishmentProgramme: serial % 3 === 0,
  });
}
