import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a name in a phrase of a preposition opening the sentence is the hearer, never the description after it', () => {
  test('"In a statement to NAME, the mayor, who …, said": the mayor named as such before', () => {
    const text = 'Mayor Ivo Brandt toured the docks on Monday. In a statement to Greta Lind, the mayor, who faces a budget vote, said he would not step down.';
    expect(quote(text, 'he would')).toMatchObject({
      text: 'he would not step down', type: 'indirect', speaker: 'Ivo Brandt', speaker_mention: 'the mayor',
      speaker_start: at(text, 'the mayor'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"In a call with NAME, the coach said": no coach named before, the description speaks', () => {
    const text = 'In a call with Pavel Rusu, the coach said he would stay for another season.';
    expect(quote(text, 'he would')).toMatchObject({
      text: 'he would stay for another season', type: 'indirect', speaker: null, speaker_mention: 'the coach',
      speaker_start: at(text, 'the coach'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});

describe('an aside after an apposition leaves the name heading the subject to speak', () => {
  test('"NAME, the chairman of BODY in PLACE, for example, said"', () => {
    const text = 'Oskar Veld, the chairman of the Harbour Union in Dover, for example, said the strike had support.';
    expect(quote(text, 'the strike')).toMatchObject({
      text: 'the strike had support', type: 'indirect', speaker: 'Oskar Veld', speaker_mention: 'Oskar Veld',
      speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"NAME, the head of BODY, however, said"', () => {
    const text = 'Lea Moss, the head of the Tenants Union, however, said the rents were fair.';
    expect(quote(text, 'the rents')).toMatchObject({
      text: 'the rents were fair', type: 'indirect', speaker: 'Lea Moss', speaker_mention: 'Lea Moss', speaker_start: 0, cue: 'said',
    });
  });

  test('a plain subject before "for instance" stays the subject', () => {
    const text = 'Bus drivers, for instance, say the routes are too long.';
    expect(quote(text, 'the routes')).toMatchObject({ speaker: null, speaker_mention: 'Bus drivers', speaker_start: 0, cue: 'say' });
  });
});

describe('a description with a restrictive "that" clause opening the sentence speaks whole', () => {
  test('"The firm that runs it said …": the mention is the whole description, not "it"', () => {
    const text = 'The firm that runs it said the ferry was safe to sail.';
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry was safe to sail', type: 'indirect', speaker_mention: 'The firm that runs it', speaker_start: 0,
      speaker_end: at(text, ' said'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"The group that organised the rally said …": the rally is no speaker', () => {
    const text = 'The group that organised the rally said turnout had doubled.';
    expect(quote(text, 'turnout')).toMatchObject({ text: 'turnout had doubled', speaker_mention: 'The group that organised the rally', speaker_start: 0, cue: 'said' });
  });
});

describe('"said nothing" with a time clause after it reports nothing', () => {
  test('"said nothing as …" is no report', () => {
    const text = 'The defendant said nothing as the sentence was read out.';
    expect(quotesOf(text)).toHaveLength(0);
  });

  test('"said little when …" is no report', () => {
    const text = 'The minister said little when the results came in.';
    expect(quotesOf(text)).toHaveLength(0);
  });
});
