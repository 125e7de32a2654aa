import { corruptPng, jpegHeader, pngImage } from '../../test/support/images';
import { checkLetterhead, LETTERHEAD_MAX_PIXELS } from './letterhead-check';

describe('checkLetterhead', () => {
  it('accepts a PNG that renders and gives its size in pixels', async () => {
    await expect(checkLetterhead(pngImage(300, 80))).resolves.toEqual({ ok: true, mediaType: 'image/png', width: 300, height: 80 });
  });

  it('accepts a JPEG by its first bytes', async () => {
    await expect(checkLetterhead(jpegHeader(640, 120))).resolves.toEqual({ ok: true, mediaType: 'image/jpeg', width: 640, height: 120 });
  });

  it('refuses a PDF or text, whatever the file is called', async () => {
    for (const content of [Buffer.from('%PDF-1.7\n'), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')]) {
      await expect(checkLetterhead(content)).resolves.toEqual({ ok: false, code: 'LETTERHEAD_NOT_IMAGE' });
    }
  });

  it('refuses a PNG whose image data is corrupt, without ending the process', async () => {
    await expect(checkLetterhead(corruptPng())).resolves.toEqual({ ok: false, code: 'LETTERHEAD_UNREADABLE', params: { format: 'PNG' } });
  });

  it('refuses an image larger than the pixel limit before decoding it', async () => {
    const result = await checkLetterhead(pngImage(LETTERHEAD_MAX_PIXELS + 1, 1));
    expect(result).toEqual({ ok: false, code: 'LETTERHEAD_TOO_MANY_PIXELS', params: { width: 4001, height: 1, max: 4000 } });
  });
});
