/** The image formats a letterhead may have: both render in PDF (pdfkit) and Word (docx) as they are. */
export type LetterheadMediaType = 'image/png' | 'image/jpeg';

/** An organisation's letterhead image (a logo), checked to render when it was uploaded. */
export interface Letterhead {
  image: Buffer;
  mediaType: LetterheadMediaType;
  /** The image's own size in pixels. */
  width: number;
  height: number;
}

/** The room a letterhead may take at the top of a first page, in points (A4 is 595 × 842). */
export const LETTERHEAD_BOX = { width: 220, height: 60 };

/** The largest size that keeps the image's proportions within the box (either unit). */
export function fitLetterhead(image: { width: number; height: number }, box = LETTERHEAD_BOX): { width: number; height: number } {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}
