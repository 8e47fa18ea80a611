import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a participle cue after the main clause speaks for the sentence\'s subject', () => {
  test('a trade noun heads the subject: "A stunt performer has sued the studio, claiming …"', () => {
    const text = 'A stunt performer has sued the studio, claiming managers ignored warnings about the harness.';
    expect(quote(text, 'managers')).toMatchObject({
      type: 'indirect', text: 'managers ignored warnings about the harness', speaker_mention: 'A stunt performer', speaker_start: 0, speaker_kind: 'anonymous', cue: 'claiming', cue_start: at(text, 'claiming'),
    });
  });

  test('a relative clause after the subject\'s noun is not part of the mention: "The rigger who fell …"', () => {
    const text = 'The rigger who fell twenty feet has sued the studio, saying the cable was worn.';
    expect(quote(text, 'the cable')).toMatchObject({ text: 'the cable was worn', speaker_mention: 'The rigger', speaker_start: 0, cue: 'saying' });
  });

  test('a noun that is no person names no speaker: "The new trailer drew millions of views, saying nothing …"', () => {
    const thing = 'The new trailer drew millions of views, saying nothing about the plot.';
    expect(quotesOf(thing).filter((q) => q.speaker_mention === 'The new trailer')).toEqual([]);
  });
});

describe('a participle cue after the place or medium someone was perceived in', () => {
  test('"could be heard on the radio telling …": the one heard speaks, not the radio', () => {
    const text = 'Paulo Santos could be heard on the radio telling his coach: “I cannot feel my legs.”';
    expect(quote(text, 'I cannot')).toMatchObject({
      type: 'direct', text: 'I cannot feel my legs.', speaker: 'Paulo Santos', speaker_mention: 'Paulo Santos', speaker_start: 0, cue: 'telling', cue_start: at(text, 'telling'), outlet: null,
    });
  });

  test('… also after a "with" opener closed by its participle: "With two minutes left, …"', () => {
    const text = 'With two minutes left, Paulo Santos was heard on the radio telling his coach: “I cannot feel my legs.”';
    expect(quote(text, 'I cannot')).toMatchObject({ speaker: 'Paulo Santos', speaker_start: at(text, 'Paulo'), cue: 'telling' });
  });

  test('near miss: without a verb of perceiving, the phrase before the participle stays the speaker', () => {
    const text = 'A man in the crowd, shouting: “Go home!”';
    expect(quote(text, 'Go home')).toMatchObject({ speaker_mention: 'A man', cue: 'shouting' });
  });

  test('near miss: a person heard from after "heard from" is the one who speaks', () => {
    const text = 'The panel heard from Lina Okafor describing the flood: “The water came in minutes.”';
    expect(quote(text, 'The water')).toMatchObject({ speaker: 'Lina Okafor', cue: 'describing' });
  });
});

describe('a participle cue after a quotation that opens its sentence\'s words', () => {
  test('"“… I had to practise,” Quist said, adding that …": the words inside the quotation are no subject', () => {
    const text = 'Mara Quist returned to the stage last month. “The lines come slower now. I had to practise,” Quist said, adding that she still forgets her cues.';
    expect(quote(text, 'she still')).toMatchObject({
      type: 'indirect', text: 'she still forgets her cues', speaker: 'Mara Quist', speaker_mention: 'Quist', speaker_start: at(text, 'Quist said'), cue: 'adding', cue_start: at(text, 'adding'),
    });
  });

  test('negative: a sentence whose subject comes before its quotation keeps it', () => {
    const text = 'Tom Ardley said the crew was ready. Ardley told the crowd “we go at dawn,” adding that the boats were fuelled.';
    expect(quote(text, 'the boats')).toMatchObject({ speaker: 'Tom Ardley', cue: 'adding' });
  });

  test('near miss: a straight mark after "said," opens a quotation as “ does, and the subject before it speaks', () => {
    for (const [open, close] of [['"', '"'], ['“', '”']]) {
      const text = `The port spokeswoman said, ${open}We are ready,${close} adding that the tide would be late.`;
      expect(quote(text, 'the tide')).toMatchObject({
        type: 'indirect', text: 'the tide would be late', speaker_mention: 'The port spokeswoman', speaker_start: 0, cue: 'adding', cue_start: at(text, 'adding'),
      });
    }
  });

  test('straight marks: a sentence opening inside a quotation still takes no subject from it', () => {
    const text = 'Mara Quist returned to the stage last month. "The lines come slower now. I had to practise," Quist said, adding that she still forgets her cues.';
    expect(quote(text, 'she still')).toMatchObject({ speaker: 'Mara Quist', speaker_mention: 'Quist', cue: 'adding' });
  });
});
