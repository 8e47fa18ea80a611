import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('one capitalised word, then "he"/"she" in the next sentence, is a person only with more evidence', () => {
  test('a role noun before the word: "Ferry union chief Dovrenko spoke …"', () => {
    const text = 'Ferry union chief Dovrenko spoke outside the depot on Friday. “The strike goes on,” he said.';
    expect(quote(text, 'The strike')).toMatchObject({
      type: 'direct', text: 'The strike goes on,', start: at(text, 'The strike'), speaker: 'Dovrenko', speaker_kind: 'person',
      speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('an act only a person does in their own name: "Velmira posted a handwritten letter on Instagram"', () => {
    const text = 'Velmira posted a handwritten letter on Instagram on Monday. “I let my fans down,” she wrote.';
    expect(quote(text, 'I let my')).toMatchObject({
      type: 'direct', text: 'I let my fans down,', start: at(text, 'I let my'), speaker: 'Velmira', speaker_kind: 'person',
      speaker_mention: 'she', speaker_start: at(text, 'she wrote'), cue: 'wrote', outlet: null,
    });
  });

  test('"the singer Velmira" after an article is a person too', () => {
    const text = 'The singer Velmira cancelled the autumn tour. “I need rest,” she said.';
    expect(quote(text, 'I need')).toMatchObject({ type: 'direct', text: 'I need rest,', speaker: 'Velmira', speaker_mention: 'she', cue: 'said' });
  });

  test('near miss: a verb a company shares gives no person ("Corvanta met investors", "Corvanta published a schedule")', () => {
    expect(quote('Corvanta met investors in June. “We are fine,” she said.', 'We are')).toMatchObject({ speaker: null, speaker_mention: 'she', cue: 'said' });
    expect(quote('Corvanta published a schedule on Monday. “We are fine,” she said.', 'We are')).toMatchObject({ speaker: null, speaker_mention: 'she', cue: 'said' });
  });

  test('near miss: a letter posted by a word the article also writes in small letters is no name', () => {
    const text = 'Harvest posted a letter on Instagram. “We are sorry,” she wrote about the harvest.';
    expect(quote(text, 'We are')).toMatchObject({ speaker: null, speaker_mention: 'she' });
  });
});
