import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const outlets = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => [m.start, m.end, m.text]) }));

// A paper no list knows is an outlet by its shape: "the", a town's word and a newspaper's word in any language
// (data/outlets.json newspaperWords, foreignNewspaperHeads); "told the paper" is the one such paper named before.
describe('unlisted newspapers named by their shape', () => {
  const text = 'The Salzacher Tageszeitung reported that the ferry would stop. Anna Brenner told the paper that the town needed “a new pier.”';

  test('"The Salzacher Tageszeitung reported that …": the paper speaks as an outlet', () => {
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry would stop', type: 'indirect', start: at(text, 'the ferry'), speaker: 'The Salzacher Tageszeitung', speaker_kind: 'outlet', cue: 'reported', outlet: 'The Salzacher Tageszeitung',
    });
  });

  test('"X told the paper" after it: that paper is the outlet of the quote, and an outlet entity', () => {
    expect(quote(text, 'a new pier')).toMatchObject({
      text: 'a new pier.', type: 'partial', start: at(text, 'a new pier'), speaker: 'Anna Brenner', cue: 'told', outlet: 'Salzacher Tageszeitung',
    });
    expect(outlets(text)).toEqual([{ name: 'Salzacher Tageszeitung', mentions: [[4, 26, 'Salzacher Tageszeitung']] }]);
  });

  test('"told the Nordhavn Dagbladet that": a paper\'s word in another language after a town is the outlet told', () => {
    const told = 'The harbour master, Lars Vik, told the Nordhavn Dagbladet that the quay was “not safe.”';
    expect(quote(told, 'not safe')).toMatchObject({ type: 'partial', speaker: 'Lars Vik', cue: 'told', outlet: 'Nordhavn Dagbladet' });
  });

  test('with two such papers named before, "the paper" is the one named last (as for listed papers)', () => {
    const two = 'The Salzacher Tageszeitung reported the closure, and the Innthal Kurier reported it too. Anna Brenner told the paper that the town needed “a new pier.”';
    expect(quote(two, 'a new pier')).toMatchObject({ speaker: 'Anna Brenner', cue: 'told', outlet: 'Innthal Kurier' });
  });

  test('near miss: with no "the" before it, a given name and a paper\'s word is a person ("Dana Courier said")', () => {
    const person = 'Dana Courier said that the ferry would stop. Anna Brenner told the paper that the town needed “a new pier.”';
    expect(quote(person, 'the ferry')).toMatchObject({ speaker: 'Dana Courier', speaker_kind: 'person' });
    expect(quote(person, 'a new pier')).toMatchObject({ outlet: null });
  });
});
