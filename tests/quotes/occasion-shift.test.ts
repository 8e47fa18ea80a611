import { describe, expect, test } from 'vitest';
import { datedDifferently, lowerWords, type SentencePlace } from '../../src/quotes/occasion-shift.js';
import type { ExtractedQuote } from '../../src/types.js';
import { at, quote } from '../helpers/quotes.js';

/** The Unicode split lowerWords keeps for text beyond ASCII and common punctuation. */
const unicodeWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

describe('lowerWords', () => {
  test('plain narration: lower-cased words, apostrophes and hyphens kept inside them', () => {
    expect(lowerWords("Back in 2019, Mara Okafor's well-known “Harbour Board” speech — ‘a first’…")).toEqual(['back', 'in', '2019', 'mara', "okafor's", 'well-known', 'harbour', 'board', 'speech', 'a', 'first’']);
    expect(lowerWords('At the Port Elwin gala, the mayor’s aide said')).toEqual(['at', 'the', 'port', 'elwin', 'gala', 'the', 'mayor’s', 'aide', 'said']);
  });

  test('plain narration reads as the Unicode split does (a closing ’ counts as an apostrophe there too)', () => {
    for (const s of ["Mara Okafor's ‘first’ … vote", 'Harbour Board\u00a0chair — Port Elwin – 2020']) expect(lowerWords(s)).toEqual(unicodeWords(s));
  });

  test('no words at all gives an empty list', () => {
    expect(lowerWords('')).toEqual([]);
    expect(lowerWords(' , “ ” — ')).toEqual([]);
  });

  test('text beyond ASCII reads as the Unicode split does', () => {
    for (const s of ['Élise Okafor in São Paulo', 'İZMIR Board', 'ΟΔΟΣ.Α', 'Mara_Okafor said', '港 Harbour']) expect(lowerWords(s)).toEqual(unicodeWords(s));
  });
});

/** Sentences ending in ". " (enough for the narration below). */
const placeIn = (text: string): SentencePlace => ({
  sentenceAt: (offset) => {
    const start = text.lastIndexOf('. ', offset - 1) + 1;
    const stop = text.indexOf('. ', offset);
    return { start: start === 0 ? 0 : start + 1, end: stop < 0 ? text.length : stop + 1 };
  },
});

/** Just the offsets datedDifferently reads of a quote. */
const quoteAt = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length }) as ExtractedQuote;

describe('datedDifferently: the quote\'s sentence dates it otherwise than the sentence of the quote before', () => {
  const text = 'On Monday Ivo Brand said the lock would open. On Friday he said “it stays shut” to the crew.';
  const since = text.indexOf('would open') + 'would open'.length;

  test('a later sentence "On Friday" after one "On Monday" is another date', () => {
    expect(datedDifferently(quoteAt(text, 'it stays shut'), text, placeIn(text), since)).toBe(true);
  });

  test('negative: the same day again, no quote before, or the quote before in the same sentence is no other date', () => {
    const same = text.replace('On Friday', 'On Monday');
    expect(datedDifferently(quoteAt(same, 'it stays shut'), same, placeIn(same), since)).toBe(false);
    expect(datedDifferently(quoteAt(text, 'it stays shut'), text, placeIn(text), 0)).toBe(false);
    expect(datedDifferently(quoteAt(text, 'it stays shut'), text, placeIn(text), text.indexOf('he said'))).toBe(false);
  });
});

describe('a time inside a relative clause on the speaker dates what they did, not their words', () => {
  const interview = 'Rower looks back\n\nIvo Marchetti spent an afternoon with the Spanish daily El Mundo.\n\n“The river taught me patience,” Marchetti told the newspaper. “It took ten years.”\n\n';

  test('"Marchetti, who moved to Seville this month, said …" stays in the interview, and so do his next words', () => {
    const text = interview + 'Marchetti, who moved to Seville this month, said the new boathouse had no heating.\n\n“We row in gloves,” he said.';
    expect(quote(text, 'the new boathouse')).toMatchObject({
      text: 'the new boathouse had no heating', type: 'indirect', start: at(text, 'the new boathouse'),
      speaker: 'Ivo Marchetti', cue: 'said', outlet: 'El Mundo',
    });
    expect(quote(text, 'We row in')).toMatchObject({ type: 'direct', speaker: 'Ivo Marchetti', cue: 'said', outlet: 'El Mundo' });
  });

  test('a time in the narration itself still moves the words to another occasion (negative case)', () => {
    const text = interview + 'Marchetti said last week that the new boathouse had no heating.';
    expect(quote(text, 'the new boathouse')).toMatchObject({ speaker: 'Ivo Marchetti', cue: 'said', outlet: null });
  });
});

