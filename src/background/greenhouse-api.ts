import type { RawPosting } from '../core/raw-posting';
import { isGoneStatus } from '../core/gone-status';
import { parseGreenhouse } from '../sources/greenhouse';
import { validGreenhouseRef, type GreenhouseJobRef } from '../sites/greenhouse-job-ref';

export interface GreenhouseFetchOptions {
  /** Passed in (the background's `fetch`, a fake in tests) so this stays testable. */
  fetch: typeof fetch;
  timeoutMs: number;
}

/** The public job-board API URL of one posting, with its pay ranges. */
export function greenhouseApiUrl(ref: GreenhouseJobRef): string {
  return `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(ref.board)}/jobs/${encodeURIComponent(ref.id)}?pay_transparency=true`;
}

/**
 * One Greenhouse posting from the public job-board API, read with the same parser as saved
 * API payloads (src/sources/greenhouse.ts). The API gives what the page often cannot: the
 * posting behind a company site's cross-origin iframe, and pay ranges as data. Runs in the
 * background. 'gone' when the board says the posting is not there (404, 410: Greenhouse
 * answers so for a closed job); null on any other failure — bad reference, network error,
 * HTTP error, timeout, unexpected payload — and the caller reads the page instead.
 */
export async function fetchGreenhousePosting(ref: GreenhouseJobRef, options: GreenhouseFetchOptions): Promise<RawPosting | 'gone' | null> {
  if (!validGreenhouseRef(ref.board, ref.id)) return null;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race also covers a fetch that ignores its abort signal.
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(null);
    }, options.timeoutMs);
  });
  const request = (async (): Promise<RawPosting | 'gone' | null> => {
    const response = await options.fetch(greenhouseApiUrl(ref), {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (isGoneStatus(response.status)) return 'gone';
    if (!response.ok) return null;
    const posting = parseGreenhouse(await response.json())[0] ?? null;
    if (!posting) return null;
    return { ...posting, url: posting.url ?? `https://job-boards.greenhouse.io/${ref.board}/jobs/${ref.id}` };
  })().catch(() => null);
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
