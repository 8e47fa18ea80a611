import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'a' }).entities.people.map((p) => p.name);

describe('"Da" before a capitalised surname opens the name (the tagger reads it as "the")', () => {
  test('"Da Silva said" names Da Silva', () => {
    const text = '"The season is over," Da Silva said.';
    expect(quote(text, 'The season')).toMatchObject({
      text: 'The season is over,', type: 'direct', speaker: 'Da Silva', speaker_mention: 'Da Silva', speaker_start: at(text, 'Da Silva'),
      speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
  test('negative: "De Gaulle", "Di Maria" stay as they were', () => {
    expect(quote('"It is over," Di Maria said.', 'It is')).toMatchObject({ speaker: 'Di Maria', cue: 'said' });
    expect(quote('"It is over," De Gaulle said.', 'It is')).toMatchObject({ speaker: 'De Gaulle', cue: 'said' });
  });
});

describe('a surname, "of" and a body ending in a tail word: the person speaks for the body', () => {
  test('"Reyes of Harbour Bank said" is Reyes', () => {
    const text = '"Rates will hold," Reyes of Harbour Bank said on Monday.';
    expect(quote(text, 'Rates')).toMatchObject({
      text: 'Rates will hold,', speaker: 'Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes'), speaker_kind: 'person',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
  test('"Okafor of Meridian Health Trust said", after "Dana Reyes", is Okafor', () => {
    const text = 'Dana Reyes spoke first. "The trial is promising," Okafor of Meridian Health Trust said.';
    expect(quote(text, 'The trial')).toMatchObject({ speaker: 'Okafor', speaker_mention: 'Okafor', speaker_start: at(text, 'Okafor'), cue: 'said', outlet: null });
  });
  test('negative: "the Society of Arts Trust", "Port of Halden Authority" stay bodies', () => {
    expect(quote('"We are up," the Society of Arts Trust said.', 'We are')).toMatchObject({ speaker: 'Society of Arts Trust', speaker_kind: 'organization' });
    expect(quote('"We are up," Port of Halden Authority said.', 'We are')).toMatchObject({ speaker: 'Port of Halden Authority', speaker_kind: 'organization' });
  });
});

describe('a description closed by a place, then a name in apposition', () => {
  test('"the head of the festival in Galway, Harbour Nights," names the festival; the description speaks', () => {
    const text = '"We are thrilled," the head of the festival in Galway, Harbour Nights, said.';
    expect(quote(text, 'We are')).toMatchObject({
      speaker: null, speaker_mention: 'the head of the festival in Galway', speaker_start: at(text, 'the head'), cue: 'said', outlet: null,
    });
  });
  test('"the owner of a café in Dunmore, Ashby," is Ashby', () => {
    const text = '"It floods every year," the owner of a café in Dunmore, Ashby, said.';
    expect(quote(text, 'It floods')).toMatchObject({ speaker: 'Ashby', speaker_mention: 'Ashby', speaker_start: at(text, 'Ashby'), cue: 'said', outlet: null });
  });
  test('"said the manager of the hotel near Lake Orrin, Claire Dunne" is Claire Dunne', () => {
    const text = '"It floods every year," said the manager of the hotel near Lake Orrin, Claire Dunne.';
    expect(quote(text, 'It floods')).toMatchObject({ speaker: 'Claire Dunne', speaker_mention: 'Claire Dunne', speaker_start: at(text, 'Claire Dunne'), cue: 'said', outlet: null });
  });
  test('negative: "said the manager of the hotel, adding …" names no one', () => {
    expect(quote('"It floods every year," said the manager of the hotel, adding that it was bad.', 'It floods')).toMatchObject({ speaker: null, cue: 'said' });
  });
});

describe('a person noun for a body whose name opens with a head word and goes on with "of"', () => {
  test('"said a spokeswoman for the Port of Halden Authority" keeps the whole description', () => {
    const text = '"Cargo volumes are up," said a spokeswoman for the Port of Halden Authority.';
    expect(quote(text, 'Cargo')).toMatchObject({
      speaker: null, speaker_mention: 'a spokeswoman for the Port of Halden Authority', speaker_start: at(text, 'a spokeswoman'), cue: 'said', outlet: null,
    });
  });
});

describe('an office\'s field before a name the lexicon does not know', () => {
  test('"said Director of Sales and Marketing Trinity Jones" is Trinity Jones', () => {
    const text = '"We will cut waiting lists," said Director of Sales and Marketing Trinity Jones.';
    expect(quote(text, 'We will')).toMatchObject({ speaker: 'Trinity Jones', speaker_mention: 'Trinity Jones', speaker_start: at(text, 'Trinity Jones'), cue: 'said' });
  });
  test('"Minister of Trade and Industry Benning said" is Benning', () => {
    const text = 'Minister of Trade and Industry Benning said exports grew.';
    expect(quote(text, 'exports')).toMatchObject({ text: 'exports grew', type: 'indirect', speaker: 'Benning', speaker_start: at(text, 'Benning'), cue: 'said' });
  });
  test('negative: "the Director of Research and Development" alone names no one', () => {
    expect(quote('"We grew," said the Director of Research and Development.', 'We grew')).toMatchObject({ speaker: null, speaker_mention: 'the Director of Research and Development' });
  });
});

describe('a name read as a person\'s, called a firm in apposition, is the firm', () => {
  test('"Van Oord, the Dutch dredging firm, said" and "said Van Oord, the Dutch dredging firm"', () => {
    const text = '"Prices will rise," Van Oord, the Dutch dredging firm, said.';
    expect(quote(text, 'Prices')).toMatchObject({ speaker: 'Van Oord', speaker_start: at(text, 'Van Oord'), speaker_kind: 'organization', cue: 'said' });
    expect(quote('"Prices will rise," said Van Oord, the Dutch dredging firm.', 'Prices')).toMatchObject({ speaker: 'Van Oord', speaker_kind: 'organization' });
  });
  test('negative: without an apposition, or with a person\'s one, the name stays a person', () => {
    expect(quote('"Prices will rise," Van Heusen said.', 'Prices')).toMatchObject({ speaker: 'Van Heusen', speaker_kind: 'person' });
    expect(quote('"Prices will rise," Tom Hale, the firm\'s founder, said.', 'Prices')).toMatchObject({ speaker: 'Tom Hale', speaker_kind: 'person' });
  });
});

test('people: "Da Silva" is found as a person', () => {
  expect(people('"The season is over," Da Silva said.')).toEqual(['Da Silva']);
});

describe('a given name described as a broadcaster is a person whose job that is, no outlet or body', () => {
  test('"Tom Varley, the veteran broadcaster, said …. The broadcaster added …": a person, role broadcaster, both times', () => {
    const text = 'Tom Varley, the veteran broadcaster, said the quiz had been cancelled. The broadcaster added that he was sad.';
    expect(quote(text, 'the quiz')).toMatchObject({ text: 'the quiz had been cancelled', type: 'indirect', speaker: 'Tom Varley', speaker_mention: 'Tom Varley', speaker_start: 0, speaker_kind: 'person', speaker_role: 'broadcaster', cue: 'said', outlet: null });
    expect(quote(text, 'he was sad')).toMatchObject({ speaker: 'Tom Varley', speaker_mention: 'The broadcaster', speaker_start: at(text, 'The broadcaster'), speaker_kind: 'person', cue: 'added', outlet: null });
  });

  test('negative: a given name described as a firm is still the firm', () => {
    expect(quote('"Prices will rise," Tom Varley, the Welsh dredging firm, said.', 'Prices')).toMatchObject({ speaker: 'Tom Varley', speaker_kind: 'organization' });
  });
});
