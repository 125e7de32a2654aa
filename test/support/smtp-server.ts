import { AddressInfo } from 'net';
import { simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerError } from 'smtp-server';

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  /** The envelope: whom the server was asked to deliver to. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  messageId: string;
  /** The raw message as it came over the wire. */
  raw: string;
}

export interface TestSmtpServer {
  /** For SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Deliveries refused so far. */
  refusals: number;
  /** Refuses the next `count` deliveries at RCPT TO with `code` (451: try again later). */
  refuseNext(count: number, code?: number): void;
  /** Waits until `count` messages have arrived in all (10 s at most) and returns them. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** The messages that arrived for one address. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free local port, which parses every message
 * with `mailparser` and keeps it. Plain SMTP without authentication or STARTTLS, as a relay on the
 * same host would be.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let toRefuse = 0;
  let refuseWith = 451;
  const state = { refusals: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (toRefuse === 0) return callback();
      toRefuse--;
      state.refusals++;
      const error: SMTPServerError = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: refuseWith });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: mail.from?.text ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
              raw: raw.toString('utf8'),
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get refusals() {
      return state.refusals;
    },
    refuseNext(count, code = 451) {
      toRefuse = count;
      refuseWith = code;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`Expected ${count} messages, ${received.length} arrived within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return received;
    },
    to: (address) => received.filter((mail) => mail.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
