import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CodedTextDto } from '../coded-text.dto';
import type { Coded } from '../i18n';

export class FieldError {
  @ApiProperty({ example: 'orgNumber', description: 'Path of the offending field, e.g. lines.0.count' })
  field: string;

  // Both are optional in the type only, so rules and parsers can hand on either (codes, or for a
  // command line English words); the exception filter always answers with both.
  @ApiProperty({ example: ['orgNumber har fel kontrollsiffra'], description: 'In the language of Accept-Language (sv default)' })
  messages?: string[];

  @ApiProperty({ type: [CodedTextDto], description: 'The same texts as stable codes with their parameters' })
  codes?: Coded[];
}

/** The one error shape of the whole API. */
export class ApiError {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'A stable code for the error; the message may change wording' })
  code: string;

  @ApiPropertyOptional({ example: { details: 'orgNumber har fel kontrollsiffra' }, type: Object })
  params?: Coded['params'];

  @ApiProperty({
    example: 'Rätta uppgifterna: orgNumber har fel kontrollsiffra',
    description: 'The error in the language of Accept-Language: Swedish unless English is preferred',
  })
  message: string;

  @ApiPropertyOptional({ type: [FieldError], description: 'Present for validation errors' })
  fields?: FieldError[];
}
