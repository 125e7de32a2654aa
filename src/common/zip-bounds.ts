import { inflateRawSync } from 'node:zlib';
import type { Coded } from './i18n';

/** A zip archive (and so an .xlsx or .docx) starts with a local file header: "PK\3\4". */
export function isZip(content: Buffer): boolean {
  return content.length >= 4 && content.readUInt32LE(0) === 0x04034b50;
}

export interface ZipBounds {
  maxEntries: number;
  /** The most bytes all entries may inflate to together. */
  maxUncompressedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Why an archive is refused before any library unpacks it, or undefined when it is within bounds.
 * The sizes an archive declares can lie (a zip bomb declares a few bytes and inflates to
 * gigabytes), so each entry is inflated here with a hard cap on its output: what passes this check
 * unpacks to at most `maxUncompressedBytes`, whichever reader opens it next.
 */
export function zipRefusal(content: Buffer, bounds: ZipBounds): Coded | undefined {
  const end = findEndOfDirectory(content);
  if (end < 0) return { code: 'ZIP_UNREADABLE' };
  const entries = content.readUInt16LE(end + 10);
  if (entries > bounds.maxEntries) return { code: 'ZIP_TOO_MANY_PARTS', params: { max: bounds.maxEntries } };
  let at = content.readUInt32LE(end + 16);
  let budget = bounds.maxUncompressedBytes;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== DIRECTORY_ENTRY) return { code: 'ZIP_UNREADABLE' };
    const method = content.readUInt16LE(at + 10);
    const compressed = content.readUInt32LE(at + 20);
    const local = content.readUInt32LE(at + 42);
    at += 46 + content.readUInt16LE(at + 28) + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
    if (local + 30 > content.length || content.readUInt32LE(local) !== LOCAL_HEADER) return { code: 'ZIP_UNREADABLE' };
    const start = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28);
    if (start + compressed > content.length) return { code: 'ZIP_UNREADABLE' };
    const data = content.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = compressed;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(budget, 1) }).length;
      } catch {
        return { code: 'ZIP_TOO_LARGE_OR_DAMAGED', params: { max: bounds.maxUncompressedBytes } };
      }
    } else return { code: 'ZIP_UNKNOWN_COMPRESSION' };
    budget -= size;
    if (budget < 0) return { code: 'ZIP_TOO_LARGE', params: { max: bounds.maxUncompressedBytes } };
  }
  return undefined;
}

/** The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KiB. */
function findEndOfDirectory(content: Buffer): number {
  for (let at = content.length - 22; at >= Math.max(0, content.length - 22 - 0xffff); at--) {
    if (content.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
