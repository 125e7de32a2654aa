import { Role } from '../auth/role';

type Body = Record<string, unknown> & { id: string };

/**
 * The demo city talks to the service as its users would: over HTTP, with a bearer token per role,
 * so every record passes the same validation, access policy, transactions and audit as in use.
 */
export class CityClient {
  constructor(
    private readonly baseUrl: string,
    private readonly tokenFor: (role: Role, supplierId?: string) => string,
  ) {}

  /** Sends JSON (or a multipart form) as the role and returns the answer; anything unexpected stops the build with the API's own words. */
  async call(role: Role, method: string, path: string, body?: unknown, as: { supplierId?: string; expect?: number } = {}): Promise<Body> {
    const form = body instanceof FormData;
    const res = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.tokenFor(role, as.supplierId)}`,
        ...(body === undefined || form ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const expect = as.expect ?? (method === 'POST' ? 201 : 200);
    if (res.status !== expect) throw new Error(`${method} /api${path} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : {}) as Body;
  }

  officer = (method: string, path: string, body?: unknown, expect?: number) => this.call(Role.Officer, method, path, body, { expect });
  pactOffice = (method: string, path: string, body?: unknown, expect?: number) => this.call(Role.PactOffice, method, path, body, { expect });
  matcher = (method: string, path: string, body?: unknown, expect?: number) => this.call(Role.Matcher, method, path, body, { expect });
  admin = (method: string, path: string, body?: unknown, expect?: number) => this.call(Role.Admin, method, path, body, { expect });
  supplier = (supplierId: string, method: string, path: string, body?: unknown, expect?: number) =>
    this.call(Role.Supplier, method, path, body, { supplierId, expect });
}

/** A one-file multipart form, as a browser sends an upload. */
export function fileForm(content: Buffer, fileName: string, type: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), fileName);
  return form;
}
