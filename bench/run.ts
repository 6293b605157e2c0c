// `npm run bench [-- NAME...]`: runs every bench/*.bench.ts module in turn (or those whose file name
// contains one of the NAMEs), prints each section and writes BENCHMARKS.md at the repository root.
// A bench module exports `run(): Promise<BenchSection>`; nothing here knows what it measures.
// Sections of modules not run this time are kept from the previous BENCHMARKS.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, arch, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchSection {
  title: string;
  /** Markdown, without the title. */
  body: string;
}

interface BenchModule {
  run: () => Promise<BenchSection>;
}

const benchDir = dirname(fileURLToPath(import.meta.url));
const reportPath = join(benchDir, '..', 'BENCHMARKS.md');

async function main(filters: readonly string[]): Promise<number> {
  const files = readdirSync(benchDir)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`no bench/*.bench.ts module matches ${filters.join(', ')}\n`);
    return 1;
  }
  const sections = readSections();
  let failed = false;
  for (const file of files) {
    const key = file.replace(/\.bench\.ts$/, '');
    process.stdout.write(`\n## ${key} …\n`);
    const started = Date.now();
    let section: BenchSection;
    try {
      const module = (await import(pathToFileURL(join(benchDir, file)).href)) as Partial<BenchModule>;
      if (typeof module.run !== 'function') throw new Error(`${file} does not export run()`);
      section = await module.run();
    } catch (error) {
      failed = true;
      section = { title: key, body: `**Failed:** ${(error as Error).stack ?? String(error)}` };
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const markdown = `## ${section.title}\n\n${section.body.trim()}\n\n_Measured ${new Date().toISOString()} in ${seconds} s._\n`;
    process.stdout.write(`${markdown}\n`);
    sections.set(key, markdown);
  }
  writeFileSync(reportPath, renderReport(sections));
  process.stdout.write(`wrote ${reportPath}\n`);
  return failed ? 1 : 0;
}

function machine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() || 'unknown CPU';
  const memoryGiB = Math.round(totalmem() / 2 ** 30);
  return `Node ${process.version} on ${platform()}/${arch()}, ${model} (${cores.length} logical cores), ${memoryGiB} GiB RAM`;
}

const SECTION = /<!-- bench:([\w.-]+) -->\n([\s\S]*?)<!-- \/bench:\1 -->/g;

function readSections(): Map<string, string> {
  const sections = new Map<string, string>();
  if (!existsSync(reportPath)) return sections;
  for (const match of readFileSync(reportPath, 'utf8').matchAll(SECTION)) sections.set(match[1], match[2]);
  return sections;
}

function renderReport(sections: ReadonlyMap<string, string>): string {
  const parts = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${machine()}.`,
    'Each section says when it was measured; run `npm run bench -- NAME` to refresh one section.',
    '',
  ];
  for (const [key, markdown] of [...sections].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`<!-- bench:${key} -->\n${markdown}<!-- /bench:${key} -->`, '');
  }
  return parts.join('\n');
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
