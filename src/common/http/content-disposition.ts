/**
 * `Content-Disposition: attachment` for a file name of any characters: `filename` holds a plain
 * ASCII stand-in (characters outside printable ASCII, quotes, backslashes and % become `_`) for
 * old clients, `filename*` (RFC 5987/6266) the real name, UTF-8 percent-encoded.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/gu, '_');
  // A lone surrogate cannot be encoded as UTF-8 (encodeURIComponent would throw): it becomes U+FFFD.
  const wellFormed = fileName.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const encoded = encodeURIComponent(wellFormed).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
