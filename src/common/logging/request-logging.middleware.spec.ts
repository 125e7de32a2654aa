import { EventEmitter } from 'events';
import { Logger } from '@nestjs/common';
import { JsonLogger } from './json-logger';
import { requestIdOf, requestLogging } from './request-logging.middleware';

describe('request logging', () => {
  it('writes one JSON line with the request id and never the token, query or body', () => {
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    Logger.overrideLogger(new JsonLogger('log'));
    try {
      const headers: Record<string, string> = { authorization: 'Bearer secret-token-value', 'x-request-id': 'req-1' };
      const request = { method: 'POST', path: '/api/reports', header: (name: string) => headers[name], body: { ref: 'P-1' } };
      const response = Object.assign(new EventEmitter(), { statusCode: 201, setHeader: jest.fn() });
      const next = jest.fn();
      requestLogging(request as never, response as never, next);
      response.emit('finish');
      expect(next).toHaveBeenCalled();
      expect(response.setHeader).toHaveBeenCalledWith('X-Request-Id', 'req-1');
    } finally {
      write.mockRestore();
      Logger.overrideLogger(['error', 'warn', 'log']);
    }
    const entry = JSON.parse(lines.find((l) => l.includes('"request"')) ?? '{}');
    expect(entry).toMatchObject({ level: 'log', context: 'HTTP', requestId: 'req-1', method: 'POST', path: '/api/reports', status: 201 });
    expect(lines.join('')).not.toMatch(/secret-token-value|P-1/);
  });

  it('writes neither a personal identity number in the path nor one sent as the request id', () => {
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    Logger.overrideLogger(new JsonLogger('log'));
    const response = Object.assign(new EventEmitter(), { statusCode: 404, setHeader: jest.fn() });
    try {
      const headers: Record<string, string> = { 'x-request-id': '900101-1239' };
      const request = { method: 'GET', path: '/api/people/19900101-1239', header: (name: string) => headers[name] };
      requestLogging(request as never, response as never, jest.fn());
      response.emit('finish');
    } finally {
      write.mockRestore();
      Logger.overrideLogger(['error', 'warn', 'log']);
    }
    const entry = JSON.parse(lines.find((l) => l.includes('"request"')) ?? '{}');
    expect(entry.path).toBe('/api/people/[borttaget]');
    expect(response.setHeader).not.toHaveBeenCalledWith('X-Request-Id', '900101-1239');
    expect(lines.join('')).not.toMatch(/900101|1239/);
  });

  it('gives lines about the request its id through the response, with no async context', () => {
    const headers = new Map<string, unknown>();
    const response = Object.assign(new EventEmitter(), { statusCode: 200, setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value) });
    const request = { method: 'GET', path: '/api/health', header: () => 'req-7', res: { getHeader: (name: string) => headers.get(name.toLowerCase()) } };
    requestLogging(request as never, response as never, jest.fn());
    expect(requestIdOf(request as never)).toBe('req-7');
    expect(requestIdOf({} as never)).toBeUndefined();
  });
});
