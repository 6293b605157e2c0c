// `npm run -s settle -- FILE...`: settles each case file and prints one JSON line per file.
// A file that cannot be settled is reported on stderr (file and field) and the exit code is 1; the
// other files still run. A case whose expected values differ is flagged but is not an error.
import { readFileSync } from 'node:fs';
import { runCaseText } from './case-file';

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s settle -- CASE.json...\n');
    return 1;
  }
  let exitCode = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot read: ${(error as Error).message}\n`);
      exitCode = 1;
      continue;
    }
    const outcome = runCaseText(text);
    if (!outcome.ok) {
      for (const problem of outcome.problems) process.stderr.write(`${file}: ${problem}\n`);
      exitCode = 1;
      continue;
    }
    process.stdout.write(`${JSON.stringify(outcome.output)}\n`);
    for (const mismatch of outcome.mismatches) process.stderr.write(`${file}: ${mismatch}\n`);
  }
  return exitCode;
}

process.exitCode = main(process.argv.slice(2));
