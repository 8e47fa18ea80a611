import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"according to" a state service or a listed outlet after its kind word', () => {
  test('a name ending in "Patrol" is a body', () => {
    const text = 'Three lorries overturned on Route 9, according to the Vermont State Highway Patrol.';
    expect(quote(text, 'Three lorries')).toMatchObject({
      type: 'indirect', text: 'Three lorries overturned on Route 9', start: 0, speaker: 'Vermont State Highway Patrol', speaker_kind: 'organization',
      speaker_start: at(text, 'Vermont'), cue: 'according to', outlet: null,
    });
  });

  test('a name ending in "Lottery" is a body', () => {
    const text = 'The winning ticket was sold in Dover, according to the Kentland Lottery.';
    expect(quote(text, 'The winning')).toMatchObject({
      type: 'indirect', text: 'The winning ticket was sold in Dover', start: 0, speaker: 'Kentland Lottery', speaker_kind: 'organization',
      speaker_start: at(text, 'Kentland'), cue: 'according to', outlet: null,
    });
  });

  test('a listed outlet after "the newspaper" is the outlet, though its first word is also a given name', () => {
    const text = 'According to the newspaper Asahi Shimbun, the minister will resign.';
    expect(quote(text, 'the minister')).toMatchObject({
      type: 'indirect', text: 'the minister will resign', start: at(text, 'the minister'), speaker: 'Asahi Shimbun', speaker_kind: 'outlet',
      speaker_start: at(text, 'Asahi'), cue: 'According to', outlet: 'Asahi Shimbun',
    });
  });

  test('near miss: a person named after a job word stays a person', () => {
    const text = 'According to the columnist Asahi Morita, the minister will resign.';
    expect(quote(text, 'the minister')).toMatchObject({ type: 'indirect', speaker: 'Asahi Morita', speaker_kind: 'person', cue: 'According to', outlet: null });
  });
});
