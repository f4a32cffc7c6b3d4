import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runCli } from './run-cli';

const status = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin: () => text(process.stdin),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  now: new Date(),
});
process.exitCode = status;
