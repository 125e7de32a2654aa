import { Role } from '../../src/auth/role';
import { TestApp } from './test-app';

type Body = { id: string } & Record<string, unknown>;

export function contractingUnitInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Arbetsmarknadsnämnden',
    supportContact: { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', name: 'Anna Lind', email: 'jobbtorg@stockholm.se', phone: '08-508 00 508' },
    ...overrides,
  };
}

export async function createContractingUnit(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Body> {
  const res = await t.http.post('/api/contracting-units').set('Authorization', t.auth(Role.Officer)).send(contractingUnitInput(overrides));
  if (res.status !== 201) throw new Error(`createContractingUnit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function uploadLetterhead(t: TestApp, unitId: string, image: Buffer, fileName = 'logo.png'): Promise<Body> {
  const res = await t.http.put(`/api/contracting-units/${unitId}/letterhead`).set('Authorization', t.auth(Role.Officer)).attach('file', image, fileName);
  if (res.status !== 200) throw new Error(`uploadLetterhead: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
