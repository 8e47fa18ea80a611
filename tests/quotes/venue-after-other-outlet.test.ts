import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

const opening = 'Actor Mira Kessel spoke at length to Esquire about the revival. "I was terrified," she said.\n\nCo-star Jonah Pike told Rolling Stone that the set felt like home. "We picked up where we left off," he said.\n\n';

describe('an interview a person was placed in stops holding when she is quoted right after someone else from another outlet', () => {
  test('"Kessel said …" in the paragraph after Pike\'s Rolling Stone quotes is given no Esquire outlet', () => {
    const text = opening + 'Kessel said she hoped the show would run for years. "Why not?" she said.';
    expect(quote(text, 'I was')).toMatchObject({ type: 'direct', speaker: 'Mira Kessel', outlet: 'Esquire' });
    expect(quote(text, 'she hoped')).toMatchObject({
      type: 'indirect', text: 'she hoped the show would run for years', start: at(text, 'she hoped'), speaker: 'Mira Kessel', speaker_mention: 'Kessel', speaker_start: at(text, 'Kessel said'), cue: 'said', outlet: null,
    });
    expect(quote(text, 'Why not')).toMatchObject({ type: 'direct', text: 'Why not?', speaker: 'Mira Kessel', speaker_mention: 'she', speaker_start: text.lastIndexOf('she said'), cue: 'said', outlet: null });
  });

  test('negative: with a paragraph of background between, her later quote is still from the interview', () => {
    const text = opening + 'The revival opens in May on three screens.\n\nKessel said she hoped the show would run for years.';
    expect(quote(text, 'she hoped')).toMatchObject({ type: 'indirect', text: 'she hoped the show would run for years', speaker: 'Mira Kessel', speaker_mention: 'Kessel', cue: 'said', outlet: 'Esquire' });
  });
});
