import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { pullquoteText, rankPullquotes, scorePullquote, scorePullquotes, withPullquotes } from '../../src/pullquotes/index.js';
import { headlineCase } from '../../src/pullquotes/score.js';
import type { Quote } from '../../src/types.js';
import { SHARED } from '../helpers/paths.js';

type Q = Pick<Quote, 'text' | 'type' | 'speaker' | 'speaker_kind'>;
const named = (text: string, extra: Partial<Q> = {}): Q => ({ text, type: 'direct', speaker: 'Maria Lopez', speaker_kind: 'person', ...extra });
const score = (q: Q) => scorePullquote(q).pullquote;

describe('pull-quote features', () => {
  test('length: 8–30 words reads at a glance; very short and very long rank lower', () => {
    const ideal = named('We trained for this match for eleven months and we finally got it right.');
    expect(scorePullquote(ideal).pullquote_reasons).toContain('length-ok');
    expect(score(ideal)).toBeGreaterThan(score(named('We won.')));
    expect(score(ideal)).toBeGreaterThan(score(named(Array(70).fill('word').join(' ') + '.')));
  });

  test('an opening pronoun whose referent is elsewhere loses to a self-contained line', () => {
    const dangling = named('It was the best thing that happened to the team in ten long years.');
    const standalone = named('Winning the cup was the best thing that happened to the team in ten long years.');
    expect(scorePullquote(dangling).pullquote_reasons).toContain('opens-with-pronoun');
    expect(score(standalone)).toBeGreaterThan(score(dangling));
  });

  test('a fragment (lower-case start, partial) ranks below a full sentence', () => {
    const fragment = named('the purest thing we showed all week', { type: 'partial' });
    const sentence = named('This festival showed me the purest thing I have seen all week.');
    expect(scorePullquote(fragment).pullquote_reasons).toEqual(expect.arrayContaining(['fragment', 'partial']));
    expect(score(sentence)).toBeGreaterThan(score(fragment));
  });

  test('a line in headline case is no pull-quote: the body says the same thing, and its version leads', () => {
    const text = 'Okafor Says the Harbour Will Never Sell Its Old Pier\n\nDana Okafor, the harbour master, said on Monday that the harbour would never sell its old pier. “We will never sell the old pier, not while I run this harbour,” Okafor said.';
    const quotes = extractArticle(text, { id: 'pier' }).quotes;
    const headline = quotes.find((q) => q.start < text.indexOf('\n'));
    expect(headline).toMatchObject({ type: 'indirect', text: 'the Harbour Will Never Sell Its Old Pier' });
    expect(headline!.pullquote_reasons).toContain('headline-case');
    const ranked = rankPullquotes(quotes, { limit: 5 });
    expect(ranked[0]).toMatchObject({ type: 'direct', text: 'We will never sell the old pier, not while I run this harbour,' });
    expect(ranked.some((q) => q.pullquote_reasons!.includes('headline-case'))).toBe(false);
    // A body line with a few names in it stays a pull-quote.
    expect(scorePullquote(named('I told Dana Okafor and the Harbour Board that the ferries must keep running.')).pullquote_reasons).not.toContain('headline-case');
  });

  test('a near-duplicate of a better quote is demoted', () => {
    const [a, b] = scorePullquotes([
      named('We will rebuild the bridge by May, whatever the council decides on Friday.'),
      named('We will rebuild the bridge by May, whatever the council decides.'),
    ]);
    expect(a!.pullquote_reasons).not.toContain('near-duplicate');
    expect(b!.pullquote_reasons).toContain('near-duplicate');
    expect(b!.pullquote).toBeLessThan(a!.pullquote);
  });

  test('a near-duplicate shares at least 60% of the shorter quote\'s words', () => {
    // The second shares six of its ten words (60%) with the first, the third five of its ten (50%); the
    // words not shared come first, so the count cannot stop early on either side of the line.
    const [, six, five] = scorePullquotes([
      named('Our small town will finally open its new library next spring.'),
      named('Three parks before winter: our small town will finally open.'),
      named('Three ferries before winter: our small town will finally celebrate.'),
    ]);
    expect(six!.pullquote_reasons).toContain('near-duplicate');
    expect(five!.pullquote_reasons).not.toContain('near-duplicate');
  });

  test('profanity is flagged, never dropped', () => {
    const q = scorePullquote(named('This whole damn season has been a mess from start to finish, honestly.'));
    expect(q.profanity).toBe(true);
    expect(q.pullquote_reasons).toContain('profanity');
    expect(q.pullquote).toBeGreaterThan(0.5);
  });

  test('no speaker and indirect speech rank low', () => {
    const text = 'The bridge will reopen in May after two years of repairs and delays.';
    expect(score(named(text, { speaker: null, speaker_kind: null }))).toBeLessThan(score(named(text)));
    expect(score(named(text, { type: 'indirect' }))).toBeLessThan(score(named(text)));
  });

  test('hand-ranked set: the order an editor would pick', () => {
    const ranked = [
      named('I dare you to tell me how this story should end. Nobody gets a sunset here.'),
      named('We trained for eleven months and we finally got it right on the night.'),
      named('The results are in line with expectations for the third quarter.', { speaker: 'Acme Corp', speaker_kind: 'organization' }),
      named('a very good quarter', { type: 'partial' }),
      named('sales rose three percent in the quarter', { type: 'indirect', speaker: null, speaker_kind: null }),
    ];
    const order = [...ranked].sort((x, y) => score(y) - score(x));
    expect(order).toEqual(ranked);
  });
});

