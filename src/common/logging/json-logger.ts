import { LoggerService, LogLevel } from '@nestjs/common';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * One JSON object per line on stdout, so logs can be searched by machine. A line about a request
 * carries its request id when the caller passes one in the message object (requestIdOf). Callers
 * never pass secrets or request bodies to it.
 */
export class JsonLogger implements LoggerService {
  private readonly enabled: Set<LogLevel>;

  constructor(level: LogLevel) {
    this.enabled = new Set(ORDER.slice(0, ORDER.indexOf(level) + 1));
  }

  log(message: unknown, context?: string) { this.write('log', message, context); }
  error(message: unknown, stackOrContext?: string, context?: string) {
    this.write('error', message, context ?? stackOrContext, context ? stackOrContext : undefined);
  }
  warn(message: unknown, context?: string) { this.write('warn', message, context); }
  debug(message: unknown, context?: string) { this.write('debug', message, context); }
  verbose(message: unknown, context?: string) { this.write('verbose', message, context); }
  fatal(message: unknown, context?: string) { this.write('fatal', message, context); }

  private write(level: LogLevel, message: unknown, context?: string, stack?: string): void {
    if (!this.enabled.has(level)) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, context };
    if (message !== null && typeof message === 'object') Object.assign(entry, message);
    else entry.message = String(message);
    if (stack) entry.stack = stack;
    process.stdout.write(`${JSON.stringify(entry)}\n`);
  }
}
