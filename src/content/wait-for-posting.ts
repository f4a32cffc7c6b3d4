/**
 * Single-page sites (Ashby, LinkedIn, Indeed panes) render the posting after the content
 * script starts. Re-try `read` whenever the DOM changes — at most every `intervalMs`, and
 * for at most `timeoutMs` — instead of polling forever.
 */
export function waitForPosting<T>(
  doc: Document,
  read: () => T | null,
  options: { timeoutMs: number; intervalMs: number; signal: AbortSignal },
): Promise<T | null> {
  const first = read();
  if (first !== null || options.signal.aborted) return Promise.resolve(first);
  return new Promise((resolve) => {
    let scheduled: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(scheduled);
      clearTimeout(deadline);
      options.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const retry = () => {
      scheduled = undefined;
      const value = read();
      if (value !== null) finish(value);
    };
    const observer = new MutationObserver(() => {
      scheduled ??= setTimeout(retry, options.intervalMs);
    });
    const onAbort = () => finish(null);
    const deadline = setTimeout(() => finish(read()), options.timeoutMs);
    options.signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
