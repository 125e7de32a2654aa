/** The evidence formats accepted, recognised by their first bytes (never by name or declared type). */
const SIGNATURES: { contentType: string; magic: number[]; extensions: string[] }[] = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['.pdf'] }, // %PDF-
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ['.png'] },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff], extensions: ['.jpg', '.jpeg'] },
];

export const EVIDENCE_TYPES = SIGNATURES.map((s) => s.contentType);

export function detectEvidenceType(content: Buffer): string | undefined {
  return SIGNATURES.find((s) => content.length >= s.magic.length && s.magic.every((byte, i) => content[i] === byte))?.contentType;
}

/**
 * The file name with an extension that matches the detected type: kept when it already ends in one
 * (`intyg.PDF`, `foto.jpeg`), else the type's extension is added, so the name the file was sent
 * under stays readable (`poly.html` holding a PDF becomes `poly.html.pdf`). A browser saving the
 * file then opens it as what it is. At most `maxLength` characters, the extension kept.
 */
export function withTypeExtension(name: string, contentType: string, maxLength = 255): string {
  const extensions = SIGNATURES.find((s) => s.contentType === contentType)?.extensions;
  if (!extensions) throw new Error(`Not an evidence type: ${contentType}`);
  const characters = [...name];
  const lower = name.toLowerCase();
  if (characters.length <= maxLength && extensions.some((extension) => lower.endsWith(extension))) return name;
  return characters.slice(0, maxLength - extensions[0].length).join('') + extensions[0];
}
