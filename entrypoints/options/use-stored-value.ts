import { useEffect, useState } from 'preact/hooks';
import { readAndWatch } from '../../src/ui/read-and-watch';

/**
 * A setting read once and then followed live (another tab, the badge or the popup may change
 * it). A change that arrives before the first read has answered wins over that read. null
 * until known; a failed read goes to `onError`.
 */
export function useStoredValue<T>(
  read: () => Promise<T>,
  watch: (onChange: (value: T) => void) => () => void,
  onError: (error: unknown) => void,
): [T | null, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => readAndWatch(read, watch, setValue, onError), []);
  return [value, setValue];
}
