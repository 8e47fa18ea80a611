import { access, constants } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { fsReason } from '../../ingest/fs-reason.js';

export function register(program: Command, _status: { code: number }): void {
  program
    .command('eval')
    .description('run the extractor on gold-annotated articles and score quotes, speakers, outlets and entities (SPEC.md)')
    .argument('<gold...>', 'gold JSONL files (e.g. ../shared/eval/ent_dev.jsonl)')
    .option('--types <list>', 'quote types to score: direct,partial,indirect', 'direct,partial,indirect')
    .option('--errors <file>', 'write every miss, false hit, wrong speaker and wrong outlet with its context (with several gold files: FILE.1, FILE.2, … in their order)')
    .option('--json', 'print the scores as JSON')
    .action(async (golds: string[], flags: { types: string; errors?: string; json?: boolean }) => {
      const { evaluate, formatReport, parseTypes } = await import('../../eval/run.js');
      const types = parseTypes(flags.types);
      const errorsFile = (i: number) => (flags.errors && golds.length > 1 ? `${flags.errors}.${i + 1}` : flags.errors);
      // Checked before scoring: a set like polnear_train takes a minute to score, and a typo in a
      // path should not cost that minute.
      for (const gold of golds) await mustRead(gold);
      for (const [i] of golds.entries()) await mustWrite(errorsFile(i));
      const reports = golds.map((gold, i) => {
        const report = evaluate(gold, { types, errorsFile: errorsFile(i) });
        if (report.articles === 0) throw new Error(`gold file ${gold} holds no articles`);
        return { gold, report };
      });
      if (flags.json) {
        const out = reports.map(({ gold, report }) => ({ gold, ...report, errors: undefined }));
        process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
      } else {
        process.stdout.write(reports.map(({ gold, report }) => formatReport(gold, report)).join('\n'));
      }
    });
}

async function mustRead(gold: string): Promise<void> {
  try {
    await access(gold, constants.R_OK);
  } catch (error) {
    throw new Error(`cannot read gold file ${gold}: ${fsReason(error)}`);
  }
}

/** The --errors file can be written: it exists and is writable, or its folder is. */
async function mustWrite(file: string | undefined): Promise<void> {
  if (!file) return;
  try {
    await access(file, constants.W_OK);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`--errors: cannot write ${file}: ${fsReason(error)}`);
  }
  try {
    await access(dirname(file), constants.W_OK);
  } catch (error) {
    throw new Error(`--errors: cannot write ${file}: ${fsReason(error)}`);
  }
}
