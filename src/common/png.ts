import { crc32, deflateSync } from 'zlib';

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A letterhead-like PNG (8-bit RGBA): a coloured band (dark blue unless told) on a transparent
 * ground. `pixels` replaces the compressed image data (tests use it to make a corrupt file).
 */
export function bandedPng(width: number, height: number, colour: [number, number, number] = [0, 60, 140], pixels?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, not interlaced
  const row = (y: number) => {
    const line = Buffer.alloc(1 + width * 4); // filter byte 0, then RGBA
    const band = y > height / 4 && y < (height * 3) / 4;
    for (let x = 0; x < width; x++) line.set(band ? [...colour, 255] : [0, 0, 0, 0], 1 + x * 4);
    return line;
  };
  const data = pixels ?? deflateSync(Buffer.concat(Array.from({ length: height }, (_, y) => row(y))));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
