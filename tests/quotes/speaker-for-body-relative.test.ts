import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a person described by a body keeps the body\'s "that" clause as part of the speaker', () => {
  test('"A spokeswoman for the firm that runs the ferry said …": not "the ferry"', () => {
    const text = 'A spokeswoman for the firm that runs the ferry said the crossing would resume on Friday.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      type: 'indirect', text: 'the crossing would resume on Friday', start: at(text, 'the crossing'),
      speaker_mention: 'A spokeswoman for the firm that runs the ferry', speaker_start: 0, speaker_end: at(text, ' said the'), cue: 'said', cue_start: at(text, 'said the'),
    });
  });

  test('"A spokesperson for the network that airs it said …": not "it"', () => {
    const text = 'A spokesperson for the network that airs it said the finale had been moved.';
    expect(quote(text, 'the finale')).toMatchObject({
      type: 'indirect', text: 'the finale had been moved', speaker_mention: 'A spokesperson for the network that airs it', speaker_start: 0, cue: 'said',
    });
  });

  test('after ", while": the first report ends before the second speaker', () => {
    const text = 'One of the stranded drivers said he had waited six hours, while a spokesman for the agency that manages the motorway said crews were clearing the snow.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ type: 'indirect', text: 'he had waited six hours', start: at(text, 'he had'), speaker_mention: 'One of the stranded drivers', cue: 'said', cue_start: at(text, 'said he') });
    expect(qs[1]).toMatchObject({
      type: 'indirect', text: 'crews were clearing the snow', start: at(text, 'crews'),
      speaker_mention: 'a spokesman for the agency that manages the motorway', speaker_start: at(text, 'a spokesman'), cue: 'said', cue_start: at(text, 'said crews'),
    });
  });

  test('after ", but": a bare plural person noun before "of"', () => {
    const text = 'Tenants said the repairs were late, but members of the trust that owns the block said the work was on schedule.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ text: 'the repairs were late', speaker_mention: 'Tenants' });
    expect(qs[1]).toMatchObject({ text: 'the work was on schedule', speaker_mention: 'members of the trust that owns the block', speaker_start: at(text, 'members'), cue_start: at(text, 'said the work') });
  });
});

describe('a name inside a relative clause of the subject is never the speaker', () => {
  test('"The chain, which runs 240 shops across Baden-Württemberg, said": the chain, not the state', () => {
    const text = 'The chain, which runs 240 shops across Baden-Württemberg, said it would close ten of them.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'it would close')).toMatchObject({
      type: 'indirect', text: 'it would close ten of them', start: at(text, 'it would'), end: at(text, '.'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'The chain', speaker_start: 0, speaker_end: at(text, ', which'), cue: 'said', outlet: null,
    });
  });

  test('"The crew, which raced in Belgrade, said": the crew, an organisation, not Belgrade', () => {
    const text = 'The crew, which raced in Belgrade, said it was sorry.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'it was sorry')).toMatchObject({
      type: 'indirect', text: 'it was sorry', start: at(text, 'it was'), end: at(text, '.'), speaker: 'The crew', speaker_kind: 'organization',
      speaker_mention: 'The crew', speaker_start: 0, speaker_end: at(text, ', which'), cue: 'said',
    });
  });

  test('"The operator, which runs three lifts in Zermatt, said": an unnamed description speaks', () => {
    const text = 'The operator, which runs three lifts in Zermatt, said the season was over.';
    expect(quote(text, 'the season')).toMatchObject({
      type: 'indirect', text: 'the season was over', speaker_mention: 'The operator', speaker_start: 0, speaker_end: at(text, ', which'), cue: 'said',
    });
  });

  test('near miss: a named person before the relative clause still speaks', () => {
    const text = 'Mara Lindqvist, who raced in Belgrade, said it was unfair.';
    expect(quote(text, 'it was unfair')).toMatchObject({ speaker: 'Mara Lindqvist', speaker_kind: 'person', speaker_start: 0 });
  });

  test('near miss: a thing before its which-clause still reports nothing ("The old ferry, which sails from Bergen, says")', () => {
    const text = 'The old ferry, which sails from Bergen each morning, says the harbour has changed.';
    expect(quotesOf(text)).toEqual([]);
  });
});
