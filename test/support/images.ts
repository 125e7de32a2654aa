import { bandedPng } from '../../src/common/png';

/**
 * A letterhead-like PNG (8-bit RGBA): a dark blue band on a transparent ground, so a test can see
 * it in a rendered page. `pixels` replaces the compressed image data (to make a corrupt file).
 */
export function pngImage(width: number, height: number, pixels?: Buffer): Buffer {
  return bandedPng(width, height, undefined, pixels);
}

/** A PNG whose header is sound and whose image data is not a zlib stream. */
export function corruptPng(): Buffer {
  return pngImage(40, 10, Buffer.from('not a zlib stream at all'));
}

/**
 * The smallest JPEG pdfkit reads: start of image, a baseline frame header (8 bits, height, width,
 * 3 components) and end of image. pdfkit passes JPEG data through undecoded, as PDF viewers decode it.
 */
export function jpegHeader(width: number, height: number): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), frame, Buffer.from([0xff, 0xd9])]);
}
