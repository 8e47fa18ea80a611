import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

// Clauses about a show or event coming out or back, before a closing frame: the tagger reads
// "returns"/"return" as a noun, so the clause had no verb (data/scheduling-verbs.json).
describe('a scheduling verb read as a noun, before ", X said"', () => {
  test('"The Larkmoor Prizes return on ABC in June, organisers said."', () => {
    const text = 'The Larkmoor Prizes return on ABC in June, organisers said.';
    expect(quote(text, 'The Larkmoor')).toMatchObject({
      text: 'The Larkmoor Prizes return on ABC in June', type: 'indirect', speaker: 'organisers', cue: 'said', outlet: null,
      start: 0, end: text.indexOf(', organisers'),
    });
  });

  test('after a quoted title and a genre, with "told OUTLET": the outlet is the teller\'s hearer, not the channel in the clause', () => {
    const text = 'The crime serial “Salt Harbour” returns on ITV next month, Priya Nand told Deadline.';
    expect(quote(text, 'The crime serial')).toMatchObject({
      text: 'The crime serial “Salt Harbour” returns on ITV next month', type: 'indirect', speaker: 'Priya Nand', cue: 'told', outlet: 'Deadline',
      start: 0, end: text.indexOf(', Priya'),
    });
  });

  test('a capitalised subject and a channel that also speaks: "Fernhill Academy returns on Hulu on Monday, Hulu said."', () => {
    const text = 'Fernhill Academy returns on Hulu on Monday, Hulu said.';
    expect(quote(text, 'Fernhill Academy')).toMatchObject({
      text: 'Fernhill Academy returns on Hulu on Monday', type: 'indirect', speaker: 'Hulu', cue: 'said', start: 0, end: text.indexOf(', Hulu said'),
    });
  });

  test('a bare compound stays a noun phrase: "plenty of tax returns in the drawer" has no verb, no report', () => {
    const text = 'Plenty of tax returns in the drawer, Priya Nand said.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });
});

describe('an owner before the speaker\'s description', () => {
  test('"“Glass Orchard” airs on HBO every Friday, its writer Tomas Reid said." — the channel is no outlet of the words', () => {
    const text = '“Glass Orchard” airs on HBO every Friday, its writer Tomas Reid said.';
    expect(quote(text, '“Glass')).toMatchObject({
      text: '“Glass Orchard” airs on HBO every Friday', type: 'indirect', speaker: 'Tomas Reid', cue: 'said', outlet: null,
      start: 0, end: text.indexOf(', its writer'),
    });
  });

  test('"…, the show\'s writer Tomas Reid said."', () => {
    const text = 'The finale will be filmed in Oslo, the show\'s writer Tomas Reid said.';
    expect(quote(text, 'The finale')).toMatchObject({ text: 'The finale will be filmed in Oslo', speaker: 'Tomas Reid', cue: 'said', start: 0, end: text.indexOf(', the show') });
  });
});

describe('"…, then told X …" after a partial quotation', () => {
  test('"Rui Sousa said the board “will not budge,” then told Variety the count was wrong."', () => {
    const text = 'Rui Sousa said the board “will not budge,” then told Variety the count was wrong.';
    expect(quote(text, 'the count')).toMatchObject({
      text: 'the count was wrong', type: 'indirect', speaker: 'Rui Sousa', cue: 'told', outlet: 'Variety',
      start: text.indexOf('the count'), end: text.indexOf('.', text.indexOf('the count')),
    });
    expect(quote(text, 'will not budge')).toMatchObject({ type: 'partial', speaker: 'Rui Sousa', cue: 'said' });
  });

  test('"…,” then said …" reports the clause after it', () => {
    const text = 'Rui Sousa called the audit “a farce,” then said the count was wrong.';
    expect(quote(text, 'the count')).toMatchObject({ text: 'the count was wrong', type: 'indirect', speaker: 'Rui Sousa', cue: 'said', outlet: null });
  });
});