describe('paste-ready attribution', () => {
  test('speaker, role and outlet where known; a trailing comma ends as a full stop', () => {
    expect(pullquoteText({ text: 'We start shooting in March,', speaker: 'Dana Whitfield', speaker_role: 'producer', outlet: 'Variety', speaker_kind: 'person' }))
      .toBe('“We start shooting in March.” — Dana Whitfield, producer, to Variety');
    expect(pullquoteText({ text: 'No comment.', speaker: null, speaker_role: null, outlet: null, speaker_kind: null })).toBe('“No comment.”');
  });

  test('a long quote is shortened with an ellipsis at whole sentences, words unchanged', () => {
    const long = 'The first year was hard. We lost our best player in March and our coach in June. Then we found a way to win games nobody expected us to win, one after another, until the final. I still cannot quite believe it happened to us.';
    const out = pullquoteText({ text: long, speaker: 'Ana Costa', speaker_role: null, outlet: null, speaker_kind: 'person' });
    const body = out.slice(1, out.indexOf('” —'));
    expect(body).toMatch(/…/);
    for (const piece of body.split('…').map((p) => p.trim()).filter(Boolean)) expect(long).toContain(piece);
    expect(body.split(/\s+/).filter((w) => w !== '…').length).toBeLessThanOrEqual(30);
  });
});

describe('roles from the article', () => {
  test("a speaker whose quote sentence gives no role is credited with the article's role for them; the quote's own role wins", () => {
    const base = { id: 'a#0-1', article_id: 'a', start: 0, end: 1, type: 'direct' as const, speaker_mention: null, speaker_start: null, speaker_end: null, cue: null, cue_start: null, cue_end: null, confidence: 1 };
    const quotes: Quote[] = [
      { ...base, text: 'We start shooting in March.', speaker: 'Dana Whitfield', speaker_kind: 'person', speaker_role: null, outlet: 'Variety' },
      { ...base, text: 'The money is there.', speaker: 'Dana Whitfield', speaker_kind: 'person', speaker_role: 'executive producer', outlet: null },
      { ...base, text: 'No comment from us.', speaker: 'Ola Berg', speaker_kind: 'person', speaker_role: null, outlet: null },
    ];
    const people = [{ name: 'Dana Whitfield', aliases: [], roles: ['producer'], mentions: [] }, { name: 'Ola Berg', aliases: [], mentions: [] }];
    expect(withPullquotes(quotes, { people }).map((q) => q.pullquote_text)).toEqual([
      '“We start shooting in March.” — Dana Whitfield, producer, to Variety',
      '“The money is there.” — Dana Whitfield, executive producer',
      '“No comment from us.” — Ola Berg',
    ]);
    expect(withPullquotes(quotes, { people })[0]!.speaker_role).toBeNull();
  });
});

describe('the seed article', () => {
  const gold = JSON.parse(readFileSync(join(SHARED, 'seeds', '000_71a23aaa782aa84c.gold.json'), 'utf8'));
  const quotes = extractArticle(gold.text, { id: 'seed' }).quotes;

  test('the top pull-quote is a Stahleski quote, attributed to him, flagged for profanity', () => {
    const [top] = rankPullquotes(quotes, { limit: 3 });
    expect(top).toMatchObject({ speaker: 'Chad Stahleski', profanity: true, type: 'direct' });
    // The tail of one of his quotes, cut at a sentence start, credited with role and outlet (checked against
    // the gold at run time rather than copied here).
    const shown = /^“… (.+)” — Chad Stahleski, director, to IndieWire$/.exec(top!.pullquote_text);
    expect(shown).not.toBeNull();
    const words = shown![1]!.replace(/[.,!?]$/, '');
    expect(gold.quotes.some((q: { text: string }) => q.text.includes(words))).toBe(true);
  });

  test('--clean picks a clean one', () => {
    const clean = rankPullquotes(quotes, { limit: 3, clean: true });
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.every((q) => q.profanity === false)).toBe(true);
  });
});

describe('headlineCase', () => {
  test('most words of four letters or more capitalised, three at least', () => {
    expect(headlineCase('Port Elwin Ferry Fares Will Rise in Spring')).toBe(true);
    // Short words and the listed prepositions are not counted either way: counted, "with" and "from"
    // would make this two lower-case words in eight.
    expect(headlineCase('Okafor Backs Plan with the Pilots of Port Elwin')).toBe(true);
    expect(headlineCase('Harbour Board Wins Again with Pilots from Elwin')).toBe(true);
  });

  test('letters are counted by code point, without apostrophes and hyphens', () => {
    // "I’ve" has three letters, "Co-op" four: the long words are all capitalised.
    expect(headlineCase('I’ve Joined the Co-op, Said Mara Okafor')).toBe(true);
    // "we’d" is a short word (its apostrophe is no letter), so a lower-case long word is not counted.
    expect(headlineCase('Harbour Board Wins, we’d say')).toBe(true);
    // "𝐚𝐛𝐜" is three code points (six UTF-16 units): a short word, not a lower-case long one.
    expect(headlineCase('Harbour Board Wins 𝐚𝐛𝐜')).toBe(true);
    expect(headlineCase('Ölund Über Ärger')).toBe(true);
    // Letters outside the Basic Multilingual Plane count once each: "𝐀𝐁𝐂" is a short word.
    expect(headlineCase('Harbour 𝐀𝐁𝐂 Board Wins')).toBe(true);
    expect(headlineCase('Harbour Board wins again 𝐀𝐁𝐂𝐃')).toBe(false);
  });

  test('not a sentence with a few names in it, nor fewer than three capitalised words', () => {
    expect(headlineCase('And that is why Mara Okafor runs the Harbour Board')).toBe(false);
    expect(headlineCase('Harbour Board')).toBe(false);
    expect(headlineCase('')).toBe(false);
  });
});
