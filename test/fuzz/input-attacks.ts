import fc from 'fast-check';

/** Attacks on the size and shape of a request rather than its values: multipart and nesting. */

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
export const BOUNDARY = 'fuzz-boundary-7f3a';

interface Part {
  name: string;
  fileName?: string;
  extraHeaders?: number;
  content: Buffer;
}

export interface MultipartAttack {
  label: string;
  body: Buffer;
  /** Statuses the attack may get: the limit it breaks decides 400 or 413. */
  statuses: number[];
}

function multipart(parts: Part[]): Buffer {
  return Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${part.fileName ? `; filename="${part.fileName}"` : ''}\r\n` +
          Array.from({ length: part.extraHeaders ?? 0 }, (_, i) => `X-Fuzz-${i}: ${i}\r\n`).join('') +
          '\r\n',
      ),
      part.content,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ]);
}

const file = (): Part => ({ name: 'file', fileName: 'intyg.pdf', content: PDF });
const text = (i: number, bytes: number): Part => ({ name: `note${i}`, content: Buffer.alloc(bytes, 'x') });

export const multipartAttack: fc.Arbitrary<MultipartAttack> = fc.oneof(
  fc.integer({ min: 6, max: 300 }).map((n) => ({
    label: `${n} small text fields`,
    body: multipart([...Array.from({ length: n }, (_, i) => text(i, 10)), file()]),
    statuses: [400],
  })),
  fc.integer({ min: 10 * 1024 + 1, max: 2 * 1024 * 1024 }).map((bytes) => ({
    label: `one text field of ${bytes} bytes`,
    body: multipart([text(0, bytes), file()]),
    statuses: [413],
  })),
  fc.integer({ min: 2, max: 20 }).map((n) => ({
    label: `${n} files`,
    body: multipart(Array.from({ length: n }, file)),
    statuses: [400],
  })),
  fc.integer({ min: 7, max: 500 }).map((n) => ({
    label: `${n} parts`,
    body: multipart([file(), ...Array.from({ length: n - 1 }, (_, i) => ({ name: `f${i}`, fileName: `f${i}.pdf`, content: PDF }))]),
    statuses: [400],
  })),
  fc.integer({ min: 21, max: 2000 }).map((n) => ({
    label: `a file part with ${n} headers`,
    body: multipart([{ ...file(), extraHeaders: n }]),
    // Headers over the limit are ignored, so the file itself is judged (the path's report is unknown).
    statuses: [400, 404, 413],
  })),
  fc.integer({ min: 101, max: 5000 }).map((n) => ({
    label: `a field name of ${n} characters`,
    body: multipart([{ name: 'n'.repeat(n), content: Buffer.from('x') }, file()]),
    statuses: [400],
  })),
);

/** JSON nested deeper than the API accepts, in objects, arrays or both, valid or cut off. */
export const deepJson: fc.Arbitrary<{ label: string; json: string }> = fc
  .record({ depth: fc.integer({ min: 33, max: 5000 }), kind: fc.constantFrom('array', 'object', 'mixed'), cut: fc.boolean() })
  .map(({ depth, kind, cut }) => {
    const open = (i: number) => (kind === 'array' || (kind === 'mixed' && i % 2) ? '[' : '{"a":');
    const close = (i: number) => (kind === 'array' || (kind === 'mixed' && i % 2) ? ']' : '}');
    let json = '';
    for (let i = 0; i < depth; i++) json += open(i);
    json += '1';
    if (!cut) for (let i = depth - 1; i >= 0; i--) json += close(i);
    return { label: `JSON ${kind} ${depth} deep${cut ? ', cut off' : ''}`, json };
  });

/** Query strings with bracketed keys nested deep, or one key repeated many times. */
export const deepQuery: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 6, max: 3000 }).map((depth) => `a${'[b]'.repeat(depth)}=1`),
  fc.integer({ min: 2, max: 2000 }).map((n) => Array(n).fill('limit=1').join('&')),
  fc.integer({ min: 2, max: 500 }).map((n) => `${Array.from({ length: n }, (_, i) => `offset[${i}]=1`).join('&')}`),
);
