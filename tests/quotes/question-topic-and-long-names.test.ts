import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"he"/"she" does not take the person a question was about', () => {
  test('"When A was asked about B, she …": the pronoun is A, not B named later', () => {
    const text = 'Nora Lindqvist edged Petra Volkova in the final. When Lindqvist was asked about Volkova, she laughed. “She never gives up,” she said.';
    expect(quote(text, 'She never')).toMatchObject({
      type: 'direct', text: 'She never gives up,', start: at(text, 'She never'),
      speaker: 'Nora Lindqvist', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', outlet: null,
    });
  });
});

describe('a surname alone links to a longer full name', () => {
  test('given + middle + surname, the given names not in our list: "Okon Ebere Adaku" … "Adaku said", then "he"', () => {
    const text = 'Okon Ebere Adaku lost the vote. “We fought hard,” Adaku said. He said his group would try again.';
    expect(quote(text, 'We fought')).toMatchObject({ type: 'direct', text: 'We fought hard,', speaker: 'Okon Ebere Adaku', speaker_mention: 'Adaku', speaker_start: at(text, 'Adaku said'), cue: 'said' });
    expect(quote(text, 'his group')).toMatchObject({ type: 'indirect', text: 'his group would try again', speaker: 'Okon Ebere Adaku', speaker_mention: 'He', cue: 'said' });
  });

  test('a name in commas after "her lawyer," is a full name: "… but Surname has said …"', () => {
    const text = 'Neither Baker nor her lawyer, Tarun Iyer, returned calls, but Iyer has said the claims were “absurd.”';
    expect(quote(text, 'absurd')).toMatchObject({ type: 'partial', text: 'absurd.', start: at(text, 'absurd'), speaker: 'Tarun Iyer', speaker_mention: 'Iyer', speaker_start: at(text, 'Iyer has'), cue: 'said' });
  });
});
