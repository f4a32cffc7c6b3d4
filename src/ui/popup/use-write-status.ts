import { useEffect, useRef, useState } from 'preact/hooks';

/** Where the last write of one field stands, in the words the user reads. */
export type WriteStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a field's writes and remembers how the last one ended, so the field can say "Saved"
 * or why not right beside it. A newer write supersedes one still in flight: only the last
 * outcome is shown, so a slow first save cannot report over a later one.
 */
export function useWriteStatus(): [WriteStatus, (write: () => Promise<unknown>) => Promise<boolean>] {
  const [status, setStatus] = useState<WriteStatus>({ kind: 'idle' });
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    const ticket = ++latest.current;
    const settle = (next: WriteStatus) => {
      if (mounted.current && ticket === latest.current) setStatus(next);
    };
    settle({ kind: 'saving' });
    try {
      await write();
      settle({ kind: 'saved' });
      return true;
    } catch (error) {
      settle({ kind: 'failed', message: `Not saved: ${errorText(error)}` });
      return false;
    }
  };
  return [status, run];
}

export function writeStatusText(status: WriteStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return status.message;
  }
}
