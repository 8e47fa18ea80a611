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
