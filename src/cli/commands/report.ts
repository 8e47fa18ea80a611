import { join } from 'node:path';
import type { Command } from 'commander';
import { plural } from '../../plural.js';

export function register(program: Command): void {
  program
    .command('report')
    .description("build one self-contained HTML page from a run's output (quotewire.json): pull-quotes, a searchable quote table, people, outlets, articles")
    .option('-i, --input <dir>', 'output directory of an extract run', 'output')
    .option('-o, --out <file>', 'HTML file to write (default: <input>/report.html)')
    .action(async (flags: { input: string; out?: string }) => {
      const { writeReport } = await import('../../report/index.js');
      const out = flags.out ?? join(flags.input, 'report.html');
      const counted = await writeReport({ input: flags.input, out });
      process.stderr.write(`quotewire: report of ${plural(counted.articles, 'article')} (${counted.withText} with text), ${plural(counted.quotes, 'quote')} → ${out}\n`);
    });
}
