import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { SHARED } from '../helpers/paths.js';

const analyze = (text: string) => analyzeArticle({ id: 't', path: '', text });

describe('analyzeArticle', () => {
  test('tokens and sentences carry exact offsets; possessives are their own token', () => {
    const text = 'Title line\n\n“It’s fine,” Senator Vance’s aide said.\r\n\r\nNext paragraph here.';
    const doc = analyze(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('’s');
    expect(doc.tokens.filter((t) => t.text === '’s').map((t) => t.pos)).toEqual(['AUX', 'PART']); // "It’s", "Vance’s"
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Title line', '“It’s fine,” Senator Vance’s aide said.', 'Next paragraph here.']);
    expect(doc.paragraphs).toHaveLength(3);
  });

  test('a word in small letters the model reads as an abbreviation ("ill.", "sat.") is a word and a full stop that ends the sentence', () => {
    const text = 'Lena Voss said she felt ill. “I went home,” she said. The jury sat. Then it left. He stood 6 ft. 2 in. Tall men agreed.';
    const doc = analyze(text);
    const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences.slice(0, 4)).toEqual(['Lena Voss said she felt ill.', '“I went home,” she said.', 'The jury sat.', 'Then it left.']);
    expect(doc.tokens.find((t) => t.text === 'ill')).toMatchObject({ pos: 'ADJ', lemma: 'ill', start: text.indexOf('ill.'), end: text.indexOf('ill.') + 3 });
    expect(doc.tokens.find((t) => t.text === 'sat')).toMatchObject({ pos: 'VERB', lemma: 'sit' });
    // After a number "in." stays the measure.
    expect(doc.tokens.map((t) => t.text)).toContain('in.');
  });

  test('"\'s" after a pronoun is a contracted verb, not a possessive', () => {
    const doc = analyze('It’s late, and that\'s the plan, but he\'s been gone since Lee\'s speech.');
    const esses = doc.tokens.filter((t) => t.normal === "'s").map((t) => [t.text, t.pos, t.lemma]);
    expect(esses).toEqual([['’s', 'AUX', 'be'], ["'s", 'AUX', 'be'], ["'s", 'AUX', 'have'], ["'s", 'PART', "'s"]]);
  });

  test('a given name the model reads as a verb or a modal is a proper noun before a surname, but a modal opening a question stays one', () => {
    const doc = analyze('Ted Marsh spoke first, and later said Will Okafor had the numbers. Will Okafor run again?');
    const tags = doc.tokens.filter((t) => t.text === 'Ted' || t.text === 'Will').map((t) => [t.text, t.pos]);
    expect(tags).toEqual([['Ted', 'PROPN'], ['Will', 'PROPN'], ['Will', 'AUX']]);
  });

  test('a capitalised word the model reads as a verb is part of a name after "the" and before a proper noun, but not in a title-case headline', () => {
    const doc = analyze('The story was first reported by the Associated Press. Voters Rejected Harlow Plan.');
    const tags = doc.tokens.filter((t) => t.text === 'Associated' || t.text === 'Rejected').map((t) => [t.text, t.pos]);
    expect(tags).toEqual([['Associated', 'PROPN'], ['Rejected', 'VERB']]);
  });

  test('after "a" too, a capitalised word read as a verb before a proper noun is part of the name: "A Downing Street spokesperson"', () => {
    const doc = analyze('A Downing Street spokesperson said the talks were over. A Reading man said nothing.');
    expect(doc.tokens.find((t) => t.text === 'Downing')?.pos).toBe('PROPN');
  });

  test('a report noun after a genitive and a modifier is a noun, though the model reads it as a verb', () => {
    const doc = analyze("Elwin police's earlier claim that the driver ran was wrong. Let's go. The driver's fled.");
    const tags = doc.tokens.filter((t) => /^(claim|go|fled)$/.test(t.text)).map((t) => [t.text, t.pos]);
    expect(tags).toEqual([['claim', 'NOUN'], ['go', 'VERB'], ['fled', 'VERB']]);
  });

  test('an irregular participle after a genitive and an adverb stays a verb when an object follows it', () => {
    const doc = analyze("The harbour board's just cut the ferry grant, Lina Ost said. The dean's recently quit the panel. The firm's recent bid failed.");
    const tags = doc.tokens.filter((t) => /^(cut|quit|bid)$/.test(t.text)).map((t) => [t.text, t.pos]);
    expect(tags).toEqual([['cut', 'VERB'], ['quit', 'VERB'], ['bid', 'NOUN']]);
  });

  test('a lower-case word after "according to" is a noun, and "to" the preposition, though the model reads a verb', () => {
    const doc = analyze('According to police, who said the van was stolen, the road was shut. Fares will rise, according to reports.');
    const tags = doc.tokens.filter((t) => /^(to|police|reports)$/.test(t.text)).map((t) => [t.text, t.pos]);
    expect(tags).toEqual([['to', 'ADP'], ['police', 'NOUN'], ['to', 'ADP'], ['reports', 'NOUN']]);
  });

  // An article per turn of the event loop, so vitest's worker reads its RPC replies meanwhile (see
  // tests/helpers/yield-between-tests.ts).
  test("an article's analysis does not depend on the articles analysed before it", async () => {
    const text = 'Senator Maria Vance’s lead in the polls shrank after Clinton’s speech, and Vance’s aides said the lead would return.';
    const before = analyze(text);
    const corpus = readFileSync(join(SHARED, 'eval', 'polnear_dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    for (const line of corpus) {
      analyze((JSON.parse(line) as { text: string }).text);
      await setImmediate();
    }
    const after = analyze(text);
    expect(after.tokens).toEqual(before.tokens);
    expect(after.sentences).toEqual(before.sentences);
  });

  test('spaces the tagger drops without counting them shift no offset', () => {
    // Byte-order marks inside web text, form feeds, line and paragraph separators, ideographic spaces.
    for (const space of ['\ufeff', '\f', '\v', '\u2028', '\u2029', '\u3000', '\u2000', '\u1680']) {
      const text = `Storm Warning Issued${space}Mayor Ana Ruiz Says Schools Will Close\n\n${space}Mayor Ana Ruiz said the roads were unsafe.`;
      const doc = analyze(text);
      for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(doc.tokens.filter((t) => t.text === 'Ruiz').map((t) => t.start)).toEqual([...text.matchAll(/Ruiz/g)].map((m) => m.index));
    }
  });
});

describe('"in." that is no abbreviation', () => {
  test('a particle before a full stop ends its sentence: "moved in. Rain …", "gave in. “…”", and at the end; "3 in." stays a measure', () => {
    const text = 'The crew moved in. Rain fell 3 in. on Monday. She gave in. "No," she said. He logged in.';
    const doc = analyze(text);
    const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['The crew moved in.', 'Rain fell 3 in. on Monday.', 'She gave in.', '"No," she said.', 'He logged in.']);
    const at = text.indexOf('in. Rain');
    expect(doc.tokens.filter((t) => t.start >= at && t.end <= at + 3).map((t) => [t.text, t.start, t.pos])).toEqual([['in', at, 'ADP'], ['.', at + 2, 'PUNCT']]);
    expect(doc.tokens.some((t) => t.text === 'in.' && t.start === text.indexOf('in. on'))).toBe(true);
  });
  test('"in." before a paragraph break ends its sentence too; "3 in." there stays a measure', () => {
    const text = 'Carla Munro said the council would have to step in.\n\n“Roads are not optional,” Munro told reporters.\n\nThe snow was 3 in.\n\nIt melted.';
    const doc = analyze(text);
    const at = text.indexOf('in.\n\n“');
    expect(doc.tokens.filter((t) => t.start >= at && t.end <= at + 3).map((t) => [t.text, t.start, t.pos])).toEqual([['in', at, 'ADP'], ['.', at + 2, 'PUNCT']]);
    expect(doc.tokens.some((t) => t.text === 'in.' && t.start === text.indexOf('in.\n\nIt'))).toBe(true);
  });
});

