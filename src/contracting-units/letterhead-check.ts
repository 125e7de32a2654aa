import { Worker } from 'worker_threads';
import { LETTERHEAD_BOX, LetterheadMediaType } from '../common/letterhead';
import { detectEvidenceType } from '../reporting/file-type';

/** The largest letterhead file accepted. */
export const LETTERHEAD_MAX_BYTES = 512 * 1024;
/** The largest width and height in pixels: ample for a logo, and it bounds the memory a render decodes into. */
export const LETTERHEAD_MAX_PIXELS = 4000;

export type LetterheadCheck =
  | { ok: true; mediaType: LetterheadMediaType; width: number; height: number }
  | { ok: false; code: string; params?: Record<string, string | number> };

const RENDER_TIMEOUT_MS = 10_000;

/**
 * Renders the image once into a throwaway PDF in a worker thread. pdfkit decodes a PNG's pixels in a
 * zlib callback and throws there on corrupt data; in the service process that would end the process
 * on every later render of the unit's documents, in a worker it only ends the worker.
 */
const RENDER_IN_WORKER = `
const { parentPort, workerData } = require('worker_threads');
const PDFDocument = require(workerData.pdfkit);
const doc = new PDFDocument({ autoFirstPage: false });
const image = doc.openImage(workerData.content);
if (image.width > workerData.maxPixels || image.height > workerData.maxPixels) {
  parentPort.postMessage({ tooLarge: true, width: image.width, height: image.height });
} else {
  doc.addPage();
  doc.image(image, 0, 0, { fit: workerData.box });
  doc.on('data', () => undefined);
  doc.on('end', () => parentPort.postMessage({ width: image.width, height: image.height }));
  doc.end();
}`;

/** Whether the file is a PNG or JPEG (by its first bytes) that renders, and its size in pixels. */
export async function checkLetterhead(content: Buffer): Promise<LetterheadCheck> {
  const mediaType = detectEvidenceType(content);
  if (mediaType !== 'image/png' && mediaType !== 'image/jpeg') {
    return { ok: false, code: 'LETTERHEAD_NOT_IMAGE' };
  }
  try {
    const rendered = await renderInWorker(content);
    if (rendered.tooLarge) {
      return { ok: false, code: 'LETTERHEAD_TOO_MANY_PIXELS', params: { width: rendered.width, height: rendered.height, max: LETTERHEAD_MAX_PIXELS } };
    }
    return { ok: true, mediaType, width: rendered.width, height: rendered.height };
  } catch {
    return { ok: false, code: 'LETTERHEAD_UNREADABLE', params: { format: mediaType === 'image/png' ? 'PNG' : 'JPEG' } };
  }
}

function renderInWorker(content: Buffer): Promise<{ width: number; height: number; tooLarge?: boolean }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(RENDER_IN_WORKER, {
      eval: true,
      workerData: { pdfkit: require.resolve('pdfkit'), content, maxPixels: LETTERHEAD_MAX_PIXELS, box: [LETTERHEAD_BOX.width, LETTERHEAD_BOX.height] },
    });
    const timer = setTimeout(() => void worker.terminate().then(() => reject(new Error('The image took too long to render'))), RENDER_TIMEOUT_MS);
    worker.once('message', (result) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      reject(new Error('The image check ended without an answer'));
    });
  });
}
