import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';
import { Lang, langOf } from '../i18n';

/** The reader's language from the request's Accept-Language (Swedish unless English comes first). */
export const ReaderLang = createParamDecorator((_data: unknown, ctx: ExecutionContext): Lang =>
  langOf(ctx.switchToHttp().getRequest<Request>().headers['accept-language']),
);
