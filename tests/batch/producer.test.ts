import * as fs from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { buildFingerprint, isRuntimeCode } from '../../src/batch/producer.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

// Count the files the producer reads, so a second currentProducer call that hashes again is caught.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, readFileSync: vi.fn(real.readFileSync) };
});

const tempDir = tempDirMaker();
const tmp = () => tempDir('qw-producer-');

/** A small built tree: one module, its declaration and map, and a benchmark. */
function builtTree(): { code: string; data: string } {
  const code = tmp();
  const data = tmp();
  mkdirSync(join(code, 'quotes'));
  writeFileSync(join(code, 'quotes', 'frame.js'), 'export const frame = 1;');
  writeFileSync(join(data, 'cues.json'), '{"verbs":["say"]}');
  return { code, data };
}

describe('the producer fingerprint covers only the code that runs', () => {
  test('declarations, source maps and the benchmark are not hashed', () => {
    const { code, data } = builtTree();
    const before = buildFingerprint(code, data);
    writeFileSync(join(code, 'quotes', 'frame.d.ts'), 'export declare const frame = 1;');
    writeFileSync(join(code, 'quotes', 'frame.js.map'), '{"version":3}');
    mkdirSync(join(code, 'bench'));
    writeFileSync(join(code, 'bench', 'main.js'), 'console.log("timing");');
    expect(buildFingerprint(code, data)).toBe(before);
  });

  test('a new runtime module is hashed, even one under a folder named like the benchmark', () => {
    const { code, data } = builtTree();
    const before = buildFingerprint(code, data);
    mkdirSync(join(code, 'quotes', 'bench'));
    writeFileSync(join(code, 'quotes', 'bench', 'seat.js'), 'export const seat = 2;');
    expect(buildFingerprint(code, data)).not.toBe(before);
  });

  test('which names count as runtime code', () => {
    expect(isRuntimeCode('quotes/frame.js')).toBe(true);
    expect(isRuntimeCode('quotes/frame.ts')).toBe(true);
    expect(isRuntimeCode('quotes/frame.d.ts')).toBe(false);
    expect(isRuntimeCode('quotes/frame.js.map')).toBe(false);
    expect(isRuntimeCode('bench/main.js')).toBe(false);
    expect(isRuntimeCode('quotes/bench/seat.js')).toBe(true);
  });
});

describe('the build empties dist first', () => {
  test('so a module moved away leaves no stale copy to hash', () => {
    const pkg = JSON.parse(fs.readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    expect(pkg.scripts.build).toMatch(/^node -e ".*rmSync\('dist', \{ recursive: true, force: true \}\)" && tsc -p tsconfig\.json$/);
  });
});

describe('this checkout', () => {
  test('has a fingerprint, computed once per run', async () => {
    // A fresh copy of the module: another test file in the same worker may have computed it already.
    vi.resetModules();
    const { currentProducer } = await import('../../src/batch/producer.js');
    const reads = vi.mocked(fs.readFileSync);
    reads.mockClear();
    const first = currentProducer('0.0.0');
    expect(first.build).toMatch(/^[0-9a-f]{16}$/);
    expect(reads.mock.calls.length).toBeGreaterThan(10);
    reads.mockClear();
    expect(currentProducer('0.0.0')).toEqual(first);
    expect(reads).not.toHaveBeenCalled();
  });
});
