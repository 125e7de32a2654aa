import fc from 'fast-check';
import { randomUUID } from 'crypto';

/** Just enough of OpenAPI 3 to drive the fuzzer from the service's own document. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

interface OperationObject {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  security?: unknown[];
}

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: { name: string; schema: Schema }[];
  /** JSON body schema, when the route takes JSON. */
  bodySchema?: Schema;
  /** The route takes a multipart upload (files). */
  multipart: boolean;
}

export function operations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
      bodySchema: op.requestBody?.content['application/json']?.schema,
      multipart: Boolean(op.requestBody?.content['multipart/form-data']),
    })),
  );
}

export function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop() as string] ?? {});
  if (schema.allOf?.length) {
    return schema.allOf.map((s) => resolve(doc, s)).reduce<Schema>(
      (merged, s) => ({
        ...merged,
        ...s,
        properties: { ...merged.properties, ...s.properties },
        required: [...(merged.required ?? []), ...(s.required ?? [])],
      }),
      {},
    );
  }
  return schema;
}

/** A plausible valid value for a schema: its example, first enum value, or a value of its type. */
export function sample(doc: OpenApiDocument, raw: Schema, depth = 0): unknown {
  const schema = resolve(doc, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.oneOf?.length) return sample(doc, schema.oneOf[0], depth + 1);
  switch (schema.type) {
    case 'string':
      return schema.format === 'uuid' ? randomUUID() : schema.format === 'date' ? '2026-03-01' : schema.format === 'date-time' ? '2026-03-01T10:00:00Z' : 'text';
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 4 || !schema.items ? [] : [sample(doc, schema.items, depth + 1)];
    default: {
      if (depth > 4) return {};
      const props = schema.properties ?? {};
      return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, sample(doc, value, depth + 1)]));
    }
  }
}

const nest = (levels: number): unknown => (levels === 0 ? 'deep' : { a: [nest(levels - 1)] });

/** Values that are wrong for almost any field: wrong types, edge strings, extreme numbers, bad dates. */
export const invalidValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    -1e308,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    'x'.repeat(100_000),
    '\u0000',
    '\uD800',
    '🙂'.repeat(300),
    'Ω≈ç√∫˜µ≤≥÷',
    '2026-02-30',
    '2026-13-01',
    '31/12/2026',
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    "'; DROP TABLE supplier; --",
    '<script>alert(1)</script>',
    '811218-9876',
    [],
    {},
    nest(60),
    [[[[[[[[[[]]]]]]]]]],
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(fc.anything(), { maxLength: 5 }),
);

/** A body that is wrong in one way: a field missing, one field wrong, an extra field, or wholly wrong. */
export function invalidBody(doc: OpenApiDocument, raw: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  const base = sample(doc, schema) as Record<string, unknown>;
  const fields = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  const variants: fc.Arbitrary<unknown>[] = [
    invalidValue,
    fc.constant({ ...base, unexpectedField: 'x' }),
  ];
  if (fields.length) {
    variants.push(
      fc.tuple(fc.constantFrom(...fields), invalidValue).map(([field, value]) => ({ ...base, [field]: value })),
    );
  }
  if (required.length) {
    variants.push(
      fc.constantFrom(...required).map((field) => {
        const copy = { ...base };
        delete copy[field];
        return copy;
      }),
    );
  }
  return fc.oneof(...variants);
}

export const badPathParam: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('not-a-uuid', '123', '%00', '..%2F..', 'ÅÄÖ', '00000000-0000-0000-0000-00000000000Z', 'x'.repeat(300)),
  fc.string({ minLength: 1, maxLength: 40 }).map((s) => encodeURIComponent(s)),
);

export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? randomUUID());
}
