/** The command line of `jobmark extract`, parsed. */
export interface CliArgs {
  /** null when no format option was given: JSON, or JSON lines when a DIR is read. */
  format: 'json' | 'jsonl' | 'table' | null;
  /** Name every file a directory walk skipped because it holds no posting. */
  verbose: boolean;
  /** Where the postings came from, for files that do not say (saved pages, pasted text). */
  url: string | null;
  /** Threads for a large tree, the main thread included; null for the machine's default (see thread-count.ts). */
  threads: number | null;
  /** Paths as given; "-" is standard input. */
  files: string[];
}

export const USAGE = `Usage: npm run --silent extract -- [--json | --jsonl | --table] [--url URL] [--threads N] [--verbose] FILE|DIR...

Reads job postings (RemoteWLB or front-matter markdown, plain text, saved HTML pages,
schema.org JSON-LD, Greenhouse/Lever/Ashby/Workable API JSON) and prints what Jobmark
extracts from them. A DIR is read whole: every .md, .markdown, .txt, .html, .htm, .json
and .jsonld file under it, hidden folders, node_modules, READMEs and licences left out.

  --json       a JSON array, one Job per posting, each with a "file" field (default for files)
  --jsonl      JSON lines, one Job per line, printed as it is read (default for a DIR)
  --table      a comparison table for the terminal
  --url URL    the posting's address, for files that do not carry one
  --threads N  threads to extract a tree of 1,000 files or more on, the main thread
               included (default: one per core, up to 8, from three cores up; else 1,
               the main thread alone)
  --verbose    name each file of a DIR that holds no posting (otherwise only counted)
  -            read standard input
  -h, --help   this help

A progress bar shows on stderr while a DIR is read, when stderr is a terminal.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs | 'help' {
  const args: CliArgs = { format: null, verbose: false, url: null, threads: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') args.format = 'json';
    else if (arg === '--jsonl') args.format = 'jsonl';
    else if (arg === '--table') args.format = 'table';
    else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new UsageError('--url needs a value');
      args.url = value;
    } else if (arg === '--threads' || arg.startsWith('--threads=')) {
      const value = arg === '--threads' ? argv[++i] : arg.slice('--threads='.length);
      const threads = Number(value);
      if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError('--threads needs a whole number from 1 to 64');
      args.threads = threads;
    } else if (arg === '--') args.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('no FILE given');
  return args;
}
