import { STATUS_CODES } from 'http';
import type { Server } from 'http';
import type { Duplex } from 'stream';

const PERCENT_ENCODE_HINT =
  "The request line or a header is malformed. Percent-encode spaces and characters outside ASCII in the URL (curl -G --data-urlencode 'q=städ' does it).";

/** The status and message for a request Node's HTTP parser refused before the app saw it. */
export function clientErrorAnswer(code: string | undefined): { statusCode: number; message: string } {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { statusCode: 431, message: 'The request headers are larger than the server accepts' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { statusCode: 408, message: 'The request was not received in time' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { statusCode: 413, message: 'The chunk extensions are larger than the server accepts' };
    default:
      return { statusCode: 400, message: PERCENT_ENCODE_HINT };
  }
}

/**
 * Answers requests that Node's HTTP parser refuses (a raw `ä` in the URL, an oversized header)
 * with the API's JSON error shape instead of Node's empty 400. Node hands these over before there
 * is a request or response object, so the answer is written to the socket directly; a socket that
 * is gone or already carries a response is only closed.
 */
export function answerMalformedRequestsWithJson(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const response = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
      socket.destroy();
      return;
    }
    const { statusCode, message } = clientErrorAnswer(error.code);
    const reason = STATUS_CODES[statusCode] ?? 'Error';
    const body = JSON.stringify({ statusCode, error: reason, message });
    socket.end(
      `HTTP/1.1 ${statusCode} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
