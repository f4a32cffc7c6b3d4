/**
 * LinkedIn's signed-in pages carry their data as JSON in hidden `<code>` blocks (the
 * server-rendered API answers the app starts from). When the DOM cannot be read, the job's
 * record there still names its title, place and description. Bounded: a few blocks of a few
 * megabytes at most, read only when the DOM readers came up short.
 */
export interface EmbeddedLinkedInJob {
  title: string | null;
  location: string | null;
  description: string | null;
  company: string | null;
}

const MAX_BLOCKS = 60;
const MAX_BLOCK_CHARS = 3_000_000;
const MAX_NODES = 20_000;

export function embeddedLinkedInJob(doc: Document, jobId: string): EmbeddedLinkedInJob | null {
  const urn = `fsd_jobPosting:${jobId}`;
  const blocks = doc.querySelectorAll('code');
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i++) {
    const text = blocks[i]!.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS || !text.includes(urn)) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const found = findJob(data, urn);
    if (found) return found;
  }
  return null;
}

/** Walks the JSON (breadth first, bounded) for the record whose entityUrn is the job's. */
function findJob(data: unknown, urn: string): EmbeddedLinkedInJob | null {
  const queue: unknown[] = [data];
  const companies = new Map<string, string>();
  let job: Record<string, unknown> | null = null;
  for (let visited = 0; queue.length > 0 && visited < MAX_NODES; visited++) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const entityUrn = typeof record.entityUrn === 'string' ? record.entityUrn : '';
      if (entityUrn.endsWith(urn) && typeof record.title === 'string') job ??= record;
      if (entityUrn.includes('fsd_company:') && typeof record.name === 'string') companies.set(entityUrn, record.name);
      for (const value of Object.values(record)) if (value && typeof value === 'object') queue.push(value);
    }
  }
  if (!job) return null;
  const description = job.description as { text?: unknown } | undefined;
  const companyUrn = findString(job, /fsd_company:\d+/);
  return {
    title: stringOr(job.title),
    location: stringOr(job.formattedLocation),
    description: stringOr(description?.text),
    company: (companyUrn && [...companies].find(([key]) => key.endsWith(companyUrn))?.[1]) || stringOr((job.companyDetails as { name?: unknown } | undefined)?.name),
  };
}

/** The first string value under `node` (a few levels down) that contains `pattern`'s match. */
function findString(node: unknown, pattern: RegExp, depth = 0): string | null {
  if (typeof node === 'string') return pattern.exec(node)?.[0] ?? null;
  if (!node || typeof node !== 'object' || depth > 4) return null;
  for (const value of Object.values(node)) {
    const found = findString(value, pattern, depth + 1);
    if (found) return found;
  }
  return null;
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' && value.length < 100_000 ? value : null;
}
