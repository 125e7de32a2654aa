import { Role } from '../../src/auth/role';
import { withCheckDigit } from '../../src/common/org-number/org-number';
import { TestApp } from './test-app';

/** The n-th valid company organisation number (556NNNNNN plus its check digit), as NNNNNN-NNNN. */
export function orgNumber(n: number): string {
  return withCheckDigit(`556${String(n).padStart(6, '0')}`);
}

export function supplierInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Städ & Service i Stockholm AB',
    orgNumber: orgNumber(1),
    contactEmail: 'upphandling@stadservice.se',
    streetAddress: 'Sveavägen 1',
    postalCode: '111 57',
    city: 'Stockholm',
    ...overrides,
  };
}

export async function createSupplier(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string } & Record<string, unknown>> {
  const res = await t.http.post('/api/suppliers').set('Authorization', t.auth(Role.Officer)).send(supplierInput(overrides));
  if (res.status !== 201) throw new Error(`createSupplier: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
