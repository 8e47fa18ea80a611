import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a name before a body’s description set off by commas is the body’s', () => {
  test('"X, the festival’s organiser, said": an organisation, and "the company" after it stands for it', () => {
    const text = 'Brightwater Events, the festival’s organiser, said in a statement that the weekend had sold out. “Extra trains will run,” the company said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the weekend had sold out', start: at(text, 'the weekend'), speaker: 'Brightwater Events', speaker_kind: 'organization', speaker_mention: 'Brightwater Events', speaker_start: 0, speaker_role: null, cue: 'said', outlet: null },
      { type: 'direct', text: 'Extra trains will run,', start: at(text, 'Extra'), speaker: 'Brightwater Events', speaker_kind: 'organization', speaker_mention: 'the company', speaker_start: at(text, 'the company'), cue: 'said', outlet: null },
    ]);
  });

  test('"X, the Texas-based chain of pet stores, said": a chain is a body', () => {
    const text = 'Pawley Pet Supply, the Texas-based chain of pet stores, said it would open 40 shops.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'it would open 40 shops', speaker: 'Pawley Pet Supply', speaker_kind: 'organization', speaker_start: 0, speaker_end: 17, speaker_role: null, cue: 'said' }]);
  });

  test('near miss: a given name keeps the person, the description their role', () => {
    const text = 'Martin Ashby, the festival’s organiser, said the weekend had sold out.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the weekend had sold out', speaker: 'Martin Ashby', speaker_kind: 'person', speaker_role: 'organiser', cue: 'said' }]);
  });

  test('near miss: a description of a person leaves a name with no known given name a person', () => {
    const text = 'Okonkwo Adeyemi, the festival’s founder, said the weekend had sold out.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the weekend had sold out', speaker: 'Okonkwo Adeyemi', speaker_kind: 'person', cue: 'said' }]);
  });
});
