import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Marks the moment the list (with data, or the empty state) is first on screen, as
 * `<html data-jobmark-ready="ms since navigation">`. The benchmark and the end-to-end tests
 * wait for this attribute. Stamped just after the browser painted the committed list: the
 * frame is asked for as soon as the DOM is committed (a layout effect), and the stamp is
 * a task queued from that frame, so it runs right after its paint. Then `onMarked` runs.
 */
export function useReadyMarker(ready: boolean, onMarked?: () => void): void {
  const marked = useRef(false);
  const after = useRef(onMarked);
  after.current = onMarked;
  useLayoutEffect(() => {
    if (!ready || marked.current) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        marked.current = true;
        document.documentElement.dataset.jobmarkReady = String(Math.round(performance.now()));
        after.current?.();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
}
