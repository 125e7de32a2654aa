import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A text as a stable code with its parameters (see src/common/i18n); a program renders it itself. */
export class CodedTextDto {
  @ApiProperty({ example: 'STATUS_LINE' }) code: string;
  @ApiPropertyOptional({
    type: 'object', additionalProperties: true, example: { kind: 'STATUS_KIND_EMPLOYMENT', delivered: 14, required: 24 },
    description: 'Numbers, ISO dates, names; a value that is itself a code is rendered through the catalog',
  })
  params?: Record<string, string | number | boolean | null>;
}
