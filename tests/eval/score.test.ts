import { describe, expect, test } from 'vitest';
import { codePointToUtf16, parseGold } from '../../src/eval/gold.js';
import { matchEntities, scoreArticles } from '../../src/eval/score.js';
import { matchSpans, prf } from '../../src/eval/match.js';
import { normalizeName, trimSpan } from '../../src/eval/normalize.js';
import type { Quote } from '../../src/types.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

function pred(text: string, inner: string, extra: Partial<Quote> = {}): Quote {
  const start = text.indexOf(inner);
  return {
    id: 'x', article_id: 'a', text: inner, start, end: start + inner.length, type: 'direct',
    speaker: null, speaker_mention: null, speaker_start: null, speaker_end: null, speaker_kind: null, speaker_role: null,
    cue: null, cue_start: null, cue_end: null, outlet: null, confidence: 1, ...extra,
  };
}

describe('eval scoring (SPEC.md)', () => {
  test('gold code-point offsets become UTF-16 offsets (astral characters count twice)', () => {
    const text = '😀 “Hi there,” she said.';
    const u = codePointToUtf16(text);
    expect(u(2)).toBe(3); // the emoji is one code point, two code units
    const gold = parseGold({ id: 'g', text, quotes: [{ start: 2, end: 13, text: '“Hi there,”', type: 'direct', speaker: 'she', speaker_start: 14, speaker_end: 17 }] });
    expect(text.slice(gold.quotes[0]!.start, gold.quotes[0]!.end)).toBe('“Hi there,”');
    expect(text.slice(gold.quotes[0]!.speakerSpan!.start, gold.quotes[0]!.speakerSpan!.end)).toBe('she');
  });

  test('spans are trimmed of quotation marks, spaces and edge punctuation', () => {
    const text = 'x “ Hello, world! ” y';
    expect(trimSpan(text, { start: 2, end: 19 })).toEqual({ start: 4, end: 16 });
  });

  test('30%, 80% and exact thresholds, matched one to one', () => {
    const gold = [{ start: 0, end: 100 }];
    expect(matchSpans(gold, [{ start: 0, end: 35 }], 0.3)).toHaveLength(1);
    expect(matchSpans(gold, [{ start: 0, end: 35 }], 0.8)).toHaveLength(0);
    expect(matchSpans(gold, [{ start: 0, end: 100 }], 'exact')).toHaveLength(1);
    // Two predictions over one gold span: only one can match.
    expect(matchSpans(gold, [{ start: 0, end: 60 }, { start: 40, end: 100 }], 0.3)).toHaveLength(1);
  });

  test('speaker: mention overlap, or a shared name token — but a pronoun gold speaker only by overlap', () => {
    const text = '“We won,” Lopez said. “Again,” she said.';
    const gold = parseGold({ id: 'g', text, quotes: [
      { start: 0, end: 9, type: 'direct', speaker: 'Maria Lopez', speaker_start: 10, speaker_end: 15 },
      { start: 22, end: 30, type: 'direct', speaker: 'she', speaker_start: 31, speaker_end: 34 },
    ] });
    const byName = pred(text, 'We won,', { speaker: 'Maria Lopez' });
    const wrongMention = pred(text, 'Again,', { speaker: 'Maria Lopez', speaker_mention: 'Lopez', speaker_start: 10, speaker_end: 15 });
    const r = scoreArticles([{ gold, quotes: [byName, wrongMention], entities: { people: [], films: [], outlets: [], characters: [] } }], ['direct', 'partial', 'indirect']);
    expect(r.overall.matched['0.3']).toBe(2);
    expect(r.overall.speakerCorrect).toBe(1);
    expect(r.overall.endToEnd.f1).toBeCloseTo(0.5);
    expect(r.errors.map((e) => e.kind)).toEqual(['wrong-speaker']);
  });

  test('a quote type with no gold scores null, not a perfect 1 (nor a speaker accuracy of 0)', () => {
    const text = '“We are ready,” said Ula Brin.';
    const gold = parseGold({ id: 'g', text, quotes: [{ start: 0, end: 15, type: 'direct', speaker: 'Ula Brin', speaker_start: 21, speaker_end: 29 }] });
    const found = pred(text, 'We are ready,', { speaker: 'Ula Brin' });
    const r = scoreArticles([{ gold, quotes: [found], entities: { people: [], films: [], outlets: [], characters: [] } }], ['direct', 'partial']);
    expect(r.byType.direct!.at['0.3']).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.byType.direct!.speakerAccuracy).toBe(1);
    const partial = r.byType.partial!;
    expect(partial.at['0.3']).toEqual({ precision: null, recall: null, f1: null });
    expect(partial.at.exact).toEqual({ precision: null, recall: null, f1: null });
    expect(partial.endToEnd).toEqual({ precision: null, recall: null, f1: null });
    expect(partial.speakerAccuracy).toBeNull();
  });

  test('with no gold, a prediction makes precision 0 (a false hit); with gold, nothing predicted is precision 0, recall 0', () => {
    expect(prf(0, 2, 0)).toEqual({ precision: 0, recall: null, f1: null });
    expect(prf(0, 0, 3)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf(1, 2, 4)).toEqual({ precision: 0.5, recall: 0.25, f1: 1 / 3 });
  });

  test('outlet accuracy: an outlet equal to the speaker counts as none', () => {
    const text = 'According to Deadline, the film shoots in May.';
    const gold = parseGold({ id: 'g', text, quotes: [{ start: 23, end: 45, type: 'indirect', speaker: 'Deadline', speaker_start: 13, speaker_end: 21, outlet: 'Deadline' }] });
    const p = pred(text, 'the film shoots in May', { type: 'indirect', speaker: 'Deadline', outlet: null });
    const r = scoreArticles([{ gold, quotes: [p], entities: { people: [], films: [], outlets: [], characters: [] } }], ['indirect']);
    expect(r.outlet.compared).toBe(0);
  });

  test('entity names are normalised; an unmerged duplicate is a false positive', () => {
    expect(normalizeName('The “Bowery King”’s')).toBe('"bowery king"');
    expect(normalizeName('  John Wick: Chapter 3 – Parabellum ')).toBe('john wick: chapter 3 - parabellum');
    const gold = [{ name: 'Keanu Reeves', aliases: ['Reeves'] }];
    expect(matchEntities(gold, [{ name: 'Keanu Reeves', aliases: [] }, { name: 'Reeves', aliases: [] }])).toBe(1);
  });

  test('PolNeAR attributions without quotation marks are the indirect gold', () => {
    const text = 'Smith said the plan failed. Jones said “it worked.”';
    const gold = parseGold({ id: 'p', text, quotes: [{ start: 38, end: 50, type: 'partial', speaker: 'Jones', speaker_start: 28, speaker_end: 33 }], attributions: [
      { source_spans: [[0, 5]], cue_spans: [[6, 10]], content_spans: [[11, 26]] },
      { source_spans: [[28, 33]], cue_spans: [[34, 38]], content_spans: [[38, 50]] },
    ] });
    expect(gold.quotes.filter((q) => q.type === 'indirect').map((q) => text.slice(q.start, q.end))).toEqual(['the plan failed']);
  });
});

