import { describeIssues } from '../db/describe-issues';
import { StorageError } from '../db/storage-error';
import { Request, type ErrorResponse, type RequestOf, type RequestType, type Response, type ResponseFor } from './protocol';

/** One handler per request type; what a handler may use (`Context`) is the receiver's business. */
export type Handlers<Context> = {
  [T in RequestType]: (request: RequestOf<T>, context: Context) => Promise<ResponseFor<T>>;
};

/** Who sent a message: the extension's own pages, or a content script inside a job site's page. */
export type MessageOrigin = 'extension' | 'content-script';

/**
 * What a content script may ask. It runs inside pages we do not control, so a compromised
 * page context must not be able to list, delete or rewrite the user's saved jobs.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'page/annotate',
  'jobs/save',
  'jobs/lookup',
  'jobs/marks',
  'display/update',
  'options/open',
  'page/inject-part',
]);

/**
 * Parses an incoming message, then dispatches it. A malformed message gets an error answer
 * and a log line naming what was wrong; it never reaches a handler half-parsed. A handler
 * that fails answers `{ error }` too — a storage failure with the StorageError's message for
 * the user — so the sender always hears back instead of waiting on a rejected promise.
 */
export async function dispatchRequest<Context>(
  message: unknown,
  handlers: Handlers<Context>,
  context: Context,
  origin: MessageOrigin,
): Promise<Response | ErrorResponse> {
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const error = `rejected message: ${describeIssues(parsed.error)}`;
    console.warn(`[jobmark] ${error}`);
    return { error };
  }
  const request = parsed.data;
  if (origin === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
    const error = `rejected message: a content script may not send ${request.type}`;
    console.warn(`[jobmark] ${error}`);
    return { error };
  }
  try {
    const handler = handlers[request.type] as (request: Request, context: Context) => Promise<Response>;
    return await handler(request, context);
  } catch (error) {
    console.error(`[jobmark] ${request.type} failed`, error);
    if (error instanceof StorageError) return { error: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { error: `Jobmark could not complete ${request.type}: ${detail}` };
  }
}
