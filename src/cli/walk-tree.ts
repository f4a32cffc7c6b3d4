import path from 'node:path';

/** One entry of a directory, as the walk needs it. Symbolic links are 'other': never followed, so a link loop cannot trap the walk. */
export interface DirectoryEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

export type ListDirectory = (dir: string) => Promise<DirectoryEntry[]>;

/** Extensions of the formats the readers understand (see src/sources/read-posting-file.ts). */
const POSTING_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm', '.json', '.jsonld']);

/**
 * Files every repository carries that are never a posting. A job-board repository holds a
 * README and a package.json beside its postings; read as markdown or JSON they would turn
 * up as a "job" or as a failure in every run.
 */
const NEVER_A_POSTING =
  /^(?:readme|license|licence|changelog|changes|contributing|code_of_conduct|security|authors|notice|package|package-lock|tsconfig|composer|manifest)(?:\.[a-z]+)?$/i;

/** Directories of tooling and dependencies, not content. */
function skipsDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function isPostingFileName(name: string): boolean {
  return POSTING_EXTENSIONS.has(path.extname(name).toLowerCase()) && !NEVER_A_POSTING.test(name);
}

/**
 * Every posting file under `root`, depth first, in name order at each level (so two runs
 * over the same tree print the same order). Hidden directories and node_modules are
 * skipped; so are files of other types. A folder below the root that cannot be listed
 * (no permission) goes to `unreadable` and the walk goes on; the root itself throws.
 */
export async function postingFilesUnder(
  root: string,
  list: ListDirectory,
  unreadable: (dir: string, error: unknown) => void = () => {},
): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries: DirectoryEntry[];
    try {
      entries = await list(dir);
    } catch (error) {
      if (dir === root) throw error;
      return unreadable(dir, error);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.kind === 'directory' && !skipsDirectory(entry.name)) await visit(full);
      else if (entry.kind === 'file' && isPostingFileName(entry.name)) out.push(full);
    }
  };
  await visit(root);
  return out;
}
