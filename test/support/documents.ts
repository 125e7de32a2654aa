import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Response } from 'superagent';

/** Supertest parser that keeps the response body as bytes. */
export function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Runs a poppler tool on a PDF given on its standard input (poppler reads `fd://0`), leaving no file behind. */
const poppler = (tool: string, args: string[], pdf: Buffer): string => execFileSync(tool, args, { input: pdf, encoding: 'utf8' });

/** Runs `read` on the bytes written to a temporary file, for the tools that cannot read standard input; the file is removed after. */
function withTempFile<T>(content: Buffer, name: string, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'document-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, content);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of a PDF via poppler's pdftotext; `args` such as `-layout` or a crop (-x -y -W -H, in points). */
export function pdfText(pdf: Buffer, args: string[] = []): string {
  return poppler('pdftotext', [...args, 'fd://0', '-'], pdf);
}

/** The images a PDF draws, as poppler's pdfimages lists them (one line per image). */
export function pdfImages(pdf: Buffer): string[] {
  return poppler('pdfimages', ['-list', 'fd://0'], pdf).split('\n').slice(2).filter((line) => line.trim());
}

/** Each page's size in points, e.g. "595.28 x 841.89" for A4 (poppler's pdfinfo). */
export function pdfPageSizes(pdf: Buffer): string[] {
  const info = poppler('pdfinfo', ['-f', '1', '-l', '999', 'fd://0'], pdf);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((m) => m[1]);
}

/** The runs of text that are set in a bold font, in reading order (poppler's pdftohtml marks them <b>). */
export function pdfBoldTexts(pdf: Buffer): string[] {
  const xml = withTempFile(pdf, 'document.pdf', (file) => execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file], { encoding: 'utf8' }));
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...xml.matchAll(/<b>(.*?)<\/b>/g)].map((m) => m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]));
}

/** The text of a Word document's body, paragraph by paragraph (mammoth). */
export async function docxText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

/** A Word document's body as HTML: its heading styles become h1–h6, bold <strong>, lists <ul>/<ol> (mammoth). */
export async function docxHtml(docx: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: docx })).value;
}

/** One part of the Word package, e.g. word/footer1.xml. */
export async function docxPart(docx: Buffer, path: string): Promise<Buffer | undefined> {
  return (await JSZip.loadAsync(docx)).file(path)?.async('nodebuffer');
}

/** The names of the parts of the Word package. */
export async function docxParts(docx: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(docx)).files);
}
