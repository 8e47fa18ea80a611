import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('“the commission”, “the union”, “the office” stand for the body named before', () => {
  test('"the commission" after a commission named as the subject the sentence before', () => {
    const text = 'The Maritime Safety Commission reopened the inquiry. “New evidence came to light,” the commission said.';
    expect(quote(text, 'New evidence')).toMatchObject({
      type: 'direct', text: 'New evidence came to light,', start: at(text, 'New evidence'), speaker: 'Maritime Safety Commission',
      speaker_kind: 'organization', speaker_mention: 'the commission', speaker_start: at(text, 'the commission'), speaker_role: null, cue: 'said', outlet: null,
    });
  });

  test('"the union" after a members’ body named inside the reported clause', () => {
    const text = 'Drivers at the Coastal Bus Workers rejected the pay offer, the union said on Monday.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'Drivers at the Coastal Bus Workers rejected the pay offer', start: 0, speaker: 'Coastal Bus Workers',
      speaker_kind: 'organization', speaker_mention: 'the union', speaker_start: at(text, 'the union'), speaker_role: null, cue: 'said', outlet: null,
    }]);
  });

  test('"the union" after a "Confederation of … Unions": the whole name, its head and "of" too', () => {
    const text = 'The Northern Confederation of Dock Unions called a strike. “We will not back down,” the union said.';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', text: 'We will not back down,', speaker: 'Northern Confederation of Dock Unions', speaker_kind: 'organization', speaker_mention: 'the union', cue: 'said' });
  });

  test('"the office" after an office whose name runs on past "Office" keeps the whole name', () => {
    const text = 'The Regional Office for Flood Relief said roads were closed. “Every hour counts,” the office said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'roads were closed', speaker: 'Regional Office for Flood Relief', speaker_kind: 'organization', cue: 'said' },
      { type: 'direct', text: 'Every hour counts,', start: at(text, 'Every hour'), speaker: 'Regional Office for Flood Relief', speaker_kind: 'organization', speaker_mention: 'the office', speaker_start: at(text, 'the office'), cue: 'said', outlet: null },
    ]);
  });

  test('near miss: "the union" with no members’ body named before stays unresolved', () => {
    const text = 'Bus drivers rejected the pay offer, the union said on Monday.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Bus drivers rejected the pay offer', speaker: 'the union', speaker_kind: 'organization', cue: 'said' }]);
  });

  test('near miss: "the commission" after a place does not take the place', () => {
    const text = 'Harlow County flooded twice last year. “We need new defences,” the commission said.';
    expect(quote(text, 'We need')).toMatchObject({ speaker: 'the commission', speaker_mention: 'the commission' });
  });
});
