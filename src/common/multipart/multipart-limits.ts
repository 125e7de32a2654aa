import { HttpException } from '@nestjs/common';
import { badRequest, tooLarge } from '../errors/coded-exception';

/**
 * What one multipart request may hold: one file and a few short text fields (a browser form may
 * send its other inputs along). The parser checks each limit as the bytes arrive, so a request over
 * one is refused without being buffered.
 */
export interface MultipartLimits {
  fileSize: number;
  files: number;
  fields: number;
  fieldSize: number;
  fieldNameSize: number;
  parts: number;
  headerPairs: number;
}

export const MULTIPART_TEXT_FIELDS = 5;
export const MULTIPART_FIELD_BYTES = 10 * 1024;

export function multipartLimits(fileSize: number): MultipartLimits {
  return {
    fileSize,
    files: 1,
    fields: MULTIPART_TEXT_FIELDS,
    fieldSize: MULTIPART_FIELD_BYTES,
    fieldNameSize: 100,
    parts: MULTIPART_TEXT_FIELDS + 1,
    headerPairs: 20,
  };
}

/**
 * The HTTP error for a request the multipart parser stopped: 413 for a size over its limit, 400 for
 * a count over its limit or a malformed body. Messages name the limit, never a field name or value
 * (the client chose those). `code` is multer's error code; undefined for the parser's own errors.
 */
export function multipartLimitException(code: string | undefined, message: string, limits: MultipartLimits): HttpException {
  switch (code) {
    case 'LIMIT_FILE_SIZE':
      return tooLarge('MULTIPART_FILE_TOO_LARGE', { limit: limits.fileSize });
    case 'LIMIT_FIELD_VALUE':
      return tooLarge('MULTIPART_FIELD_TOO_LARGE', { limit: limits.fieldSize });
    case 'LIMIT_FIELD_KEY':
      return badRequest('MULTIPART_FIELD_NAME_TOO_LONG', { limit: limits.fieldNameSize });
    case 'LIMIT_FIELD_COUNT':
      return badRequest('MULTIPART_TOO_MANY_FIELDS', { limit: limits.fields });
    case 'LIMIT_FILE_COUNT':
      return badRequest('MULTIPART_TOO_MANY_FILES', { limit: limits.files });
    case 'LIMIT_PART_COUNT':
      return badRequest('MULTIPART_TOO_MANY_PARTS', { limit: limits.parts });
    case 'LIMIT_UNEXPECTED_FILE':
      return badRequest('MULTIPART_UNEXPECTED_FILE');
    default:
      return code ? badRequest('MULTIPART_MALFORMED') : badRequest('MULTIPART_MALFORMED_DETAIL', { detail: message.slice(0, 100) });
  }
}