describe('articles whose gold lists no quotations', () => {
  test('eval names them and scores the rest beside the full score', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { evaluate, formatReport } = await import('../../src/eval/run.js');
    const annotated = '“We open the bridge on Monday,” said Mayor Ann Green.';
    const bare = 'The council met.\n\n“The budget is balanced,” said Tom Hart, the treasurer.';
    const path = join(tempDir('qw-eval-'), 'gold.jsonl');
    writeFileSync(path, [
      { id: 'a', text: annotated, quotes: [{ start: 0, end: 31, text: annotated.slice(0, 31), type: 'direct', speaker: 'Ann Green', speaker_start: 43, speaker_end: 52 }], attributions: [] },
      { id: 'b', text: bare, quotes: [], attributions: [] },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const report = evaluate(path, { types: ['direct', 'partial'] });
    expect(report.overall.at['0.3'].precision).toBe(0.5); // the score itself is SPEC's: the unlisted quote is a false hit
    expect(report.unannotated).toMatchObject({ articles: 1, predicted: 1, ids: ['b'] });
    expect(report.unannotated!.without.at['0.3'].f1).toBe(1);
    const lines = formatReport(path, report).split('\n');
    expect(lines[0]).toBe(`quotewire eval ${path}: 2 articles, types direct+partial`);
    expect(lines).toContain("note: 1 article has no gold quotes in quotation marks but 1 predicted quotation (marks the gold may not annotate, e.g. ''…''); the other 1 article scores:");
  });

  test('the header of a one-article gold file says "1 article"', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { evaluate, formatReport } = await import('../../src/eval/run.js');
    const text = '“The ferry runs again in April,” said harbour master Lia Brent.';
    const path = join(tempDir('qw-eval-'), 'one.jsonl');
    writeFileSync(path, JSON.stringify({ id: 'one', text, quotes: [{ start: 0, end: 32, text: text.slice(0, 32), type: 'direct', speaker: 'Lia Brent', speaker_start: 53, speaker_end: 62 }], attributions: [] }));
    expect(formatReport(path, evaluate(path, { types: ['direct'] })).split('\n')[0]).toBe(`quotewire eval ${path}: 1 article, types direct`);
  });

  test('with indirect speech scored, the attributions around unread marks are set apart too', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { evaluate, formatReport } = await import('../../src/eval/run.js');
    const reported = 'The council met. Mayor Ann Green said the bridge would open on Monday.';
    const bare = "The council met.\n\n''The budget is balanced,'' said Tom Hart, the treasurer.";
    const span = (text: string, s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
    const path = join(tempDir('qw-eval-'), 'gold.jsonl');
    writeFileSync(path, [
      { id: 'a', text: reported, quotes: [], attributions: [{ source_spans: [span(reported, 'Mayor Ann Green')], cue_spans: [span(reported, 'said')], content_spans: [span(reported, 'the bridge would open on Monday')] }] },
      { id: 'b', text: bare, quotes: [], attributions: [{ source_spans: [span(bare, 'Tom Hart')], cue_spans: [span(bare, 'said')], content_spans: [span(bare, "''The budget is balanced,''")] }] },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const report = evaluate(path, { types: ['indirect'] });
    expect(report.overall.at['0.3'].recall).toBe(0.5); // SPEC's score: the quoted attribution counts as indirect, and is missed
    expect(report.unannotated).toMatchObject({ articles: 1, predicted: 1, ids: ['b'] });
    expect(report.unannotated!.without.at['0.3'].f1).toBe(1);
    expect(formatReport(path, report)).toMatch(/^rest +1 +1 \|  1\.000/m);
  });
});
