import { execFileSync } from 'node:child_process';

/**
 * `web-ext lint` (Mozilla's add-on linter, what AMO runs on upload) over both builds. The
 * Firefox build must have no error and no warning. The Chrome build is linted as far as the
 * rules apply to it: Firefox ignoring Chrome's `background.service_worker` is the one warning
 * that is about Chrome's manifest rather than a defect.
 */
const BUILDS = [
  { dir: '.output/firefox-mv2', allowed: new Set<string>() },
  { dir: '.output/chrome-mv3', allowed: new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']) },
];

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

let failed = false;
for (const build of BUILDS) {
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', build.dir, '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    // web-ext exits non-zero when there are errors; the report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  const problems = [...report.errors, ...report.warnings].filter((message) => !build.allowed.has(message.code));
  const allowed = report.warnings.length + report.errors.length - problems.length;
  console.log(`web-ext lint ${build.dir}: ${report.errors.length} errors, ${report.warnings.length} warnings${allowed ? ` (${allowed} not applicable to this build)` : ''}, ${report.notices.length} notices`);
  for (const problem of problems) console.log(`  ${problem.code} ${problem.file ?? ''}${problem.line ? `:${problem.line}` : ''} ${problem.message}`);
  if (problems.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
