/**
 * Reads a stored value once and then follows its changes (another tab, the badge or the
 * popup may change it); a change that lands before the first read has answered wins over
 * that read. Returns the function that stops following. Used by the popup and the options
 * page alike.
 */
export function readAndWatch<T>(
  read: () => Promise<T>,
  watch: (onChange: (value: T) => void) => () => void,
  set: (value: T) => void,
  fail: (error: unknown) => void,
): () => void {
  let active = true;
  let changed = false;
  const stop = watch((value) => {
    changed = true;
    if (active) set(value);
  });
  read().then(
    (value) => {
      if (active && !changed) set(value);
    },
    (error: unknown) => {
      if (active) fail(error);
    },
  );
  return () => {
    active = false;
    stop();
  };
}
