import { useState } from 'preact/hooks';
import { z } from 'zod';

/** The content script's PageStatus (src/content/page-status.ts), checked as it arrives. */
export const PageStatusAnswer = z.object({
  url: z.string().max(8_192),
  site: z.object({ id: z.string().max(40), label: z.string().max(80) }).nullable(),
  state: z.enum(['reading', 'badge', 'listing', 'no-posting', 'gave-up', 'off']),
  waitedMs: z.number().nonnegative(),
  signals: z.record(z.string().max(100), z.boolean()),
});
export type PageStatusAnswer = z.infer<typeof PageStatusAnswer>;

/** Whether the popup should say that a known site's page read as nothing. */
export function isPageProblem(status: PageStatusAnswer | null): status is PageStatusAnswer & { site: { id: string; label: string } } {
  return status !== null && status.site !== null && (status.state === 'no-posting' || status.state === 'gave-up');
}

/**
 * What the user copies to report a page Jobmark cannot read: the address, which adapter ran
 * and which of its signals were missing. No page text, so nothing private leaves by accident.
 */
export function diagnosticText(status: PageStatusAnswer, version: string): string {
  const missing = Object.entries(status.signals).filter(([, found]) => !found).map(([name]) => name);
  const found = Object.entries(status.signals).filter(([, found]) => found).map(([name]) => name);
  return JSON.stringify({ jobmark: version, url: status.url, adapter: status.site?.id ?? null, state: status.state, waitedMs: status.waitedMs, missing, found }, null, 2);
}

export interface PageProblemProps {
  status: PageStatusAnswer & { site: { id: string; label: string } };
  version: string;
  copy(text: string): Promise<void>;
}

/** The banner for a known site's page that read as nothing, with the diagnostic to copy. */
export function PageProblem({ status, version, copy }: PageProblemProps) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const waited = Math.round(status.waitedMs / 100) / 10;
  return (
    <div class="jm-banner" role="status" data-testid="page-problem">
      <span>
        {status.state === 'gave-up'
          ? `This ${status.site.label} page never showed a posting Jobmark could read (it waited ${waited} s): the page may have changed. Find a posting on this page still works.`
          : `This ${status.site.label} page changed; Find a posting on this page still works.`}
      </span>
      <button
        type="button"
        onClick={() =>
          void copy(diagnosticText(status, version)).then(
            () => setCopied('copied'),
            () => setCopied('failed'),
          )
        }
      >
        {copied === 'copied' ? 'Diagnostic copied' : 'Copy diagnostic'}
      </button>
      {copied === 'failed' && <span role="alert">The browser did not allow copying.</span>}
    </div>
  );
}
