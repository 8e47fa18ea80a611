import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { outputFiles, quotewire, quotewireAsync, type Run } from '../helpers/cli.js';
import { FIXTURES, ROOT, SHARED } from '../helpers/paths.js';
import { safeFileName } from '../../src/export/writers.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const tmp = () => tempDir('qw-cli-');
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const POLNEAR_DEV = join(SHARED, 'eval', 'polnear_dev.jsonl');

describe('quotewire extract on the bundled corpus', () => {
  const out = tmp();
  let run: Run;
  beforeAll(async () => {
    run = await quotewire(['extract', 'corpus', '--out', out, '--format', 'csv,json,jsonl', '--emit-text', '--quiet']);
  });

  test('exits 0 and writes every SPEC output file', () => {
    expect(run.status).toBe(0);
    for (const f of ['quotes.csv', 'quotes.jsonl', 'articles.csv', 'articles.jsonl', 'people.csv', 'films.csv', 'outlets.csv', 'quotewire.json', 'pullquotes.csv']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(run.stderr).toBe('');
  });

  test('every quote offset indexes the emitted article text exactly (JSONL, CSV and JSON)', () => {
    const quotes = lines(join(out, 'quotes.jsonl')).map((l) => JSON.parse(l));
    expect(quotes.length).toBeGreaterThan(30);
    const json = JSON.parse(readFileSync(join(out, 'quotewire.json'), 'utf8'));
    expect(json.quotes).toEqual(quotes);
    for (const q of quotes) {
      const text = readFileSync(join(out, 'texts', `${safeFileName(q.article_id)}.txt`), 'utf8');
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker_start !== null) expect(text.slice(q.speaker_start, q.speaker_end)).toBe(q.speaker_mention);
      if (q.cue_start !== null) expect(text.slice(q.cue_start, q.cue_end)).toBe(q.cue);
    }
    for (const a of json.articles) {
      const text = readFileSync(join(out, 'texts', `${safeFileName(a.id)}.txt`), 'utf8');
      for (const kind of ['people', 'films', 'outlets', 'characters']) {
        for (const e of a.entities[kind]) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  test('a quote from the sample corpus, with speaker, cue and outlet', () => {
    const quotes = lines(join(out, 'quotes.jsonl')).map((l) => JSON.parse(l));
    const q = quotes.find((x) => x.text.startsWith('We wanted the second one'));
    expect(q).toMatchObject({
      article_id: 'entertainment/harbor-lights-sequel.txt', type: 'direct',
      text: 'We wanted the second one to feel bigger without losing the loneliness of the first,',
      speaker: 'Tomas Brandt', speaker_mention: 'Brandt', speaker_kind: 'person', cue: 'told', outlet: 'Deadline',
    });
  });

  test('an interview printed as questions and answers: each answer is the interviewee’s, each question the outlet’s', () => {
    const quotes = lines(join(out, 'quotes.jsonl')).map((l) => JSON.parse(l)).filter((q) => q.article_id === 'entertainment/costume-designer-q-and-a.txt');
    const text = readFileSync(join(out, 'texts', 'entertainment%2Fcostume-designer-q-and-a.txt.txt'), 'utf8');
    const answer = quotes.find((q) => q.text.startsWith('Just over four hundred'));
    // The answer runs on over its second paragraph, up to the next question.
    expect(answer).toMatchObject({
      type: 'indirect', speaker: 'Nadia Ferreira', speaker_mention: 'A', speaker_kind: 'person', cue: ':', outlet: 'Screen Daily',
      start: text.indexOf('Just over four hundred'), end: text.indexOf('diesel.') + 'diesel.'.length,
    });
    expect(text.slice(answer.speaker_start, answer.cue_end)).toBe('A:');
    expect(quotes.find((q) => q.text === 'Where did you start?')).toMatchObject({ type: 'indirect', speaker: 'Screen Daily', speaker_mention: 'Q', cue: ':' });
    expect(quotes.filter((q) => q.speaker_mention === 'A')).toHaveLength(3);
  });

  test('records validate against the shipped JSON Schemas', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const schema = (n: string) => JSON.parse(readFileSync(join(ROOT, 'schema', `${n}.schema.json`), 'utf8'));
    ajv.addSchema(schema('quote')).addSchema(schema('article'));
    const validateRun = ajv.compile(schema('quotewire'));
    const json = JSON.parse(readFileSync(join(out, 'quotewire.json'), 'utf8'));
    expect(validateRun(json), JSON.stringify(validateRun.errors)).toBe(true);
    const validateQuote = ajv.getSchema('quotewire/quote.schema.json')!;
    for (const l of lines(join(out, 'quotes.jsonl'))) expect(validateQuote(JSON.parse(l)), JSON.stringify(validateQuote.errors)).toBe(true);
    const validateArticle = ajv.getSchema('quotewire/article.schema.json')!;
    for (const l of lines(join(out, 'articles.jsonl'))) expect(validateArticle(JSON.parse(l)), JSON.stringify(validateArticle.errors)).toBe(true);
  });

  test('pullquotes.csv: the best 3 per article, then the best 3 overall; --clean drops flagged quotes', async () => {
    const rows = lines(join(out, 'pullquotes.csv'));
    expect(rows[0]).toBe('scope,rank,quote_id,article_id,pullquote,pullquote_text,speaker,speaker_role,outlet,type,profanity,pullquote_reasons');
    const overall = rows.filter((r) => r.startsWith('overall,'));
    expect(overall.map((r) => r.split(',')[1])).toEqual(['1', '2', '3']);
    const quotes = lines(join(out, 'quotes.jsonl')).map((l) => JSON.parse(l));
    const best = [...quotes].sort((a, b) => b.pullquote - a.pullquote || (a.id < b.id ? -1 : 1))[0];
    expect(overall[0]).toContain(best.id);
    const clean = tmp();
    const input = JSON.stringify({ id: 'p', text: '“This damn bridge has cost us two whole years of our lives,” said Mayor Tom Reid. “We will open it in May and never look back,” he added.' }) + '\n';
    expect((await quotewire(['extract', '-', '--out', clean, '--clean', '-q'], input)).status).toBe(0);
    const cleanRows = lines(join(clean, 'pullquotes.csv')).slice(1);
    expect(cleanRows.map((r) => r.split(',')[0])).toEqual(['article', 'overall']);
    expect(cleanRows[0]).toContain('We will open it in May and never look back.” — Tom Reid, mayor');
  });

  test('quotewire schema prints the shipped schemas', async () => {
    const r = await quotewire(['schema', 'quote']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).$id).toBe('quotewire/quote.schema.json');
  });
});

describe('determinism, shards and resume', () => {
  test('--workers 1 and --workers 2 write byte-identical files', async () => {
    const one = tmp();
    const two = tmp();
    expect((await quotewire(['extract', 'corpus', POLNEAR_DEV, '--out', one, '--workers', '1', '-q', '--format', 'csv,json,jsonl'])).status).toBe(0);
    expect((await quotewire(['extract', 'corpus', POLNEAR_DEV, '--out', two, '--workers', '2', '-q', '--format', 'csv,json,jsonl'])).status).toBe(0);
    const a = outputFiles(one);
    const b = outputFiles(two);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  }, 300_000); // two extract runs over polnear_dev: a loaded host (load 30 on 2 cores) took 137 s

  test('--shard 1/3, 2/3, 3/3 together give exactly the rows of the unsharded run', async () => {
    const whole = tmp();
    await quotewire(['extract', 'corpus', POLNEAR_DEV, '--out', whole, '-q', '--format', 'jsonl']);
    const shardRows = { quotes: [] as string[], articles: [] as string[] };
    const sizes: number[] = [];
    for (const i of [1, 2, 3]) {
      const dir = tmp();
      expect((await quotewire(['extract', 'corpus', POLNEAR_DEV, '--out', dir, '-q', '--format', 'jsonl', '--shard', `${i}/3`])).status).toBe(0);
      shardRows.quotes.push(...lines(join(dir, 'quotes.jsonl')));
      const articles = lines(join(dir, 'articles.jsonl'));
      sizes.push(articles.length);
      shardRows.articles.push(...articles);
    }
    expect(Math.min(...sizes)).toBeGreaterThan(10); // each shard really takes a share
    expect(shardRows.quotes.sort()).toEqual(lines(join(whole, 'quotes.jsonl')).sort());
    expect(shardRows.articles.sort()).toEqual(lines(join(whole, 'articles.jsonl')).sort());
  }, 450_000); // four extract runs over polnear_dev: a loaded host took 70 s, one at load 30 on 2 cores 204 s

  test('--resume after a run killed midway gives byte-identical files', async () => {
    // The first 300 articles of the train set: enough work to kill a run in the middle, in a third of the time.
    const input = join(tmp(), 'train-300.jsonl');
    writeFileSync(input, readFileSync(join(SHARED, 'eval', 'polnear_train.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 300).join('\n') + '\n');
    const reference = tmp();
    expect((await quotewire(['extract', input, '--out', reference, '-q', '--workers', '2'])).status).toBe(0);
    const fullJournal = statSync(join(reference, '.quotewire', 'journal.jsonl')).size;
    const out = tmp();
    const child = quotewireAsync(['extract', input, '--out', out, '-q', '--workers', '2']);
    const journal = join(out, '.quotewire', 'journal.jsonl');
    // Kill once about a third of the articles are done: well after the start, well before the end.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(journal) && statSync(journal).size > fullJournal / 3) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(join(out, 'quotes.csv'))).toBe(false); // nothing that looks complete
    // Exactly the files a run streams into: the CSVs and quotewire.json with its quotes side file (the
    // people, film and outlet tables are written whole at the end), each under its temporary name.
    const partials = readdirSync(out).filter((n) => n.includes('.partial-'));
    expect(partials.map((n) => n.slice(0, n.indexOf('.partial-'))).sort()).toEqual(['.quotewire-json-quotes', 'articles.csv', 'pullquotes.csv', 'quotes.csv', 'quotewire.json']);
    const resumed = await quotewire(['extract', input, '--out', out, '--resume', '--workers', '2']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/\((\d+) reused from an earlier run\)/);
    const a = outputFiles(reference);
    const b = outputFiles(out);
    // The killed run's temporary files are gone too: the folder holds what an uninterrupted run leaves.
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  }, 300_000); // two runs over 300 train articles, one killed and resumed: 128 s at load 30 on 2 cores

  test('a completed run keeps its journal: --resume with another format writes it from there, all reused', async () => {
    const out = tmp();
    expect((await quotewire(['extract', 'corpus', '--out', out, '-q'])).status).toBe(0);
    expect(existsSync(join(out, '.quotewire', 'journal.jsonl'))).toBe(true);
    const fresh = tmp();
    expect((await quotewire(['extract', 'corpus', '--out', fresh, '-q', '--format', 'csv,json,jsonl'])).status).toBe(0);
    const again = await quotewire(['extract', 'corpus', '--out', out, '--resume', '--format', 'csv,json,jsonl']);
    expect(again.status).toBe(0);
    const articles = lines(join(fresh, 'articles.jsonl')).length;
    expect(articles).toBeGreaterThan(10);
    expect(again.stderr).toMatch(new RegExp(`^quotewire: ${articles} articles, .*\\(${articles} reused from an earlier run\\)`, 'm'));
    const a = outputFiles(fresh);
    const b = outputFiles(out);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  }, 240_000); // three runs over the corpus: 109 s at load 30 on 2 cores

  test('--resume refuses a journal that another quotewire version or build wrote, and changes nothing', async () => {
    const out = tmp();
    expect((await quotewire(['extract', 'corpus', '--out', out, '-q'])).status).toBe(0);
    const journal = join(out, '.quotewire', 'journal.jsonl');
    const [header, ...rest] = readFileSync(journal, 'utf8').split('\n');
    const { producer } = JSON.parse(header);
    writeFileSync(journal, [JSON.stringify({ producer: { ...producer, version: '0.0.1' } }), ...rest].join('\n'));
    const before = outputFiles(out);
    const r = await quotewire(['extract', 'corpus', '--out', out, '--resume']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^quotewire: --resume: .*journal\.jsonl was written by quotewire 0\.0\.1 \(build [0-9a-f]{8}\); this is quotewire \d+\.\d+\.\d+ \(build [0-9a-f]{8}\)\. Resuming would mix/);
    const after = outputFiles(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(bytes.equals(after.get(name)!), name).toBe(true);
    // The same producer resumes a completed run: everything reused, nothing reprocessed.
    writeFileSync(journal, [header, ...rest].join('\n'));
    const again = await quotewire(['extract', 'corpus', '--out', out, '--resume']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/\(\d+ reused from an earlier run\)/);
  }, 180_000); // three runs over the corpus: 58 s at load 30 on 2 cores
});

describe('errors and exit statuses', () => {
  test('broken inputs: exit 2, each reported in articles.csv and on stderr, good articles exported', async () => {
    const out = tmp();
    const r = await quotewire(['extract', join(FIXTURES, 'broken'), '--out', out]);
    expect(r.status).toBe(2);
    const rows = lines(join(out, 'articles.csv'));
    const errorRows = rows.filter((l) => /,error,/.test(l));
    expect(errorRows.length).toBe(9);
    expect(rows.filter((l) => /,ok,$/.test(l)).map((l) => l.split(',')[0])).toEqual(['good-1', 'good-2', 'good.txt']);
    expect(r.stderr).toMatch(/9 inputs rejected/);
    expect(r.stderr).toMatch(/bad-lines\.jsonl:2: malformed JSON line/);
    expect(lines(join(out, 'quotes.csv')).length).toBeGreaterThan(1);
  });

  test('a flood of rejected lines: the summary lists the first 50 and counts the rest; control characters never reach the terminal', async () => {
    const dir = tmp();
    const feed = join(dir, 'noisy.jsonl');
    const bad = Array.from({ length: 60 }, (_, i) => `\u001b[31mred\u0007 {"id": "n${i}"}`);
    writeFileSync(feed, ['{"id":"fine","text":"“We sail at noon,” said Captain Ivo Marsh."}', ...bad].join('\n') + '\n');
    const out = join(dir, 'out');
    const r = await quotewire(['extract', feed, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/60 inputs rejected/);
    expect(r.stderr.split('\n').filter((l) => /noisy\.jsonl:\d+: malformed JSON line/.test(l))).toHaveLength(50);
    expect(r.stderr).toMatch(/\n  … and 10 more \(all are in the output's articles list\)\n$/);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.stderr).toMatch(/\\u001b\[31mred\\u0007/);
    expect(lines(join(out, 'articles.csv')).filter((l) => /,error,/.test(l))).toHaveLength(60);
  });

  test('bad arguments and an unwritable output directory are fatal (exit 1)', async () => {
    expect((await quotewire(['extract', 'corpus', '--workers', '0'])).status).toBe(1);
    expect((await quotewire(['extract', 'corpus', '--shard', '4/3'])).status).toBe(1);
    expect((await quotewire(['extract', 'corpus', '--format', 'xml'])).status).toBe(1);
    const r = await quotewire(['extract', 'corpus', '--out', join(ROOT, 'package.json', 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`quotewire: cannot write to output directory ${join(ROOT, 'package.json', 'out')}: a part of the path is not a directory (ENOTDIR)\n`);
    const gone = await quotewire(['extract', 'corpus', '--out', '/proc/no-such-folder/out']);
    expect([gone.status, gone.stderr]).toEqual([1, 'quotewire: cannot write to output directory /proc/no-such-folder/out: no such file or directory (ENOENT)\n']);
  });

  test("'-' reads JSONL from stdin and '--out -' writes quote JSONL to stdout", async () => {
    const input = JSON.stringify({ id: 'in-1', text: '“The bridge opens in May,” said Mayor Tom Reid.' }) + '\n';
    const r = await quotewire(['extract', '-', '--out', '-'], input);
    expect(r.status).toBe(0);
    const quotes = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ article_id: 'in-1', text: 'The bridge opens in May,', start: 1, end: 25, speaker: 'Tom Reid', cue: 'said', speaker_role: 'mayor' });
  });

  test('a truncated WARC record whose page arrived is one row: status ok, the damage in its error column, exit 2', async () => {
    const out = tmp();
    const r = await quotewire(['extract', join(SHARED, 'corpora', 'warc'), '--out', out]);
    expect(r.status).toBe(2);
    const rows = lines(join(out, 'articles.csv')).slice(1);
    const ids = rows.map((row) => row.split(',')[0]);
    expect(new Set(ids).size).toBe(ids.length);
    const clipped = rows.filter((row) => row.startsWith('resiliparse-clipped.warc.gz@0,'));
    expect(clipped).toHaveLength(1);
    expect(clipped[0]).toMatch(/,ok,\S*resiliparse-clipped\.warc\.gz@0: truncated WARC record: 75207 of 88275 bytes \(file cut off\)$/);
    expect(r.stderr).toMatch(/\nquotewire: 1 article read from damaged input \(what arrived of each is exported\):\n {2}\S*resiliparse-clipped\.warc\.gz@0: truncated WARC record: 75207 of 88275 bytes \(file cut off\)\n$/);
    expect(r.stderr).not.toMatch(/rejected/);
    const streamed = await quotewire(['extract', join(SHARED, 'corpora', 'warc', 'resiliparse-clipped.warc.gz'), '--out', '-']);
    expect(streamed.status).toBe(2);
    // One JSON line per quote of the clipped page: the same nine quotes the folder run found there.
    const streamedIds = streamed.stdout.trim().split('\n').map((line) => JSON.parse(line).id as string);
    const folderIds = (JSON.parse(readFileSync(join(out, 'quotewire.json'), 'utf8')).quotes as { id: string }[]).map((q) => q.id).filter((id) => id.startsWith('resiliparse-clipped.warc.gz@0#'));
    expect(streamedIds).toHaveLength(9);
    expect(streamedIds.map((id) => id.slice(id.lastIndexOf('#')))).toEqual(folderIds.map((id) => id.slice(id.lastIndexOf('#'))));
    for (const id of streamedIds) expect(id).toMatch(/\/resiliparse-clipped\.warc\.gz@0#\d+-\d+$/);
    // --out - counts and names it with the folder run's very lines.
    expect(streamed.stderr).toBe(r.stderr.slice(r.stderr.indexOf('quotewire: 1 article read from damaged input')));
  });

  test("stdin into a folder: articles.csv and quotes.csv show the path '-' and ids '-:N' as they are, a formula still guarded", async () => {
    const out = tmp();
    const input = [
      { text: '“The bridge opens in May,” said Mayor Tom Reid.' },
      { title: '=HYPERLINK("http://example.invalid","open")', text: '“We will paint it blue,” said Ines Varo.' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n';
    expect((await quotewire(['extract', '-', '--out', out, '-q'], input)).status).toBe(0);
    const articles = lines(join(out, 'articles.csv'));
    expect(articles[1]).toMatch(/^-:1,-,1,,/);
    expect(articles[2]).toMatch(/^-:2,-,2,"'=HYPERLINK\(""http:\/\/example\.invalid"",""open""\)",/);
    expect(lines(join(out, 'quotes.csv'))[1]).toMatch(/^-:1#1-25,-:1,"The bridge opens in May,",1,25,direct,Tom Reid,/);
  });

  test('two feeds that reuse an article id: every article exported, no quote id written twice, a warning names both places', async () => {
    const dir = tmp();
    const feedA = join(dir, 'a.jsonl');
    const feedB = join(dir, 'b.jsonl');
    writeFileSync(feedA, JSON.stringify({ id: '1', text: '“The pier reopens in June,” said harbour master Ida Fenn.' }) + '\n');
    writeFileSync(feedB, JSON.stringify({ id: '1', text: '“The pier reopens in June,” said councillor Rob Lane.' }) + '\n');
    const out = tmp();
    const r = await quotewire(['extract', feedA, feedB, '--out', out, '--format', 'csv,jsonl', '--emit-text']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`1 article id repeated`);
    expect(r.stderr).toContain(`${feedB}:1: article id "1" already used by ${feedA}:1`);
    const quotes = lines(join(out, 'quotes.jsonl')).map((l) => JSON.parse(l));
    expect(quotes.map((q) => [q.id, q.article_id, q.speaker])).toEqual([['1#1-26', '1', 'Ida Fenn'], [`1@${feedB}:1#1-26`, '1', 'Rob Lane']]);
    expect(lines(join(out, 'articles.csv')).map((l) => l.split(',')[0])).toEqual(['id', '1', '1']);
    expect(readFileSync(join(out, 'texts', '1.txt'), 'utf8')).toContain('Ida Fenn');
    expect(readFileSync(join(out, 'texts', safeFileName(`1@${feedB}:1`) + '.txt'), 'utf8')).toContain('Rob Lane');
    const streamed = await quotewire(['extract', feedA, feedB, '--out', '-']);
    expect(streamed.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1#1-26', `1@${feedB}:1#1-26`]);
    expect(streamed.stderr).toContain(`quotewire: 1 article id repeated (all articles are exported):\n  ${feedB}:1: article id "1" already used by ${feedA}:1`);
  });

  test('--help and --version', async () => {
    expect((await quotewire(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = (await quotewire(['extract', '--help'])).stdout;
    for (const option of ['--out', '--format', '--workers', '--concurrency', '--include', '--exclude', '--shard', '--resume', '--emit-text', '--quiet']) expect(help).toContain(option);
    // What the exit statuses mean is part of the help, and no default reads as an empty list.
    expect(help).toMatch(/Exit status:\n  0  every input was read\n  2  some inputs were rejected/);
    expect(help).not.toContain('(default: [])');
    expect(Math.max(...help.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  test('--out - refuses flags that need an output folder instead of dropping them (exit 1); --format jsonl is fine', async () => {
    const csv = await quotewire(['extract', 'corpus', '--out', '-', '--format', 'csv,jsonl']);
    expect([csv.status, csv.stdout]).toEqual([1, '']);
    expect(csv.stderr).toBe('quotewire: --out - writes quote JSONL to stdout; --format csv,jsonl needs an output folder (--out DIR)\n');
    expect((await quotewire(['extract', 'corpus', '--out', '-', '--emit-text'])).stderr).toMatch(/--emit-text needs an output folder/);
    expect((await quotewire(['extract', 'corpus', '--out', '-', '--report', '--resume'])).stderr).toMatch(/--report, --resume need an output folder/);
    const jsonl = await quotewire(['extract', join(FIXTURES, 'broken', 'good.txt'), '--out', '-', '--format', 'jsonl']);
    expect(jsonl.status).toBe(0);
    expect(JSON.parse(jsonl.stdout.split('\n')[0]!).article_id).toMatch(/good\.txt$/);
  });

  test('the closing line counts in words that agree and names the output folder once, trailing slash or not', async () => {
    const out = join(tmp(), 'results') + '/';
    const r = await quotewire(['extract', join(FIXTURES, 'broken', 'good.txt'), '--out', out]);
    expect(r.status).toBe(0);
    // The closing line is the last line of stderr. On a stderr that is not a terminal the CLI may print a
    // progress line every 5 s before it (src/batch/progress.ts), as a slow machine does even for one article;
    // any other line must be one of those.
    const stderrLines = r.stderr.split('\n');
    expect(stderrLines.pop()).toBe('');
    expect(stderrLines.pop()).toMatch(new RegExp(`^quotewire: 1 article, 1 quote in \\d+\\.\\d s → ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    for (const line of stderrLines) expect(line).toMatch(/^quotewire: \d+ articles?, \d+ quotes?, \d+\.\d articles\/s, ETA (\d+s|\d+min|\?)$/);
  });

  test('an --out that looks like an option is refused, not made into a folder (exit 1)', async () => {
    const r = await quotewire(['extract', 'corpus', '-o', '-q']);
    expect([r.status, r.stderr]).toEqual([1, 'quotewire: --out: "-q" looks like an option, not a folder (write ./-q for a folder of that name)\n']);
    expect(existsSync(join(ROOT, '-q'))).toBe(false);
  });

  test('a wrong flag, a missing path and an unknown command say so in the CLI\'s voice and point to --help (exit 1)', async () => {
    const bogus = await quotewire(['extract', 'corpus', '--bogus']);
    expect([bogus.status, bogus.stdout, bogus.stderr]).toEqual([1, '', "quotewire: unknown option '--bogus'\n(add --help to see the options)\n"]);
    expect((await quotewire(['extract'])).stderr).toBe("quotewire: missing required argument 'paths'\n(add --help to see the options)\n");
    expect((await quotewire(['frobnicate'])).stderr).toMatch(/^quotewire: unknown command 'frobnicate'\n/);
    expect((await quotewire(['extract', '--help'])).status).toBe(0);
  });
});

describe('outlets.csv', () => {
  test('an unlisted paper written with "The" keeps it, and counts the quotes given to it; "Herald" alone is the same row', async () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      { id: 'a', text: '“The ferry is our lifeline,” Ailsa Rennie told The Harbour Herald.' },
      { id: 'b', text: 'Ailsa Rennie said the timetable was a disgrace, the Harbour Herald reported.' },
    ].map((a) => JSON.stringify(a)).join('\n') + '\n');
    const out = join(dir, 'out');
    const r = await quotewire(['extract', input, '--out', out, '--format', 'csv', '--quiet']);
    expect(r.status).toBe(0);
    expect(lines(join(out, 'outlets.csv'))).toEqual(['name,article_count,mention_count,quote_count', 'The Harbour Herald,2,2,2']);
  });

  test('near miss: a listed outlet keeps its listed name ("Guardian" → "The Guardian")', async () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'a', text: '“The ferry is our lifeline,” Ailsa Rennie told the Guardian.' }) + '\n');
    const out = join(dir, 'out');
    expect((await quotewire(['extract', input, '--out', out, '--format', 'csv', '--quiet'])).status).toBe(0);
    expect(lines(join(out, 'outlets.csv'))).toEqual(['name,article_count,mention_count,quote_count', 'The Guardian,1,1,1']);
  });
});
