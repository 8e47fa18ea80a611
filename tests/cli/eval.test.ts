import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quotewire } from '../helpers/cli.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const tmp = () => tempDir('qw-eval-cli-');

/** A one-article gold file of an invented sentence, offsets in code points with the marks included. */
function goldFile(dir: string, name = 'gold.jsonl'): string {
  const text = '“We are ready,” said Ula Brin.';
  const quote = { start: 0, end: 15, text: '“We are ready,”', type: 'direct', speaker: 'Ula Brin', speaker_start: 21, speaker_end: 29 };
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ id: 'g1', text, quotes: [quote] }) + '\n');
  return path;
}

describe('quotewire eval: bad paths fail at once, naming the path and the reason', () => {
  test('a gold file that does not exist', async () => {
    const r = await quotewire(['eval', join(tmp(), 'absent.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^quotewire: cannot read gold file .*absent\.jsonl: no such file or directory \(ENOENT\)\n$/);
  });

  test('an --errors file in a folder that does not exist, before any scoring', async () => {
    const dir = tmp();
    const r = await quotewire(['eval', goldFile(dir), '--errors', join(dir, 'no-folder', 'errors.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^quotewire: --errors: cannot write .*no-folder\/errors\.txt: no such file or directory \(ENOENT\)\n$/);
  });

  test('an empty gold file is an error, not a report of nothing', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.jsonl'), '');
    const r = await quotewire(['eval', join(dir, 'empty.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/gold file .*empty\.jsonl holds no articles/);
  });

  test('several gold files with --errors write FILE.1, FILE.2 in their order, as the help says', async () => {
    const dir = tmp();
    const errors = join(dir, 'errors.txt');
    const r = await quotewire(['eval', goldFile(dir, 'a.jsonl'), goldFile(dir, 'b.jsonl'), '--errors', errors, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((s: { overall: { gold: number } }) => s.overall.gold)).toEqual([1, 1]);
    expect([existsSync(`${errors}.1`), existsSync(`${errors}.2`), existsSync(errors)]).toEqual([true, true, false]);
    expect((await quotewire(['eval', '--help'])).stdout).toMatch(/FILE\.1, FILE\.2/);
  });
});

describe('quotewire eval --json', () => {
  test('a type with no gold quotes has null P/R/F1 and speaker accuracy, as the table says "no gold quotes"', async () => {
    const dir = tmp();
    const gold = goldFile(dir);
    const json = JSON.parse((await quotewire(['eval', gold, '--json'])).stdout);
    expect(json.byType.direct.at['0.3']).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(json.byType.partial).toMatchObject({ gold: 0, predicted: 0, speakerAccuracy: null, endToEnd: { precision: null, recall: null, f1: null } });
    expect(json.byType.partial.at['0.3']).toEqual({ precision: null, recall: null, f1: null });
    expect((await quotewire(['eval', gold])).stdout).toMatch(/^partial +0 +0 \| no gold quotes of this type$/m);
  });
});
