import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Lang } from '../../clauses/text/labels';

const LANGS = ['sv', 'en'] as const;

export class PlacementFileQueryDto {
  @ApiPropertyOptional({ enum: LANGS, description: 'Language of the headers and instructions; default from Accept-Language, else Swedish' })
  @IsOptional() @IsIn(LANGS)
  lang?: Lang;
}

/**
 * The template's language: `lang` when given, else English only when the first language the
 * client accepts is English (the interface sends its own), else Swedish.
 */
export function templateLang(query: PlacementFileQueryDto, acceptLanguage: string | undefined): Lang {
  if (query.lang) return query.lang;
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'sv';
}
