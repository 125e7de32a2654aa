/** The first retry waits about this long; each further one twice as long… */
const FIRST_RETRY_SECONDS = 30;
/** …up to this, so a mail server down for a morning is retried within the hour it is back. */
const LONGEST_RETRY_SECONDS = 3600;

/** How a delivery attempt failed, as nodemailer reports it. */
export interface DeliveryFailure {
  /** nodemailer's error code: EENVELOPE (MAIL FROM/RCPT refused), EMESSAGE (DATA refused), ECONNECTION, EAUTH, … */
  code?: string;
  /** The SMTP reply code, when the server answered. */
  responseCode?: number;
}

export type AfterFailure = { status: 'FAILED' } | { status: 'PENDING'; retryInSeconds: number };

/**
 * Seconds before retrying after the `attempts`-th attempt: exponential backoff with "equal jitter"
 * (half fixed, half random) so that messages failed together, and instances, do not retry in step.
 * `random` is in [0, 1).
 */
export function retryDelaySeconds(attempts: number, random: number): number {
  const ceiling = Math.min(LONGEST_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

/**
 * A 5xx reply to this message's envelope or content will not change on a retry (no such mailbox,
 * message refused); anything else may (4xx, connection lost, timeouts). A 5xx to authentication
 * is the service's configuration, not the message's, so it is retried like a lost connection.
 */
export function isPermanent(failure: DeliveryFailure): boolean {
  const refusedMessage = failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE';
  return refusedMessage && (failure.responseCode ?? 0) >= 500 && (failure.responseCode ?? 0) < 600;
}

/** What becomes of a message whose `attempts`-th attempt failed, with at most `maxAttempts` in all. */
export function afterFailure(attempts: number, maxAttempts: number, failure: DeliveryFailure, random: number): AfterFailure {
  if (isPermanent(failure) || attempts >= maxAttempts) return { status: 'FAILED' };
  return { status: 'PENDING', retryInSeconds: retryDelaySeconds(attempts, random) };
}
