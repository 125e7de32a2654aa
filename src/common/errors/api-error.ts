import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldError {
  @ApiProperty({ example: 'orgNumber', description: 'Path of the offending field, e.g. lines.0.count' })
  field: string;

  @ApiProperty({ example: ['orgNumber has a wrong check digit'] })
  messages: string[];
}

/** The one error shape of the whole API. */
export class ApiError {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'Validation failed: orgNumber has a wrong check digit' })
  message: string;

  @ApiPropertyOptional({ type: [FieldError], description: 'Present for validation errors' })
  fields?: FieldError[];
}
