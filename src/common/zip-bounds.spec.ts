import JSZip from 'jszip';
import { isZip, zipRefusal } from './zip-bounds';

const zipOf = async (files: Record<string, Buffer | string>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE') => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression });
};
const bounds = { maxEntries: 5, maxUncompressedBytes: 1024 * 1024 };

describe('zipRefusal', () => {
  it('passes an archive within the bounds, stored or deflated', async () => {
    expect(zipRefusal(await zipOf({ 'a.xml': '<a/>', 'b.xml': 'x'.repeat(500_000) }), bounds)).toBeUndefined();
    expect(zipRefusal(await zipOf({ 'a.xml': '<a/>' }, 'STORE'), bounds)).toBeUndefined();
  });

  it('refuses a bomb by inflating it under a cap, whatever sizes it declares', async () => {
    const bomb = await zipOf({ 'a.xml': Buffer.alloc(600_000), 'b.xml': Buffer.alloc(600_000) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(zipRefusal(bomb, bounds)).toEqual({ code: expect.stringMatching(/^ZIP_TOO_LARGE/), params: { max: 1_048_576 } });
    // The central directory's declared size (offset 24 of its entry) rewritten to 1 byte changes nothing.
    const lying = Buffer.from(bomb);
    for (let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) lying.writeUInt32LE(1, at + 24);
    expect(zipRefusal(lying, bounds)?.code).toMatch(/^ZIP_TOO_LARGE/);
  });

  it('refuses too many entries and archives that are cut short or not zips', async () => {
    expect(zipRefusal(await zipOf(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.xml`, 'x']))), bounds)).toEqual({ code: 'ZIP_TOO_MANY_PARTS', params: { max: 5 } });
    const whole = await zipOf({ 'a.xml': 'x'.repeat(10_000) });
    expect(zipRefusal(whole.subarray(0, whole.length - 30), bounds)).toEqual({ code: 'ZIP_UNREADABLE' });
    expect(zipRefusal(Buffer.from('PK\x03\x04 not really'), bounds)).toEqual({ code: 'ZIP_UNREADABLE' });
  });

  it('tells a zip by its first bytes', async () => {
    expect(isZip(await zipOf({ 'a.xml': '<a/>' }))).toBe(true);
    expect(isZip(Buffer.from('reference;kind\n'))).toBe(false);
    expect(isZip(Buffer.alloc(2))).toBe(false);
  });
});
