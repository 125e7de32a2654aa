import { detectEvidenceType, withTypeExtension } from './file-type';

describe('detectEvidenceType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n...'), 'application/pdf'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
  ])('recognises %s by its bytes', (_name, content, type) => {
    expect(detectEvidenceType(content)).toBe(type);
  });

  it.each([
    ['plain text', Buffer.from('hello')],
    ['an executable', Buffer.from([0x4d, 0x5a, 0x90, 0x00])],
    ['a truncated PNG header', Buffer.from([0x89, 0x50, 0x4e])],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_name, content) => {
    expect(detectEvidenceType(content)).toBeUndefined();
  });
});

describe('withTypeExtension', () => {
  it.each([
    ['intyg.pdf', 'application/pdf', 'intyg.pdf'],
    ['INTYG.PDF', 'application/pdf', 'INTYG.PDF'],
    ['foto.jpeg', 'image/jpeg', 'foto.jpeg'],
    ['foto.JPG', 'image/jpeg', 'foto.JPG'],
    ['poly.html', 'application/pdf', 'poly.html.pdf'],
    ['kvitto.txt', 'image/jpeg', 'kvitto.txt.jpg'],
    ['bild.pdf', 'image/png', 'bild.pdf.png'],
    ['avtal', 'application/pdf', 'avtal.pdf'],
  ])('gives %s holding %s the name %s', (name, type, expected) => {
    expect(withTypeExtension(name, type)).toBe(expected);
  });

  it('keeps the extension when the name is at the length limit, counting characters not UTF-16 units', () => {
    const long = `${'å'.repeat(200)}${'😀'.repeat(60)}.html`;
    const named = withTypeExtension(long, 'application/pdf');
    expect([...named]).toHaveLength(255);
    expect(named.endsWith('😀.pdf')).toBe(true);
  });

  it('refuses a type that is not evidence', () => {
    expect(() => withTypeExtension('a.html', 'text/html')).toThrow();
  });
});
