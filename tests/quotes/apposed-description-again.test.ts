// "Transdev, the transport operator, … The transport operator said": a description repeating the one the article gave
// one name in apposition stands for that name. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a definite description repeating the one given to a name before', () => {
  test('"NAME, the transport operator," … "The transport operator said": the body, mention as written', () => {
    const text = 'Norvia, the transport operator, took over the tram line in May. The transport operator said the outage was caused by a cable fault.';
    expect(quote(text, 'the outage')).toMatchObject({
      type: 'indirect', text: 'the outage was caused by a cable fault', start: at(text, 'the outage'), speaker: 'Norvia', speaker_kind: 'organization',
      speaker_mention: 'The transport operator', speaker_start: at(text, 'The transport operator'), speaker_end: at(text, 'The transport operator') + 'The transport operator'.length, cue: 'said', outlet: null,
    });
  });

  test('the head noun alone after a longer description: "Norvia, a Danish transport operator," … "the operator said"', () => {
    const text = 'Norvia, a Danish transport operator, runs the line. The operator said refunds would be paid.';
    expect(quote(text, 'refunds')).toMatchObject({ speaker: 'Norvia', speaker_kind: 'organization', speaker_mention: 'The operator', cue: 'said' });
  });

  test('the description before the name: "the transport operator Norvia"', () => {
    const text = 'The transport operator Norvia runs the line. The transport operator said refunds would be paid.';
    expect(quote(text, 'refunds')).toMatchObject({ speaker: 'Norvia', speaker_kind: 'organization', speaker_mention: 'The transport operator' });
  });

  test('an outlet: "The Harbour Post, a rival daily," … "The rival daily reported that" is the paper, its own outlet', () => {
    const text = 'The Morning Ledger broke the story. The Harbour Post, a rival daily, was more cautious. The rival daily reported that the mayor had resigned.';
    expect(quote(text, 'the mayor')).toMatchObject({
      type: 'indirect', text: 'the mayor had resigned', speaker: 'The Harbour Post', speaker_kind: 'outlet', speaker_mention: 'The rival daily',
      speaker_start: at(text, 'The rival daily'), cue: 'reported', outlet: 'The Harbour Post',
    });
  });

  test('near miss: two bodies given that description leave it a description', () => {
    const text = 'Norvia, the transport operator, runs the trams. Kestrel, a rival transport operator, runs the buses. The transport operator said refunds would be paid.';
    expect(quote(text, 'refunds')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The transport operator' });
  });

  test('near miss: a person given that description is left to the person rules', () => {
    const text = 'Maria Lopez, the transport operator, runs the line. The transport operator said refunds would be paid.';
    expect(quote(text, 'refunds')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The transport operator' });
  });

  test('near miss: "the rival daily" with no paper described so is no paper named before', () => {
    const text = 'The Morning Ledger broke the story. The rival daily reported that the mayor had resigned.';
    expect(quote(text, 'the mayor')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The rival daily', cue: 'reported', outlet: null });
  });
});

describe('"It" after "The company, NAME, said": the name, not the description', () => {
  test('"The firm, Calloway Freight, said …. It added …" → Calloway Freight', () => {
    const text = 'The firm, Calloway Freight, said rates were stable. It added that two depots would close.';
    expect(quote(text, 'two depots')).toMatchObject({
      type: 'indirect', text: 'two depots would close', start: at(text, 'two depots'), speaker: 'Calloway Freight', speaker_kind: 'organization',
      speaker_mention: 'It', speaker_start: at(text, 'It added'), cue: 'added', outlet: null,
    });
  });

  test('near miss: with no name set off, "It" stays the description', () => {
    const text = 'The firm said rates were stable. It added that two depots would close.';
    expect(quote(text, 'two depots')).toMatchObject({ speaker: 'The firm', speaker_kind: 'organization', speaker_mention: 'It' });
  });
});
