import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import { Observable, finalize } from 'rxjs';
import { AuthUser, principalOf } from '../auth/role';
import { CodedException } from '../common/errors/coded-exception';
import './report-errors.messages';

/** What a refused upload is told to wait, in seconds: about as long as a 5 000-row upload takes. */
export const UPLOAD_RETRY_AFTER_SECONDS = 10;

/**
 * Counts the CSV uploads each supplier has in progress on this instance. In process, not shared
 * through PostgreSQL: what an upload uses up — memory for the file, a core to parse and validate
 * it, a pooled connection to write it — is this instance's, so this instance's count is what keeps
 * one supplier from starving the others here; it costs no round trip and leaves nothing behind
 * after a crash. The trade: behind a load balancer a supplier may run this many uploads on each
 * instance at once.
 */
@Injectable()
export class UploadSlots {
  private readonly inProgress = new Map<string, number>();
  private readonly perSupplier: number;

  constructor(config: ConfigService) {
    this.perSupplier = config.getOrThrow<number>('csvUploadsPerSupplier');
  }

  /** A slot for the supplier, with the function that gives it back (once); undefined when all are taken. */
  take(supplier: string): (() => void) | undefined {
    const taken = this.inProgress.get(supplier) ?? 0;
    if (taken >= this.perSupplier) return undefined;
    this.inProgress.set(supplier, taken + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inProgress.get(supplier) ?? 1) - 1;
      if (left > 0) this.inProgress.set(supplier, left);
      else this.inProgress.delete(supplier);
    };
  }
}

/**
 * Refuses an upload with 429 and Retry-After while the supplier has all its slots in use. Placed
 * before the file interceptor, so a refused upload is never read into memory.
 */
@Injectable()
export class LimitConcurrentUploads implements NestInterceptor {
  constructor(private readonly slots: UploadSlots) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const user = http.getRequest<Request & { user: AuthUser }>().user;
    const release = this.slots.take(principalOf(user));
    if (!release) {
      http.getResponse<Response>().setHeader('Retry-After', String(UPLOAD_RETRY_AFTER_SECONDS));
      throw new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'UPLOADS_BUSY', { seconds: UPLOAD_RETRY_AFTER_SECONDS });
    }
    return next.handle().pipe(finalize(release));
  }
}
