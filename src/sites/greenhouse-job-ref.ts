/** Hosted boards, old and new, US and EU. */
export const GREENHOUSE_BOARD_HOST = /^(?:job-)?boards(?:\.eu)?\.greenhouse\.io$/;
const BOARD_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const JOB_ID = /^\d{1,20}$/;

/** What the job-board API needs to find one posting. */
export interface GreenhouseJobRef {
  board: string;
  id: string;
}

/**
 * The board and job id of a Greenhouse posting page, for the job-board API: hosted boards
 * (/{board}/jobs/{id}), the embed iframe (/embed/job_app?for=&token=), and company sites
 * with ?gh_jid={id}, whose board token only the page says (the embed script or iframe).
 */
export function greenhouseJobRef(url: URL, doc?: Document): GreenhouseJobRef | null {
  if (GREENHOUSE_BOARD_HOST.test(url.hostname)) {
    const [board, jobs, id] = url.pathname.split('/').filter(Boolean);
    if (board === 'embed') return validGreenhouseRef(url.searchParams.get('for'), url.searchParams.get('token'));
    if (jobs === 'jobs') return validGreenhouseRef(board, id);
  }
  const jobId = url.searchParams.get('gh_jid');
  if (!jobId || !doc) return null;
  const embed = doc.querySelector('iframe#grnhse_iframe[src], iframe[src*="greenhouse.io/embed/job_app"], script[src*="greenhouse.io/embed/job_board"]');
  return validGreenhouseRef(boardFromEmbedSrc(embed?.getAttribute('src') ?? null, url), jobId);
}

/** A reference the API accepts (a board token and a numeric id), or null: nothing else is sent. */
export function validGreenhouseRef(board: string | null | undefined, id: string | null | undefined): GreenhouseJobRef | null {
  return board && id && BOARD_TOKEN.test(board) && JOB_ID.test(id) ? { board, id } : null;
}

function boardFromEmbedSrc(src: string | null, base: URL): string | null {
  if (!src) return null;
  try {
    return new URL(src, base).searchParams.get('for');
  } catch {
    return null;
  }
}
