/** The evidence formats accepted, recognised by their first bytes (never by name or declared type). */
const SIGNATURES: { contentType: string; magic: number[] }[] = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export const EVIDENCE_TYPES = SIGNATURES.map((s) => s.contentType);

export function detectEvidenceType(content: Buffer): string | undefined {
  return SIGNATURES.find((s) => content.length >= s.magic.length && s.magic.every((byte, i) => content[i] === byte))?.contentType;
}
