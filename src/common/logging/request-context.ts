import { AsyncLocalStorage } from 'async_hooks';

/** The request id of the request being served, for log lines written anywhere below it. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;
