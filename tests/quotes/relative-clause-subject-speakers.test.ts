import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a restrictive "who" clause after the subject is skipped to find the noun that speaks', () => {
  test('"since its opening" inside the clause: the possessive does not end the search', () => {
    const text = 'A producer who has worked at the theatre since its opening told Playbill that rehearsals ran late. "Nobody slept," the producer said.';
    expect(quote(text, 'rehearsals')).toMatchObject({
      type: 'indirect', text: 'rehearsals ran late', start: at(text, 'rehearsals'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A producer', speaker_start: 0, cue: 'told', outlet: 'Playbill',
    });
    expect(quote(text, 'Nobody')).toMatchObject({ type: 'direct', text: 'Nobody slept,', speaker_kind: 'anonymous', speaker_mention: 'the producer', cue: 'said', outlet: 'Playbill' });
  });

  test('"who was not authorized to speak" marks an unnamed source before its cue', () => {
    const text = 'A league executive who was not authorized to discuss the talks told ESPN that two owners had objected.';
    expect(quote(text, 'two owners')).toMatchObject({
      type: 'indirect', text: 'two owners had objected', start: at(text, 'two owners'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A league executive', speaker_start: 0, cue: 'told', outlet: 'ESPN',
    });
  });

  test('a "speaking to OUTLET" aside after the clause: the noun speaks and the aside gives the outlet', () => {
    const text = 'A pilot who flies the northern route, speaking to Reuters on condition of anonymity because crews may not talk to the press, said the radar had failed twice.';
    expect(quote(text, 'the radar')).toMatchObject({
      type: 'indirect', text: 'the radar had failed twice', start: at(text, 'the radar'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A pilot', speaker_start: 0, cue: 'said', outlet: 'Reuters',
    });
  });

  test('a partial quotation after such a subject keeps the noun, not the reported clause\'s subject', () => {
    const text = 'A delegate who sat in the closed meeting, speaking to the BBC on condition of anonymity, said the mood changed "almost overnight" in March.';
    expect(quote(text, 'almost')).toMatchObject({
      type: 'partial', text: 'almost overnight', start: at(text, 'almost'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A delegate', speaker_start: 0, cue: 'said', outlet: 'BBC',
    });
  });

  test('near miss: a relative clause with no cue of its own and no anonymity leaves the verb-ending subject without a speaker', () => {
    const text = 'A fan who had queued since dawn cheered as the doors opened.';
    expect(quotesOf(text)).toEqual([]);
  });
});
