import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { readFileSync } from 'fs';
import { join } from 'path';
import { bandedPng } from '../common/png';

/** The city blue of the header, as the icon's colour. */
const CITY_BLUE: [number, number, number] = [0, 60, 140];

/** An icon changes with a release at most; browsers may keep it a year. */
export const ICON_CACHE = 'public, max-age=31536000, immutable';

/**
 * `/favicon.ico` for browsers and tools that ask for it without reading the page's link: an ICO
 * holding one 32×32 PNG (allowed since Windows Vista and read by every current browser).
 */
export function faviconIco(): Buffer {
  const png = bandedPng(32, 32, CITY_BLUE);
  const header = Buffer.from([0, 0, 1, 0, 1, 0]); // reserved, type 1 = icon, one image
  const entry = Buffer.alloc(16);
  entry.set([32, 32, 0, 0], 0); // width, height, no palette, reserved
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(header.length + entry.length, 12);
  return Buffer.concat([header, entry, png]);
}

/** Serves `/favicon.ico` and `/favicon.svg` (the page's link rel=icon) with a long cache. */
export function faviconMiddleware(root: string): RequestHandler {
  const icons: Record<string, { type: string; body: Buffer }> = {
    '/favicon.ico': { type: 'image/x-icon', body: faviconIco() },
    '/favicon.svg': { type: 'image/svg+xml', body: readFileSync(join(root, 'favicon.svg')) },
  };
  return (req: Request, res: Response, next: NextFunction) => {
    const icon = icons[req.path];
    if (!icon || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.setHeader('Content-Type', icon.type);
    res.setHeader('Cache-Control', ICON_CACHE);
    res.setHeader('Content-Length', icon.body.length);
    res.end(req.method === 'HEAD' ? undefined : icon.body);
  };
}
