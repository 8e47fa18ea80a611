import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';

describe('a subordinate clause opening the sentence ("Before the band left, …") is stepped over to find the subject', () => {
  test('"When …, NAME verb …. “…,” he said" ("when" read as an adverb): the name after the clause is the pronoun\'s antecedent, not an earlier speaker', () => {
    const text = 'Marcus Webb spoke first. “We lost the lease,” he told Variety.\n\nWhen the lights came up, Samir Qureshi hugged the bassist. “I will miss this room,” he said.';
    expect(quote(text, 'I will miss')).toMatchObject({
      type: 'direct', text: 'I will miss this room,', speaker: 'Samir Qureshi', speaker_mention: 'he',
      speaker_start: text.lastIndexOf('he said'), cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
    });
  });

  test('"Once …, NAME verb …": the same with another subordinator', () => {
    const text = 'Marcus Webb spoke first. “We lost the lease,” he told Variety.\n\nOnce the lights came up, Samir Qureshi hugged the bassist. “I will miss this room,” he said.';
    expect(quote(text, 'I will miss')).toMatchObject({ speaker: 'Samir Qureshi', speaker_start: text.lastIndexOf('he said'), outlet: null });
  });

  test('near miss: the clause\'s own subject is not taken; a "she" after it still goes to the earlier woman', () => {
    const text = 'Odile Brassard spoke first. “We lost the lease,” she told Variety.\n\nBefore the band packed up, Samir Qureshi hugged the bassist. “I will miss this room,” she said.';
    expect(quote(text, 'I will miss')).toMatchObject({ speaker: 'Odile Brassard', speaker_start: text.lastIndexOf('she said'), cue: 'said' });
  });
});
