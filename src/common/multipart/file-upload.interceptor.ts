import { CallHandler, ExecutionContext, Injectable, mixin, NestInterceptor, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { multipartLimitException, multipartLimits, MultipartLimits } from './multipart-limits';

/**
 * An interceptor that reads the one file of a multipart request (field `file`) into memory, within
 * the limits of `multipartLimits` with a file size of `fileSize(config)`. Every upload route uses
 * one of these; each kind of file has its own largest size.
 */
export function fileUploadInterceptor(fileSize: (config: ConfigService) => number): Type<NestInterceptor> {
  @Injectable()
  class FileUpload implements NestInterceptor {
    private readonly limits: MultipartLimits;
    private readonly upload: ReturnType<ReturnType<typeof multer>['single']>;

    constructor(config: ConfigService) {
      this.limits = multipartLimits(fileSize(config));
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
  return mixin(FileUpload);
}

/** Evidence files and placement CSV uploads, up to EVIDENCE_MAX_BYTES. */
export const FileUploadInterceptor = fileUploadInterceptor((config) => config.getOrThrow<number>('evidenceMaxBytes'));