describe('an adverb of earlier time right before the cue ("she once said") is another occasion', () => {
  const interview = 'Rower looks back\n\n“The river taught me patience,” Ivo Marchetti told the Spanish daily El Mundo. “It took ten years.”\n\n';

  test('"“…,” he once said" in the next paragraph gets no interview outlet', () => {
    const text = interview + '“A boat is four people arguing in silence,” he once said.';
    expect(quote(text, 'A boat is')).toMatchObject({ text: 'A boat is four people arguing in silence,', type: 'direct', start: at(text, 'A boat is'), speaker: 'Ivo Marchetti', cue: 'said', outlet: null });
  });

  test('"“…,” he said" there keeps it (negative case)', () => {
    const text = interview + '“A boat is four people arguing in silence,” he said.';
    expect(quote(text, 'A boat is')).toMatchObject({ speaker: 'Ivo Marchetti', cue: 'said', outlet: 'El Mundo' });
  });
});

describe('a sentence opening "After the ballot," moves the story to a new occasion', () => {
  const interview = 'Party room vote\n\nTom Okafor spoke to the Spanish daily El Mundo on Monday. “We lost the argument,” Mr Okafor told the newspaper.\n\n';

  test('"After the ballot, X was more conciliatory. He said A": the interview outlet stops', () => {
    const text = interview + 'After the ballot, Mr Okafor was more conciliatory. He said the result was clear and the party had to unite.';
    expect(quote(text, 'the result')).toMatchObject({
      text: 'the result was clear and the party had to unite', type: 'indirect', start: at(text, 'the result'),
      speaker: 'Tom Okafor', cue: 'said', outlet: null,
    });
  });

  test('negative: "After a pause, …" is no event, and the outlet carries on', () => {
    const text = interview + 'After a pause, Mr Okafor was more conciliatory. He said the result was clear and the party had to unite.';
    expect(quote(text, 'the result')).toMatchObject({ speaker: 'Tom Okafor', cue: 'said', outlet: 'El Mundo' });
  });
});

describe('a participle of asking or speaking at or on an occasion, between two quotes, ends an interview outlet', () => {
  const interview = 'Festival diary\n\nBruno Valcourt told the Spanish daily El Mundo that the shoot had nearly broken him. “I slept in the van,” he said. ';

  test('"X, asked on the red carpet whether …, laughed." moves the next quote off the interview', () => {
    const text = interview + 'Valcourt, asked on the red carpet whether he feared the critics, grinned. “Fear is good for me,” he said.';
    expect(quote(text, 'Fear is good')).toMatchObject({
      text: 'Fear is good for me,', type: 'direct', start: at(text, 'Fear is good'),
      speaker: 'Bruno Valcourt', speaker_start: text.lastIndexOf('he said'), cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
    });
  });

  test('"Speaking at the premiere, …" and "speaking on stage" do the same', () => {
    for (const between of ['Speaking at the premiere, Valcourt thanked his crew.', 'Valcourt was speaking on stage after the screening.']) {
      const text = interview + between + ' “Fear is good for me,” he said.';
      expect(quote(text, 'Fear is good')).toMatchObject({ speaker: 'Bruno Valcourt', cue: 'said', outlet: null });
    }
  });

  test('"Later, at the after-party, …": a place set off by commas after a short opener', () => {
    const text = interview + 'Later, at the after-party, Valcourt seemed calmer. “Fear is good for me,” he said.';
    expect(quote(text, 'Fear is good')).toMatchObject({ speaker: 'Bruno Valcourt', cue: 'said', outlet: null });
  });

  test('negative: asked about something in the same interview, or at its end, keeps the outlet', () => {
    for (const between of ['Asked about the critics in the same interview, Valcourt shrugged.', 'Asked at the end of the interview about the critics, Valcourt shrugged.', 'Later, at one point, Valcourt grew quiet.']) {
      const text = interview + between + ' “Fear is good for me,” he said.';
      expect(quote(text, 'Fear is good')).toMatchObject({ speaker: 'Bruno Valcourt', cue: 'said', outlet: 'El Mundo' });
    }
  });

  test('negative: "asked by a reporter from OUTLET" names an outlet of its own', () => {
    const text = interview + 'He was later asked by a reporter from Variety about the critics. “Fear is good for me,” he said.';
    expect(quote(text, 'Fear is good')).toMatchObject({ speaker: 'Bruno Valcourt', cue: 'said', outlet: 'Variety' });
  });
});

