import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('what the speaker went on to withhold is no part of the content', () => {
  test('", but declined to …" ends the report before it', () => {
    const text = 'Tom Halvik said the harbour had been sold, but declined to name the buyer.';
    expect(quote(text, 'the harbour')).toMatchObject({
      type: 'indirect', text: 'the harbour had been sold', start: at(text, 'the harbour'), end: at(text, ', but'),
      speaker: 'Tom Halvik', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"but offered no proof", "and would not elaborate", "but didn\'t say …"', () => {
    const proof = 'Mara Okafor claimed the vote was rigged, but offered no proof.';
    expect(quote(proof, 'the vote')).toMatchObject({ text: 'the vote was rigged', speaker: 'Mara Okafor', cue: 'claimed' });
    const elaborate = 'Mara Okafor said the pier was unsafe and would not elaborate.';
    expect(quote(elaborate, 'the pier')).toMatchObject({ text: 'the pier was unsafe', cue: 'said' });
    const contracted = 'Mara Okafor said the pier was unsafe but didn\'t say when it would close.';
    expect(quote(contracted, 'the pier')).toMatchObject({ text: 'the pier was unsafe', cue: 'said' });
  });

  test('"without offering evidence" ends it too', () => {
    const text = 'Mara Okafor claimed the vote was rigged without offering evidence.';
    expect(quote(text, 'the vote')).toMatchObject({ type: 'indirect', text: 'the vote was rigged', start: at(text, 'the vote'), speaker: 'Mara Okafor', cue: 'claimed' });
  });

  test('a second clause of the content\'s own subject stays: other verbs, and a verb in another tense than the cue', () => {
    const mill = 'Mara Okafor said the mill was sold and did not reopen.';
    expect(quote(mill, 'the mill')).toMatchObject({ text: 'the mill was sold and did not reopen' });
    const gun = 'Police say the driver swerved twice and refused to pull over.';
    expect(quote(gun, 'the driver')).toMatchObject({ text: 'the driver swerved twice and refused to pull over', speaker: 'Police', cue: 'say' });
    const modal = 'Mara Okafor said the mill would close, but would reopen in May.';
    expect(quote(modal, 'the mill')).toMatchObject({ text: 'the mill would close, but would reopen in May' });
  });
});
