import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quotewire } from '../helpers/cli.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();
const tmp = () => tempDir('qw-names-');
const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');
const SAID = 'Ada Brandt said: "The ferry runs again on Monday," she said.\n';

describe('ids, names and messages of inputs', () => {
  test('a broken link inside a folder gets an id relative to the folder, like its neighbours', async () => {
    const dir = tmp();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), SAID);
    symlinkSync(join(dir, 'gone.txt'), join(corpus, 'broken.txt'));
    const r = await quotewire(['extract', corpus, '--out', join(dir, 'out'), '-q', '-w', '1']);
    expect(r.status).toBe(2);
    expect(lines(join(dir, 'out', 'articles.csv')).slice(1).map((l) => l.split(',')[0])).toEqual(['a.txt', 'broken.txt']);
    expect(lines(join(dir, 'out', 'articles.csv'))[2]).toBe(`broken.txt,${corpus}/broken.txt,,,,,,,0,0,0,0,0,error,${corpus}/broken.txt: cannot read: a symbolic link to a missing file (ENOENT)`);
  });

  test('--emit-text names are flat: "/" and "%" percent-encoded; a repeated file name gets its place, never a folder', async () => {
    const dir = tmp();
    for (const sub of ['a', 'b', 'b/deep']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'a', 'notes.txt'), SAID);
    writeFileSync(join(dir, 'b', 'notes.txt'), SAID);
    writeFileSync(join(dir, 'b', 'deep', '50%.txt'), SAID);
    const out = join(dir, 'out');
    expect((await quotewire(['extract', join(dir, 'a'), join(dir, 'b'), '--out', out, '--emit-text', '-q', '-w', '1'])).status).toBe(0);
    const encodedB = `${dir}/b/notes.txt`.replace(/%/g, '%25').replace(/\//g, '%2F');
    const names = readdirSync(join(out, 'texts')).sort();
    expect(names).toEqual(['deep%2F50%25.txt.txt', `notes.txt@${encodedB}.txt`, 'notes.txt.txt'].sort());
    // Reversible: the name decodes to the id (or the qualified id) it holds.
    expect(names.map((n) => decodeURIComponent(n.slice(0, -4))).sort()).toEqual(['deep/50%.txt', `notes.txt@${dir}/b/notes.txt`, 'notes.txt'].sort());
  });

  test('no named input exists: exit 1, the paths named, nothing written; one existing: exit 2 as before', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const r = await quotewire(['extract', join(dir, 'nope.txt'), join(dir, 'gone'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`quotewire: no input found, nothing written: ${dir}/nope.txt: no such file or directory (ENOENT); ${dir}/gone: no such file or directory (ENOENT)\n`);
    expect(existsSync(out)).toBe(false);
    writeFileSync(join(dir, 'here.txt'), SAID);
    const some = await quotewire(['extract', join(dir, 'nope.txt'), join(dir, 'here.txt'), '--out', out, '-w', '1']);
    expect(some.status).toBe(2);
    expect(some.stderr).toContain(`  ${dir}/nope.txt: cannot read: no such file or directory (ENOENT)\n`);
  });

  test('text that is not valid UTF-8 is decoded as windows-1252 and says so on its row and on stderr; valid input, exit 0', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'cafe.txt'), Buffer.from('Caf\xe9 owner Ada Brandt said: \xff "The ferry runs again," she said.\n', 'latin1'));
    const r = await quotewire(['extract', join(dir, 'cafe.txt'), '--out', join(dir, 'out'), '-w', '1']);
    expect(r.status).toBe(0);
    const row = lines(join(dir, 'out', 'articles.csv'))[1]!;
    expect(row.startsWith(`${dir}/cafe.txt,${dir}/cafe.txt,`)).toBe(true);
    expect(row.endsWith(`,ok,${dir}/cafe.txt: not valid UTF-8; decoded as windows-1252`)).toBe(true);
    expect(r.stderr).toContain(`quotewire: 1 article read with a guessed encoding (exported, noted in the error column):\n  ${dir}/cafe.txt: not valid UTF-8; decoded as windows-1252\n`);
  });

  test('a JSONL line that is not valid UTF-8 is decoded as windows-1252 and noted on its record, from a file and from standard input', async () => {
    const dir = tmp();
    const feed = Buffer.concat([
      Buffer.from('{"id":"w1","text":"\\"Our b\xe4kery stays open,\\" said Ren\xe9e Kowalski."}\n', 'latin1'),
      Buffer.from('{"id":"u1","text":"“Same here,” said Åsa Berg."}\n', 'utf8'),
    ]);
    writeFileSync(join(dir, 'feed.jsonl'), feed);
    const quote = '{"id":"w1#1-23","article_id":"w1","text":"Our bäkery stays open,","start":1,"end":23,"type":"direct","speaker":"Renée Kowalski"';
    const r = await quotewire(['extract', join(dir, 'feed.jsonl'), '--out', '-', '-w', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]!.startsWith(quote)).toBe(true);
    expect(r.stdout).toContain('"speaker":"Åsa Berg"');
    expect(r.stderr).toBe(`quotewire: 1 article read with a guessed encoding (exported, noted in the error column):\n  ${dir}/feed.jsonl:1: not valid UTF-8; decoded as windows-1252\n`);
    const piped = await quotewire(['extract', '-', '--out', '-', '-w', '1'], feed);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(r.stdout);
    expect(piped.stderr).toBe('quotewire: 1 article read with a guessed encoding (exported, noted in the error column):\n  standard input line 1: not valid UTF-8; decoded as windows-1252\n');
    const out = join(dir, 'out');
    expect((await quotewire(['extract', join(dir, 'feed.jsonl'), '--out', out, '-q', '-w', '1'])).status).toBe(0);
    expect(lines(join(out, 'articles.csv')).slice(1).map((l) => l.split(',').slice(-2).join(','))).toEqual([
      `ok,${dir}/feed.jsonl:1: not valid UTF-8; decoded as windows-1252`,
      'ok,',
    ]);
  });

  test('a broken link named as the only input: the link is named as such, exit 1; beside an existing file, the same words, exit 2', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    const r = await quotewire(['extract', join(dir, 'link.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`quotewire: no input found, nothing written: ${dir}/link.txt: a symbolic link to a missing file (ENOENT)\n`);
    expect(existsSync(out)).toBe(false);
    writeFileSync(join(dir, 'here.txt'), SAID);
    const some = await quotewire(['extract', join(dir, 'link.txt'), join(dir, 'here.txt'), '--out', out, '-w', '1']);
    expect(some.status).toBe(2);
    expect(some.stderr).toContain(`  ${dir}/link.txt: cannot read: a symbolic link to a missing file (ENOENT)\n`);
  });

  test('--resume keeps the guessed-encoding note on reused articles: articles.csv and the closing lines equal a fresh run\'s', async () => {
    const dir = tmp();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), Buffer.from('"We sell cr\xe8me br\xfbl\xe9e," said Ada Brandt.\n', 'latin1'));
    writeFileSync(join(corpus, 'b.jsonl'), Buffer.from('{"id":"j1","text":"\\"Na\xefve plans,\\" said Bo Lind."}\n{"id":"j2","text":"Plain."}\n', 'latin1'));
    writeFileSync(join(corpus, 'c.txt'), SAID);
    const fresh = await quotewire(['extract', corpus, '--out', join(dir, 'fresh'), '-w', '1']);
    expect(fresh.status).toBe(0);
    const out = join(dir, 'resumed');
    expect((await quotewire(['extract', corpus, '--out', out, '-q', '-w', '1'])).status).toBe(0);
    // Keep the journal's producer line and the noted a.txt's result: that one is reused, the rest processed again.
    const journal = join(out, '.quotewire', 'journal.jsonl');
    const kept = lines(journal).filter((l, i) => i === 0 || l.startsWith('{"id":"a.txt"'));
    expect(kept.length).toBe(2);
    writeFileSync(journal, kept.join('\n') + '\n');
    const resumed = await quotewire(['extract', corpus, '--out', out, '--resume', '-w', '1']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain('(1 reused from an earlier run)');
    expect(readFileSync(join(out, 'articles.csv'), 'utf8')).toBe(readFileSync(join(dir, 'fresh', 'articles.csv'), 'utf8'));
    expect(lines(join(out, 'articles.csv')).map((l) => l.split(',').slice(-1)[0])).toEqual([
      'error', `${corpus}/a.txt: not valid UTF-8; decoded as windows-1252`, `${corpus}/b.jsonl:1: not valid UTF-8; decoded as windows-1252`, '', '',
    ]);
    const notes = (s: string) => s.slice(s.indexOf('quotewire: 2 articles read with a guessed encoding'));
    expect(notes(resumed.stderr)).toBe(notes(fresh.stderr));
    expect(notes(fresh.stderr)).toBe(`quotewire: 2 articles read with a guessed encoding (exported, noted in the error column):\n  ${corpus}/a.txt: not valid UTF-8; decoded as windows-1252\n  ${corpus}/b.jsonl:1: not valid UTF-8; decoded as windows-1252\n`);
  });

  test('standard input: the error cell and stderr say "standard input line N", unguarded; id and path stay "-:N" and "-"', async () => {
    const dir = tmp();
    const r = await quotewire(['extract', '-', '--out', join(dir, 'out'), '-w', '1'], '{"id":"k1","text":"Hello there."}\n{"text": oops}\n');
    expect(r.status).toBe(2);
    const reason = `malformed JSON line: Unexpected token 'o', "{"text": oops}" is not valid JSON (standard input is read as JSONL: one JSON object a line)`;
    expect(lines(join(dir, 'out', 'articles.csv'))[2]).toBe(`-:2,-,2,,,,,,0,0,0,0,0,error,"standard input line 2: ${reason.replace(/"/g, '""')}"`);
    expect(r.stderr).toContain(`quotewire: 1 input rejected:\n  standard input line 2: ${reason}\n`);
  });
});