describe('only a place or event between two quotes ends an interview outlet, not a topic, a time, an age or a group', () => {
  const vance = 'In an interview with the Harbour Ledger, Mara Vance said the tour had exhausted her. “I needed a year off,” she said. ';
  const drury = 'Speaking to the Harbour Ledger, Colm Drury said the strike had cost him. “I needed a year off,” he said. ';
  const last = (opening: string, between: string, pronoun: string) => {
    const text = opening + between + ` “It was the right call,” ${pronoun} said.`;
    return { text, got: quote(text, 'It was the right call') };
  };

  test('"on" + an occasion noun that modifies or counts another noun is a topic: "pressed on the stage directions", "on the set of demands", "on the floor plan"', () => {
    const cases: [string, string, string, string][] = [
      [vance, 'Vance, pressed on the stage directions in the new script, shrugged.', 'she', 'Mara Vance'],
      [drury, 'Drury, pressed on the set of demands the union made, shrugged.', 'he', 'Colm Drury'],
      [drury, 'Drury was asked on the floor plan of the new depot whether it was safe.', 'he', 'Colm Drury'],
    ];
    for (const [opening, between, pronoun, speaker] of cases) {
      const { text, got } = last(opening, between, pronoun);
      expect(got).toMatchObject({
        text: 'It was the right call,', type: 'direct', start: at(text, 'It was the right call'),
        speaker, speaker_start: text.lastIndexOf(`${pronoun} said`), cue: 'said', cue_start: text.lastIndexOf('said'), outlet: 'Harbour Ledger',
      });
    }
  });

  test('a phrase set off by commas that is an age, a time or a group keeps the outlet: "at 62", "at the time", "inside the union", "outside of work"', () => {
    for (const between of ["Drury, at 62, is the union's oldest member.", 'Drury, at the time, earned less than his father.', 'Drury, inside the union, is seen as a moderate.', 'Drury, outside of work, coaches a youth team.']) {
      const { text, got } = last(drury, between, 'he');
      expect(got).toMatchObject({ text: 'It was the right call,', start: at(text, 'It was the right call'), speaker: 'Colm Drury', cue: 'said', cue_start: text.lastIndexOf('said'), outlet: 'Harbour Ledger' });
    }
  });

  test('"asked at the outset" is the same interview', () => {
    const { text, got } = last(vance, 'Vance was asked at the outset whether she regretted the split.', 'she');
    expect(got).toMatchObject({ text: 'It was the right call,', start: at(text, 'It was the right call'), speaker: 'Mara Vance', cue: 'said', outlet: 'Harbour Ledger' });
  });

  test('an occasion noun heading the phrase, or a place or event set off by commas, still ends the outlet', () => {
    const cases: [string, string, string][] = [
      [vance, 'Vance, pressed on the red carpet, shrugged.', 'she'],
      [vance, 'Vance, asked on stage about the split, shrugged.', 'she'],
      [drury, 'Drury was asked on the set whether it was safe.', 'he'],
      [drury, 'Drury spoke briefly on the steps of the court.', 'he'],
      [drury, 'Drury, on the sidelines of the summit, was blunt.', 'he'],
      [drury, 'Drury, outside the court, was blunt.', 'he'],
      [drury, 'Drury, at Cannes, was blunt.', 'he'],
    ];
    for (const [opening, between, pronoun] of cases) expect(last(opening, between, pronoun).got).toMatchObject({ cue: 'said', outlet: null });
  });

  test('a group noun is no occasion only after "inside": "at the party", "at the club" are an event or a place and end the outlet', () => {
    const times = 'In an interview with the Harbour Ledger, Ana Vance spoke about the vote. “We lost the vote, and that hurts,” she said. ';
    for (const between of ['Later, at the party, she was in tears.', 'Vance, at the club, was in tears.']) {
      const text = times + between + ' “It was a long night for all of us,” Vance said.';
      expect(quote(text, 'It was a long night')).toMatchObject({
        text: 'It was a long night for all of us,', type: 'direct', start: at(text, 'It was a long night'),
        speaker: 'Ana Vance', speaker_start: text.lastIndexOf('Vance said'), cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
      });
    }
  });

  test('"on the steps of City Hall", "on the set of Harbor Lights", "on the red carpet by reporters": the occasion noun heads the phrase', () => {
    const opening = 'In an interview with the Harbour Ledger, Ana Vance spoke about the vote. “We lost the vote, and that hurts,” she said. ';
    for (const between of ['Vance, speaking on the steps of City Hall, was in tears.', 'Vance, asked on the set of Harbor Lights, was in tears.', 'Vance, asked on the red carpet by reporters, was in tears.']) {
      const text = opening + between + ' “It was a long night for all of us,” Vance said.';
      expect(quote(text, 'It was a long night')).toMatchObject({
        text: 'It was a long night for all of us,', start: at(text, 'It was a long night'),
        speaker: 'Ana Vance', speaker_start: text.lastIndexOf('Vance said'), cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
      });
    }
  });

  test('negative: "inside the party" is a group one is in, and the outlet carries on', () => {
    const { text, got } = last(drury, 'Drury, inside the party, is seen as a moderate.', 'he');
    expect(got).toMatchObject({ text: 'It was the right call,', start: at(text, 'It was the right call'), speaker: 'Colm Drury', cue: 'said', outlet: 'Harbour Ledger' });
  });

  test('the comma inside a number ("4,000") sets nothing off: "Some 4,000, outside the court, …" is read up to the place', () => {
    const { got } = last(drury, 'Some 4,000, outside the court, cheered Drury on.', 'he');
    expect(got).toMatchObject({ speaker: 'Colm Drury', cue: 'said', outlet: null });
  });
});
