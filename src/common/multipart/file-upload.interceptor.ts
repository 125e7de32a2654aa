import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { multipartLimitException, multipartLimits, MultipartLimits } from './multipart-limits';

/**
 * Reads the one file of a multipart request (field `file`) into memory, within the limits of
 * `multipartLimits` (file size: EVIDENCE_MAX_BYTES). Every upload route uses this one definition.
 */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  private readonly limits: MultipartLimits;
  private readonly upload: ReturnType<ReturnType<typeof multer>['single']>;

  constructor(config: ConfigService) {
    this.limits = multipartLimits(config.getOrThrow<number>('evidenceMaxBytes'));
    this.upload = multer({ storage: multer.memoryStorage(), limits: this.limits }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) =>
      this.upload(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) =>
        error ? reject(multipartLimitException((error as { code?: string }).code, String((error as Error).message ?? error), this.limits)) : resolve(),
      ),
    );
    return next.handle();
  }
}
