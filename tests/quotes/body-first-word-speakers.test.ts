import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe("a body's first word alone, after its full name, is that body", () => {
  test('"Tarnwick Broadcasting Network … Tarnwick said": the network, no one among the people', () => {
    const text = 'Tarnwick Broadcasting Network cancelled the quiz show. Tarnwick said in a statement that the host would return next year.';
    expect(quote(text, 'the host')).toMatchObject({
      type: 'indirect', text: 'the host would return next year', start: at(text, 'the host'), speaker: 'Tarnwick Broadcasting Network', speaker_kind: 'organization',
      speaker_mention: 'Tarnwick', speaker_start: at(text, 'Tarnwick said'), speaker_end: at(text, ' said'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a person of that surname named before keeps the speaker', () => {
    const text = 'Lena Tarnwick runs Tarnwick Broadcasting Network. Tarnwick said she would stay on.';
    expect(quote(text, 'she would')).toMatchObject({ speaker: 'Lena Tarnwick', speaker_kind: 'person', speaker_start: at(text, 'Tarnwick said'), cue: 'said', outlet: null });
    expect(people(text)).toEqual(['Lena Tarnwick']);
  });
});

describe("a body's first word that the article gives a person as a surname stays the person's", () => {
  test('"Dara Voss … Voss Brothers Pictures … Voss said": Dara Voss is among the people', () => {
    const text = 'The thriller was produced by Dara Voss through Voss Brothers Pictures. In a statement, Voss said the film would open in March.';
    expect(quote(text, 'the film')).toMatchObject({ type: 'indirect', text: 'the film would open in March', speaker: 'Dara Voss', speaker_kind: 'person', speaker_start: at(text, 'Voss said'), cue: 'said', outlet: null });
    expect(people(text)).toContain('Dara Voss');
  });

  test('… also after a given name the name lists do not know: "Bektur Osmon … Osmon Brothers Pictures … Osmon said"', () => {
    const text = 'Bektur Osmon backed the comedy through Osmon Brothers Pictures. Osmon said it would open in Almaty.';
    expect(people(text)).toContain('Bektur Osmon');
  });
});
