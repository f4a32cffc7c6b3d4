/** The command line of `jobmark extract`, parsed. */
export interface CliArgs {
  format: 'json' | 'table';
  /** Where the postings came from, for files that do not say (saved pages, pasted text). */
  url: string | null;
  /** Paths as given; "-" is standard input. */
  files: string[];
}

export const USAGE = `Usage: npm run --silent extract -- [--json | --table] [--url URL] FILE...

Reads job postings (RemoteWLB or front-matter markdown, plain text, saved HTML pages,
schema.org JSON-LD, Greenhouse/Lever/Ashby/Workable API JSON) and prints what Jobmark
extracts from them.

  --json       a JSON array, one Job per posting, each with a "file" field (default)
  --table      a comparison table for the terminal
  --url URL    the posting's address, for files that do not carry one
  -            read standard input
  -h, --help   this help`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs | 'help' {
  const args: CliArgs = { format: 'json', url: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') args.format = 'json';
    else if (arg === '--table') args.format = 'table';
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new UsageError('--url needs a value');
      args.url = value;
    } else if (arg === '--') args.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('no FILE given');
  return args;
}
