import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeSelfSignedCertificate } from './certificate';

export interface FixtureResponse {
  status?: number;
  contentType?: string;
  body: string | Buffer;
  /** Delay before answering, to simulate a slow API. */
  delayMs?: number;
  /** More response headers (a page's Content-Security-Policy, say). */
  headers?: Record<string, string>;
}

/** Answers one request, or returns undefined for a 404. `url` has the real host name. */
export type FixtureRoute = (url: URL, request: IncomingMessage) => FixtureResponse | undefined;

export interface FixtureServer {
  port: number;
  /** Every request the server saw, as full URLs with their real host names. */
  requests: URL[];
  close(): Promise<void>;
}

/**
 * One https server on 127.0.0.1 standing in for every job site: Chromium resolves the real
 * host names to it (--host-resolver-rules), so the extension's real `matches` are exercised.
 */
export async function startFixtureServer(hosts: readonly string[], route: FixtureRoute): Promise<FixtureServer> {
  const requests: URL[] = [];
  const server = createServer(makeSelfSignedCertificate(hosts), (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'unknown'}`);
    requests.push(url);
    const answer = route(url, request) ?? { status: 404, contentType: 'text/plain', body: 'not found' };
    const send = () => {
      response.writeHead(answer.status ?? 200, {
        'content-type': answer.contentType ?? 'text/html; charset=utf-8',
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
        ...answer.headers,
      });
      response.end(answer.body);
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
