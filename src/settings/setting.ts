import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';

/**
 * One small value every context reads (background, popup, options, content scripts), kept
 * in browser.storage.local. Stored values are untrusted on read — an older build, a sync
 * bug or a hand edit may have left anything there — so each read is parsed; an invalid
 * value reads as the default, with a warning.
 */
export interface Setting<T> {
  get(): Promise<T>;
  /**
   * The value from what `browser.storage.local.get(storageKey)` answered (for a page that
   * read storage early, before its settings code had loaded); parsed like `get`.
   */
  fromStored(stored: unknown): T;
  /** Rejects a value its schema refuses, before anything is written. */
  set(value: T): Promise<void>;
  /** Calls `onChange` with each new (parsed) value; returns the function that stops watching. */
  watch(onChange: (value: T) => void): () => void;
}

/**
 * Plain `storage.getItem`/`setItem` rather than `storage.defineItem`: defining an item
 * reads storage at once, and settings modules are imported at build time, outside a browser.
 */
export function defineSetting<T>(name: string, schema: z.ZodType<T>, fallback: T): Setting<T> {
  const key = `local:${name}` as const;
  // A fresh copy each time: a caller that mutates the default must not change it for everyone.
  const fallbackCopy = (): T => structuredClone(fallback);

  const parseStored = (stored: unknown): T => {
    if (stored === null || stored === undefined) return fallbackCopy();
    const parsed = schema.safeParse(stored);
    if (parsed.success) return parsed.data;
    console.warn(`[jobmark] setting "${name}" holds an invalid value, using the default instead: ${firstIssue(parsed.error)}`);
    return fallbackCopy();
  };

  return {
    async get() {
      return parseStored(await storage.getItem<unknown>(key));
    },
    fromStored: parseStored,
    async set(value) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`Jobmark refused to save the setting "${name}": ${firstIssue(parsed.error)}`);
      await storage.setItem(key, parsed.data);
    },
    watch(onChange) {
      return storage.watch<unknown>(key, (stored) => onChange(parseStored(stored)));
    },
  };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(value)'}: ${issue.message}` : 'invalid';
}
