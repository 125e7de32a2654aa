/**
 * An uploaded file's own name as it is stored: without any folder part or control characters, at
 * most 255 characters. Multipart parsing reads names as Latin-1; a name that is valid UTF-8 read that
 * way is decoded. The personal-data screen checks this cleaned name, not the raw one, so that what
 * is checked is what is stored (`900101<TAB>1239.pdf` is stored as `9001011239.pdf`).
 *
 * Browsers send a quote, CR and LF in a multipart file name as %22, %0D and %0A (HTML's form
 * encoding); those three are read back first, so a name chosen in the browser is stored as the
 * same name sent through the API (both without the quote or line break).
 */
export function cleanFileName(raw: string): string {
  const bytes = Buffer.from(raw, 'latin1');
  const utf8 = bytes.toString('utf8');
  const name = /[^\x00-\xff]/.test(raw) || utf8.includes('\uFFFD') ? raw : utf8;
  const base = name.replace(/%22|%0d|%0a/gi, (escape) => decodeURIComponent(escape)).split(/[\\/]/).pop() ?? '';
  return base.replace(/[\x00-\x1f\x7f"]/g, '').slice(0, 255) || 'evidence';
}