describe('very long words', () => {
  test('a word of thousands of characters (an inline image’s base64) keeps every offset after it exact', () => {
    const blob = 'QmFzZTY0'.repeat(2000);
    const text = `Photo: ${blob} (credit)\n\nMayor Ana Ruiz said the roads were unsafe.`;
    const doc = analyzeArticle({ id: 't', path: '', text });
    expect(doc.tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
    // The tagger reads it in pieces (one character in 256 is read as a space): none is longer than that.
    expect(Math.max(...doc.tokens.map((t) => t.text.length))).toBeLessThanOrEqual(256);
    expect(doc.tokens.find((t) => t.text === 'Ruiz')!.start).toBe(text.indexOf('Ruiz'));
  });

  test('the break starts at 257 characters: a 256-character word stays one token, one more is read in two', () => {
    const longest = (word: string) => Math.max(...analyzeArticle({ id: 't', path: '', text: `Code ${word} ends.` }).tokens.map((t) => t.text.length));
    expect(longest('k'.repeat(256))).toBe(256);
    expect(longest('k'.repeat(257))).toBe(255);
  });
});

describe('a sentence ends after a firm\'s abbreviation before a capitalised word and one in small letters', () => {
  const sentenceTexts = (text: string) => analyze(text).sentences.map((s) => text.slice(s.start, s.end));

  test('"… Visitors Corp. Hotel owners estimated …" is two sentences', () => {
    const text = 'The fair drew 9,000 people, according to the Elwin Visitors Corp. Hotel owners estimated that sales doubled.';
    expect(sentenceTexts(text)).toEqual(['The fair drew 9,000 people, according to the Elwin Visitors Corp.', 'Hotel owners estimated that sales doubled.']);
  });

  test('a word in small letters, a title or a name after the abbreviation keeps the sentence', () => {
    for (const text of ['Acme Inc. said it would grow.', 'Acme Corp. President Dana Reyes said it would grow.', 'Harlow & Finch Co. spokesman Tom Bell said it would grow.']) {
      expect(sentenceTexts(text)).toEqual([text]);
    }
  });
});

describe('"further" before an inflected verb is the adverb', () => {
  const posOf = (text: string, word: string) => analyze(text).tokens.find((t) => t.normal === word)?.pos;

  test('"he further explained", "it further wrote": an adverb, so the cue after it has its subject', () => {
    expect(posOf('“Our luck has changed,” he further explained.', 'further')).toBe('ADV');
    expect(posOf('“Our luck has changed,” it further wrote.', 'further')).toBe('ADV');
  });

  test('the verb with its object stays a verb: "to further the talks"', () => {
    expect(posOf('Mark Okafor said the grant would further the talks.', 'further')).not.toBe('ADV');
  });
});

describe('"there" and "here" after a noun', () => {
  test('before a verb they are adverbs, so "Officials there said …" reports', () => {
    const doc = analyze('Officials there said the pier had closed. In the valley there are three mills.');
    expect(doc.tokens.filter((t) => t.normal === 'there').map((t) => t.pos)).toEqual(['ADV', 'PRON']);
  });
});

describe('a full stop glued between digits ends no sentence', () => {
  test('"posted at 12.03am on Friday: …" stays one sentence', () => {
    const text = 'The account posted at 12.03am on Friday: "We did it." Then it went quiet.';
    const doc = analyze(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The account posted at 12.03am on Friday: "We did it."', 'Then it went quiet.']);
  });
});

describe('a sentence ends after a one-letter platform and its full stop', () => {
  test('"… posted on X. He later told …" are two sentences; an initial before a surname still is none', () => {
    const text = '‘Bad luck today,’ Menon posted on X. He later told The Guardian that he would play.';
    const doc = analyzeArticle({ text } as Parameters<typeof analyzeArticle>[0]);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['‘Bad luck today,’ Menon posted on X.', 'He later told The Guardian that he would play.']);
    const named = 'The report was signed by X. Ruiz and two others.';
    expect(analyzeArticle({ text: named } as Parameters<typeof analyzeArticle>[0]).sentences).toHaveLength(1);
  });
});

describe('a sentence ends after a lone capital and its full stop that no name\'s initial can be', () => {
  const sentences = (text: string) => analyzeArticle({ text } as Parameters<typeof analyzeArticle>[0]).sentences.map((s) => text.slice(s.start, s.end));

  test('after a noun a letter names one of ("Grade C", "Plan B"), before a title or a capitalised word', () => {
    expect(sentences('The inspectors gave the bakery Grade C. Mr. Osei said he would appeal.')).toEqual(['The inspectors gave the bakery Grade C.', 'Mr. Osei said he would appeal.']);
    expect(sentences('The council settled on Plan B. Residents were not asked.')).toEqual(['The council settled on Plan B.', 'Residents were not asked.']);
    expect(sentences('They switched to plan B. Residents were not asked.')).toEqual(['They switched to plan B.', 'Residents were not asked.']);
  });

  test('before a plural noun for a group of people ("… Brand Q. Volunteers said …")', () => {
    expect(sentences('The poster celebrates Brand Q. Volunteers said it was printed overnight.')).toEqual(['The poster celebrates Brand Q.', 'Volunteers said it was printed overnight.']);
  });

  test('a name\'s initial before a surname keeps the sentence', () => {
    expect(sentences('Senator Ruth B. Adler said the vote was close.')).toHaveLength(1);
    expect(sentences('The award went to Tomas K. Berg last year.')).toHaveLength(1);
  });

  test('negative: a given name before the initial, or a designator noun opening the sentence or after a title, is a name', () => {
    expect(sentences('Coach Ivan R. Banks said the squad was tired.')).toHaveLength(1);
    expect(sentences('The prize went to Nora T. Sellers. Voters agreed.')).toEqual(['The prize went to Nora T. Sellers.', 'Voters agreed.']);
    expect(sentences('Ward P. Lomax, the club\'s treasurer, said the books were fine.')).toHaveLength(1);
    expect(sentences('Judge Wing T. Ochoa said the case was closed.')).toHaveLength(1);
  });
});

describe('a lone capital and its full stop before a group of people and a speech verb end the sentence', () => {
  const sentences = (text: string) => analyzeArticle({ text } as Parameters<typeof analyzeArticle>[0]).sentences.map((s) => text.slice(s.start, s.end));

  test('after a capitalised designator noun after a small word ("had no Plan C. Parents said …", "was all Type B. Parents told …")', () => {
    expect(sentences('The school had no Plan C. Parents said the closure came as a shock.')).toEqual(['The school had no Plan C.', 'Parents said the closure came as a shock.']);
    expect(sentences('The new intake was all Type B. Parents told the board they were pleased.')).toEqual(['The new intake was all Type B.', 'Parents told the board they were pleased.']);
  });

  test('negative: after a given name the capital is a middle initial, whatever plural noun the surname is ("Dana R. Neighbors said")', () => {
    expect(sentences('After the vote, Mila T. Neighbors said the levy was unfair.')).toHaveLength(1);
    expect(sentences('On Friday, Owen P. Riders said the track was closed.')).toHaveLength(1);
  });

  test('after a given name governed by a preposition that opens no clause, a group noun and a speech verb open a sentence ("a talk about Malcolm X. Organisers said")', () => {
    expect(sentences('The parade stopped under the mural of Lena K. Volunteers said the paint was still wet.')).toEqual(['The parade stopped under the mural of Lena K.', 'Volunteers said the paint was still wet.']);
    expect(sentences('She gave a lecture about Malcolm X. Organisers said the hall was full.')).toEqual(['She gave a lecture about Malcolm X.', 'Organisers said the hall was full.']);
  });

  test('negative: after "after"/"before", which open a clause, the capital stays an initial ("Before Owen P. Riders said")', () => {
    expect(sentences('Before Owen P. Riders said the track was closed, fans had left.')).toHaveLength(1);
  });

  test('negative: real initials stay in their name, and a group noun that is also a surname keeps the sentence', () => {
    expect(sentences('The hall was named for Paul T. Hartley. It opened in May.')).toEqual(['The hall was named for Paul T. Hartley.', 'It opened in May.']);
    expect(sentences('We spoke to Mary J. Fields said nothing.')).toHaveLength(1);
    expect(sentences('The award went to Nora T. Sellers said the jury.')).toHaveLength(1);
    expect(sentences('Diane R. Porter said the road would reopen.')).toHaveLength(1);
    expect(sentences('The visit of Ana J. Clarke ended early, and U.S. officials said little.')).toHaveLength(1);
  });
});

describe('a full stop inside a dotted abbreviation ends no sentence', () => {
  const sentenceTexts = (text: string) => analyze(text).sentences.map((s) => text.slice(s.start, s.end));

  test('a party tag\'s dotted state, "D-N.M.", "(R-N.C.)", "D-W.Va.", stays in the sentence', () => {
    for (const state of ['N.M.', 'N.C.', 'N.Y.', 'S.C.', 'W.Va.', 'N.H.', 'N.D.']) {
      const text = `Rep. Ivo Marsh, D-${state}, voted against the plan. The vote failed.`;
      expect(sentenceTexts(text)).toEqual([`Rep. Ivo Marsh, D-${state}, voted against the plan.`, 'The vote failed.']);
    }
    const bracketed = 'Rep. Ivo Marsh (R-N.C.) voted against the plan.';
    expect(sentenceTexts(bracketed)).toEqual([bracketed]);
  });

  test('the abbreviation\'s last full stop, a space after it, still ends one', () => {
    expect(sentenceTexts('Rep. Ivo Marsh lives in Raleigh, N.C. He voted against the plan.')).toEqual(['Rep. Ivo Marsh lives in Raleigh, N.C.', 'He voted against the plan.']);
  });
});
