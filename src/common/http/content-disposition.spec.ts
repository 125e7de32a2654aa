import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('gives an ASCII stand-in and the real name UTF-8 encoded', () => {
    expect(attachmentDisposition('anställningsavtal.pdf')).toBe(
      `attachment; filename="anst_llningsavtal.pdf"; filename*=UTF-8''anst%C3%A4llningsavtal.pdf`,
    );
  });

  it('keeps a percent sign, quote or apostrophe from breaking either name', () => {
    const header = attachmentDisposition(`100% "klart" it's.pdf`);
    expect(header).toBe(`attachment; filename="100_ _klart_ it's.pdf"; filename*=UTF-8''100%25%20%22klart%22%20it%27s.pdf`);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1])).toBe(`100% "klart" it's.pdf`);
  });

  it('encodes a character outside the Basic Multilingual Plane as one UTF-8 sequence', () => {
    expect(attachmentDisposition('😀.png')).toContain(`filename="_.png"`);
    expect(attachmentDisposition('😀.png')).toContain(`filename*=UTF-8''%F0%9F%98%80.png`);
  });

  it('does not throw for a lone surrogate', () => {
    expect(attachmentDisposition('a\uD800b.pdf')).toContain(`filename*=UTF-8''a%EF%BF%BDb.pdf`);
  });
});
