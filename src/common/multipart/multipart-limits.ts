import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';

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
      return new PayloadTooLargeException(`The file is larger than the limit of ${limits.fileSize} bytes`);
    case 'LIMIT_FIELD_VALUE':
      return new PayloadTooLargeException(`A multipart text field is larger than the limit of ${limits.fieldSize} bytes`);
    case 'LIMIT_FIELD_KEY':
      return new BadRequestException(`A multipart field name is longer than the limit of ${limits.fieldNameSize} bytes`);
    case 'LIMIT_FIELD_COUNT':
      return new BadRequestException(`A multipart request may hold at most ${limits.fields} text fields`);
    case 'LIMIT_FILE_COUNT':
      return new BadRequestException(`A multipart request may hold at most ${limits.files} file, sent as field "file"`);
    case 'LIMIT_PART_COUNT':
      return new BadRequestException(`A multipart request may hold at most ${limits.parts} parts`);
    case 'LIMIT_UNEXPECTED_FILE':
      return new BadRequestException('The file must be sent as multipart field "file"');
    default:
      return new BadRequestException(`The multipart body is malformed: ${code ? 'bad field name' : message.slice(0, 100)}`);
  }
}
