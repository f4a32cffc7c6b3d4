import { browser } from 'wxt/browser';
import { ErrorResponse, RESPONSES, type RequestOf, type RequestType, type ResponseFor } from './protocol';

/** The background answered `{ error }`: `message` is written for the user. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly requestType: RequestType,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sends a request to the background and returns its typed answer. Throws a RequestError
 * carrying the background's message when it answers `{ error }`, and an Error when nothing
 * or something unexpected comes back (e.g. the extension was reloaded under a content script).
 */
export async function sendRequest<T extends RequestType>(request: RequestOf<T>): Promise<ResponseFor<T>> {
  const type: T = request.type;
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(request);
  } catch (error) {
    throw new RequestError(type, `Jobmark's background did not answer (${errorText(error)}). Reload the page and try again.`);
  }
  const failure = ErrorResponse.safeParse(answer);
  if (failure.success) throw new RequestError(type, failure.data.error);
  // The background is trusted, but a version skew after an update is not impossible: check.
  const parsed = RESPONSES[type].safeParse(answer);
  if (!parsed.success) {
    throw new RequestError(type, `Jobmark's background gave an unexpected answer to ${type}. Reload the page and try again.`);
  }
  return parsed.data as ResponseFor<T>;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
