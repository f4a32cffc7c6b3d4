import { useEffect, useState } from 'preact/hooks';
import { errorText } from './use-write-status';

type ComparePanelModule = typeof import('./compare-panel');

export interface ComparePanelLoad {
  module: ComparePanelModule | null;
  /** Why the comparison's script did not load (an extension being updated, a damaged install). */
  error: string | null;
  retry(): void;
}

/**
 * The comparison view, loaded the first time it is opened: it brings the skill matrix and
 * the dictionary, which the list's first paint does not need. A failed load is said, with
 * a way to try again, never left as an endless "Loading".
 */
export function useComparePanel(wanted: boolean): ComparePanelLoad {
  const [module, setModule] = useState<ComparePanelModule | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || module) return;
    let active = true;
    import('./compare-panel').then(
      (loaded) => active && setModule(loaded),
      (failure: unknown) => active && setError(errorText(failure)),
    );
    return () => void (active = false);
  }, [wanted, module, attempt]);
  return {
    module,
    error,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}
