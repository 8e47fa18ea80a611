import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

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

describe('regressions of the opening-phrase, aside and opening-relative rules', () => {
  test('"In a call with hosts A and B, the DESCRIPTION argued": no one named so, the description resolves past the hosts', () => {
    const text = 'Ada Kern spoke in Leeds on Friday. In a call with radio hosts Tim Berg and Nora Vale, the Green mayoral candidate argued that the tax plan was "reckless" and wrong.';
    expect(quote(text, 'reckless')).toMatchObject({
      text: 'reckless', type: 'partial', speaker: 'Ada Kern', speaker_mention: 'the Green mayoral candidate',
      speaker_start: at(text, 'the Green'), cue: 'argued', cue_start: at(text, 'argued'), outlet: null,
    });
  });

  test('"…, NOUN released last week showed": a time phrase is no aside marking an apposition', () => {
    const text = 'Tenants are paying for repairs ordered by Nadia Brook, a report released on Monday said.';
    expect(quote(text, 'Tenants')).toMatchObject({
      text: 'Tenants are paying for repairs ordered by Nadia Brook', type: 'indirect', speaker: null, speaker_mention: 'a report',
      speaker_start: at(text, 'a report'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"…, officials on Friday said": the officials speak, not the name in the report', () => {
    const text = 'Tenants are paying for repairs ordered by Brook, officials on Friday said.';
    expect(quote(text, 'Tenants')).toMatchObject({
      text: 'Tenants are paying for repairs ordered by Brook', speaker: null, speaker_mention: 'officials',
      speaker_start: at(text, 'officials'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"A survey that appeared in OUTLET found": the outlet stays the source, no person made from the clause', () => {
    const text = 'A 2011 survey that appeared in the Northern Housing Review found that rents rose in half of the towns.';
    expect(quote(text, 'rents')).toMatchObject({
      text: 'rents rose in half of the towns', type: 'indirect', speaker: 'The Northern Housing Review',
      speaker_mention: 'the Northern Housing Review', cue: 'found', cue_start: at(text, 'found'), outlet: 'The Northern Housing Review',
    });
    expect(entityNames(text).people).toEqual([]);
  });
});
