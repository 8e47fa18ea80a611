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

  test('"Yet another said, “…”": a word opening the clause first (quantified_speakers.openers) still leaves "another" the mention', () => {
    const text = '“The pier is too short,” added one ferry pilot. Yet another said, “Nobody asks us anything.”';
    expect(quote(text, 'Nobody asks')).toMatchObject({
      type: 'direct', text: 'Nobody asks us anything.', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'another', speaker_start: at(text, 'another said'), cue: 'said', cue_start: at(text, 'said,'),
    });
    const and = 'One ferry pilot said the pier was too short. And one of them added: “Nobody asks us anything.”';
    expect(quote(and, 'Nobody asks')).toMatchObject({ type: 'direct', speaker_mention: 'one of them', speaker_start: at(and, 'one of them'), cue: 'added' });
  });

  test('negative: a conjunction inside a clause opens none: "bought one and another, she said"', () => {
    const text = 'Mara Okafor bought one and another, she said, “for the grandchildren.”';
    expect(quote(text, 'for the grandchildren')).toMatchObject({ speaker_mention: 'she', cue: 'said' });
  });

  test('not inside a clause: "no one said", "bought another, she said"', () => {
    const text = 'No one said the pier was safe. Mara Okafor bought another, she said.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => /one|another/i.test(q.speaker_mention ?? ''))).toBe(false);
  });
});

describe('quantified speakers: a share of people named after it holds their stance', () => {
  test('"All of the harbour pilots oppose …": a share word, "of" and people', () => {
    const text = 'The vote is next week. All of the harbour pilots oppose the new mooring fees.';
    expect(quote(text, 'the new mooring fees')).toMatchObject({
      type: 'indirect', text: 'the new mooring fees', start: at(text, 'the new mooring fees'), speaker_kind: 'anonymous',
      speaker_mention: 'All of the harbour pilots', speaker_start: at(text, 'All of the'), cue: 'oppose',
    });
  });

  test('"about six in 10 older riders supported …": a ratio of people', () => {
    const text = 'The ferry poll was close. Younger riders were split, while about six in 10 older riders supported Ilse Marwick.';
    expect(quote(text, 'Ilse Marwick')).toMatchObject({
      type: 'indirect', text: 'Ilse Marwick', speaker_mention: 'six in 10 older riders', speaker_start: at(text, 'six in 10'), cue: 'supported',
    });
  });

  test('not a share of things: "all of the new fees", "six in 10 homes"', () => {
    const text = 'All of the new fees support the harbour fund. Six in 10 homes support solar panels now.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('not a share of the object of a request: "asking each of the four pilots to describe …"', () => {
    const text = 'The chair Tova Brandt opened by asking each of the four pilots to describe the winter in a single word.';
    expect(quotesOf(text).some((q) => q.cue === 'describe')).toBe(false);
  });
});
