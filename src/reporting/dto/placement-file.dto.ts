import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Lang } from '../../clauses/text/labels';

const LANGS = ['sv', 'en'] as const;

export class PlacementFileQueryDto {
  @ApiPropertyOptional({ enum: LANGS, description: 'Language of the headers and instructions; default from Accept-Language, else Swedish' })
  @IsOptional() @IsIn(LANGS)
  lang?: Lang;
}
