import { useEffect, useState } from 'preact/hooks';
import type { JobsServices } from './jobs-services';
import type { PageStatusAnswer } from './page-problem';

/** What the active tab's content script says about its page; null until it answers, or when it cannot. */
export function usePageStatus(services: Pick<JobsServices, 'pageStatus'>): PageStatusAnswer | null {
  const [pageStatus, setPageStatus] = useState<PageStatusAnswer | null>(null);
  useEffect(() => {
    if (!services.pageStatus) return;
    let current = true;
    services.pageStatus().then(
      (status) => current && setPageStatus(status),
      () => undefined, // no status is no banner
    );
    return () => void (current = false);
  }, [services]);
  return pageStatus;
}
