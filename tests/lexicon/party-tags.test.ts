import { describe, expect, test } from 'vitest';
import { partyStateTag } from '../../src/lexicon/party-tags.js';
import { at, quote } from '../helpers/quotes.js';

describe('a party tag after a name gives the party and the state', () => {
  test('reads the party letter and the state however the tag writes it', () => {
    const tagAfter = (text: string) => partyStateTag(text, text.indexOf('Halvik') + 'Halvik'.length);
    expect(tagAfter('Oren Halvik, R-Fla., said')).toEqual({ party: ['republican'], state: ['florida'] });
    expect(tagAfter('Oren Halvik (D-N.Y.) said')).toEqual({ party: ['democrat', 'democratic'], state: ['new', 'york'] });
    expect(tagAfter('Oren Halvik (R-TX) said')).toEqual({ party: ['republican'], state: ['texas'] });
    expect(tagAfter('Oren Halvik (R., S.C.) said')).toEqual({ party: ['republican'], state: ['south', 'carolina'] });
    expect(tagAfter('Oren Halvik, I-Vt. Halvik said')).toEqual({ party: ['independent'], state: ['vermont'] });
  });

  test('no tag: a bracket or comma that names no state, or no party letter', () => {
    expect(partyStateTag('Oren Halvik (D-Day) said', 'Oren Halvik'.length)).toBeNull();
    expect(partyStateTag('Oren Halvik, Florida, said', 'Oren Halvik'.length)).toBeNull();
    expect(partyStateTag('Oren Halvik said', 'Oren Halvik'.length)).toBeNull();
  });
});

describe('a description naming the tag’s state or party refers to the person tagged', () => {
  test('"Sen. Oren Halvik, R-Fla.," … "the Florida senator said" is Halvik, not the teacher quoted last', () => {
    const text = 'Sen. Oren Halvik, R-Fla., toured the port on Monday. Mara Okafor, a teacher, said the pier was fine. “It is a disaster,” the Florida senator said.';
    expect(quote(text, 'It is a disaster')).toMatchObject({
      text: 'It is a disaster,', type: 'direct', speaker: 'Oren Halvik', speaker_mention: 'the Florida senator',
      speaker_start: at(text, 'the Florida senator'), cue: 'said',
    });
  });

  test('the state of several words and the party adjective: "(D-N.Y.)" … "the New York senator", "the Democratic senator"', () => {
    const text = 'Sen. Oren Halvik (D-N.Y.) toured the port on Monday. Mara Okafor, a teacher, said the pier was fine. “It is a disaster,” the New York senator said. Mara Okafor said the ferry was late. “It must close,” the Democratic senator said.';
    expect(quote(text, 'It is a disaster')).toMatchObject({ speaker: 'Oren Halvik', speaker_mention: 'the New York senator' });
    expect(quote(text, 'It must close')).toMatchObject({ speaker: 'Oren Halvik', speaker_mention: 'the Democratic senator' });
  });

  test('not a senator tagged with another state or party', () => {
    const text = 'Sen. Oren Halvik (D-N.Y.) toured the port on Monday. Mara Okafor, a teacher, said the pier was fine. “It is a disaster,” the Republican senator said.';
    expect(quote(text, 'It is a disaster')).not.toMatchObject({ speaker: 'Oren Halvik' });
  });

  test('"a Florida senator" with two Florida senators named is no one of them', () => {
    const text = 'Sen. Oren Halvik, R-Fla., and Sen. Tiva Renkel, D-Fla., toured the port on Monday. “It is a disaster,” a Florida senator said.';
    expect(quote(text, 'It is a disaster')).toMatchObject({ speaker: null, speaker_mention: 'a Florida senator' });
  });
});

describe('"the Florida Republican": a party’s member is a description of one, no one’s name', () => {
  test('the member noun after a state refers to the one the tag named', () => {
    const text = 'Rep. Tamsin Ollard (D-Calif.) toured the port on Monday. Mara Okafor, a teacher, said the pier was fine. “It is a disaster,” the California Democrat said.';
    expect(quote(text, 'It is a disaster')).toMatchObject({
      text: 'It is a disaster,', type: 'direct', speaker: 'Tamsin Ollard', speaker_mention: 'the California Democrat',
      speaker_start: at(text, 'the California Democrat'), cue: 'said',
    });
  });

  test('a party word before the title gives the party too: "Republican Sen. Oren Halvik" … "the Republican"', () => {
    const text = 'Republican Sen. Oren Halvik toured the port on Monday. Mara Okafor, a teacher, said the pier was fine. The Republican said the state would pay.';
    expect(quote(text, 'the state would pay')).toMatchObject({ type: 'indirect', speaker: 'Oren Halvik', speaker_mention: 'The Republican', cue: 'said' });
  });

  test('an indefinite one ("a New Hampshire Democrat") is no one named, and not a person called "Hampshire Democrat"', () => {
    const text = 'Sen. Oren Halvik (D-N.H.) toured the port on Monday. “The fares will rise,” said a New Hampshire Democrat.';
    expect(quote(text, 'The fares will rise')).toMatchObject({ speaker: null, speaker_mention: 'a New Hampshire Democrat', speaker_start: at(text, 'a New Hampshire') });
  });

  test('a party member of another state is not the one tagged', () => {
    const text = 'Rep. Tamsin Ollard (D-Calif.) toured the port on Monday. Mara Okafor, a teacher, said the pier was fine. “It is a disaster,” the Oregon Democrat said.';
    expect(quote(text, 'It is a disaster')).not.toMatchObject({ speaker: 'Tamsin Ollard' });
  });
});
