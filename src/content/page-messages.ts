import { browser } from 'wxt/browser';
import type { PageCommand } from '../messaging/page-commands';
import type { ErrorResponse, RequestOf, RequestType, ResponseFor } from '../messaging/protocol';

/**
 * The content script's side of the protocol. Answers come from our own background, which
 * validated what the page gave it, so they are not parsed again here: that keeps Zod (and the
 * schemas) out of the content script, which must stay small.
 */
export async function ask<T extends RequestType>(request: RequestOf<T>): Promise<ResponseFor<T>> {
  const answer = (await browser.runtime.sendMessage(request)) as ResponseFor<T> | ErrorResponse | undefined;
  if (!answer) throw new Error('Jobmark’s background did not answer. Reload the page and try again.');
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

/** Commands the background sends this page (keyboard shortcut, context menu, toolbar). */
export function isPageCommand(message: unknown): message is PageCommand {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'page/save' || type === 'page/detect' || type === 'page/status';
}
