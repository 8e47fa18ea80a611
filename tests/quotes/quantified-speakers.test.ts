import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('quantified speakers: one of a group named before', () => {
  test('"“…,” one of them said": the words as written are the mention, and the next quotation carries it', () => {
    const text = 'Three dock workers spoke to the Gazette in Port Elwin. “We were told nothing,” one of them said. “Now we wait for letters.”';
    expect(quote(text, 'We were told')).toMatchObject({
      type: 'direct', text: 'We were told nothing,', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'one of them', speaker_start: at(text, 'one of them'), cue: 'said',
    });
    expect(quote(text, 'Now we wait')).toMatchObject({ type: 'direct', speaker_mention: 'one of them' });
  });

  test('"“…,” a third said": an ordinal after "a"', () => {
    const text = 'Two pilots praised the Harbour Board. “It was a fair deal,” a third said.';
    expect(quote(text, 'It was a fair')).toMatchObject({ type: 'direct', speaker_mention: 'a third', speaker_start: at(text, 'a third'), cue: 'said' });
  });

  test('"Another said …" reports the clause, with "said" read as an adjective by the tagger', () => {
    const text = 'Two pilots described the meeting with Mara Okafor. Another said managers had been told to stay quiet.';
    expect(quote(text, 'managers')).toMatchObject({
      type: 'indirect', text: 'managers had been told to stay quiet', speaker_mention: 'Another', speaker_start: at(text, 'Another said'), cue: 'said',
    });
  });

  test('"Another said the show had become “…”": a partial quotation', () => {
    const text = 'Viewers of the Port Elwin breakfast show were split. Another said the show had become “a tired parade.”';
    expect(quote(text, 'a tired parade')).toMatchObject({ type: 'partial', speaker_mention: 'Another', cue: 'said' });
  });

  test('"One wrote on X: “…”"', () => {
    const text = 'Viewers of the Port Elwin breakfast show were furious. One wrote on X: “This is the end of the show.”';
    expect(quote(text, 'This is the end')).toMatchObject({ type: 'direct', speaker_mention: 'One', cue: 'wrote' });
  });

  test('not inside a clause: "no one said", "bought another, she said"', () => {
    const text = 'No one said the pier was safe. Mara Okafor bought another, she said.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => /one|another/i.test(q.speaker_mention ?? ''))).toBe(false);
  });
});
