import type { Command } from 'commander';

export function register(program: Command, _status: { code: number }): void {
  program
    .command('eval')
    .description('run the extractor on gold-annotated articles and score quotes, speakers, outlets and entities (SPEC.md)')
    .argument('<gold...>', 'gold JSONL files (e.g. ../shared/eval/ent_dev.jsonl)')
    .option('--types <list>', 'quote types to score: direct,partial,indirect', 'direct,partial,indirect')
    .option('--errors <file>', 'write every miss, false hit, wrong speaker and wrong outlet with its context')
    .option('--json', 'print the scores as JSON')
    .action(async (golds: string[], flags: { types: string; errors?: string; json?: boolean }) => {
      const { evaluate, formatReport, parseTypes } = await import('../../eval/run.js');
      const types = parseTypes(flags.types);
      const reports = golds.map((gold, i) => {
        const errorsFile = flags.errors && golds.length > 1 ? `${flags.errors}.${i + 1}` : flags.errors;
        return { gold, report: evaluate(gold, { types, errorsFile }) };
      });
      if (flags.json) {
        const out = reports.map(({ gold, report }) => ({ gold, ...report, errors: undefined }));
        process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
      } else {
        process.stdout.write(reports.map(({ gold, report }) => formatReport(gold, report)).join('\n'));
      }
    });
}
