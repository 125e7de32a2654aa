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
    expect(zipRefusal(bomb, bounds)).toContain('unpacks to more than 1048576 bytes');
    // The central directory's declared size (offset 24 of its entry) rewritten to 1 byte changes nothing.
    const lying = Buffer.from(bomb);
    for (let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) lying.writeUInt32LE(1, at + 24);
    expect(zipRefusal(lying, bounds)).toContain('unpacks to more than');
  });

  it('refuses too many entries and archives that are cut short or not zips', async () => {
    expect(zipRefusal(await zipOf(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.xml`, 'x']))), bounds)).toBe('holds more than 5 parts');
    const whole = await zipOf({ 'a.xml': 'x'.repeat(10_000) });
    expect(zipRefusal(whole.subarray(0, whole.length - 30), bounds)).toBe('is not a readable zip archive');
    expect(zipRefusal(Buffer.from('PK\x03\x04 not really'), bounds)).toBe('is not a readable zip archive');
  });

  it('tells a zip by its first bytes', async () => {
    expect(isZip(await zipOf({ 'a.xml': '<a/>' }))).toBe(true);
    expect(isZip(Buffer.from('reference;kind\n'))).toBe(false);
    expect(isZip(Buffer.alloc(2))).toBe(false);
  });
});
