import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a frame set off by commas inside a sentence the writer began ("He was, she added, “…”") makes the quotation a partial', () => {
  test('"He was, she added, “…”": partial, speaker and cue kept', () => {
    const text = 'Rosa Delgado spoke after the service. He was, she added, "the last to leave any party."';
    const words = 'the last to leave any party.';
    expect(quote(text, words)).toMatchObject({
      text: words, type: 'partial', start: at(text, words), end: at(text, words) + words.length,
      speaker: 'Rosa Delgado', speaker_kind: 'person', speaker_mention: 'she', speaker_start: at(text, 'she added'), cue: 'added', cue_start: at(text, 'added'), outlet: null,
    });
  });

  test('"The bridge, the engineer said, “…”": a subject noun phrase the quotation finishes', () => {
    const text = 'Engineer Paul Hendry inspected the site. The bridge, Hendry said, "needs another year of work."';
    const words = 'needs another year of work.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'partial', start: at(text, words), speaker: 'Paul Hendry', speaker_mention: 'Hendry', cue: 'said', outlet: null });
  });

  test('negative: "She added, “…”" opening the sentence stays direct', () => {
    const text = 'Rosa Delgado spoke after the service. She added, "the last to leave any party was always him."';
    const words = 'the last to leave any party was always him.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'direct', start: at(text, words), speaker: 'Rosa Delgado', speaker_mention: 'She', cue: 'added', outlet: null });
  });

  test('negative: "“…,” she added." stays direct', () => {
    const text = 'Rosa Delgado spoke after the service. "He was the last to leave any party," she added.';
    const words = 'He was the last to leave any party,';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'direct', start: at(text, words), speaker: 'Rosa Delgado', speaker_mention: 'she', cue: 'added', outlet: null });
  });

  test('negative: a fronted phrase before the frame ("On Sunday, she added, “…”") is no writer\'s clause', () => {
    const text = 'Rosa Delgado spoke after the service. On Sunday, she added, "the last to leave any party was always him."';
    const words = 'the last to leave any party was always him.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'direct', start: at(text, words), speaker: 'Rosa Delgado', cue: 'added', outlet: null });
  });

  test('negative: a participle frame alone (", saying, “…”") stays direct', () => {
    const text = 'Rosa Delgado waved off the question, saying, "the family has said all it will say."';
    const words = 'the family has said all it will say.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'direct', start: at(text, words), cue: 'saying', outlet: null });
  });

  test('negative: after a conjunction with no subject of its own ("and also, she said, “…”") the quotation opens its own clause: direct', () => {
    const text = 'Rosa Delgado met the bishop in private, as is the custom and also, Delgado said, "to keep the visit out of the papers."';
    const words = 'to keep the visit out of the papers.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'direct', start: at(text, words), speaker: 'Rosa Delgado', speaker_mention: 'Delgado', cue: 'said', outlet: null });
  });

  test('after a conjunction the quotation that opens on a verb is the predicate of the writer\'s subject: partial', () => {
    const text = 'Rosa Delgado sold the bakery in May. The shop reopened under new owners and, Delgado said, "never once made a profit."';
    const words = 'never once made a profit.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'partial', start: at(text, words), speaker: 'Rosa Delgado', speaker_mention: 'Delgado', cue: 'said', cue_start: at(text, 'said, "never'), outlet: null });
  });
});
