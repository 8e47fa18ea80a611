import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a pronoun after a description speaker whose role carries its gender', () => {
  test('"Her spokesman told …. …, he added": "he" is the spokesman, not the last named man', () => {
    const text = 'Tom Reyes and Mara Okafor met in 2010. Her spokesman told the Gazette she was fine. She would be back on Wednesday, he added.';
    expect(quote(text, 'She would be back')).toMatchObject({
      type: 'indirect', text: 'She would be back on Wednesday', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'he', speaker_start: at(text, 'he added'), speaker_role: 'spokesman', cue: 'added',
    });
  });

  test('a quotation after it: "“…,” he added"', () => {
    const text = 'Tom Reyes and Mara Okafor met in 2010. Her spokesman told the Gazette she was fine. “She will be back on Wednesday,” he added.';
    expect(quote(text, 'She will be back')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'he' });
  });

  test('a description of no gender ("a spokesperson") leaves "he" to the named man, as before', () => {
    const text = 'Tom Reyes and Mara Okafor met in 2010. A spokesperson told the Gazette she was fine. “She will be back on Wednesday,” he added.';
    expect(quote(text, 'She will be back')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'he' });
  });

  test('a description of the other gender does not take the pronoun: "her spokeswoman" … "he said"', () => {
    const text = 'Tom Reyes and Mara Okafor met in 2010. Her spokeswoman told the Gazette she was fine. “I am glad,” he said.';
    expect(quote(text, 'I am glad')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'he' });
  });
});

describe('a role with where its holder comes from', () => {
  test('"the senator from Vermont" is the senator named before, the place no part of the role', () => {
    const text = 'Mara Ellison spoke in Des Moines on Sunday. The senator from Vermont said the system was “rigged against workers.”';
    expect(quote(text, 'rigged')).toMatchObject({
      type: 'partial', speaker: 'Mara Ellison', speaker_mention: 'The senator from Vermont', speaker_start: at(text, 'The senator'), cue: 'said',
    });
  });
});

describe('a pronoun for whom the article names no one, after an unnamed speaker', () => {
  test('", the harbourmaster told the Gazette. “…,” he said": "he" is the harbourmaster, still talking to the Gazette', () => {
    const text = 'The pier would reopen in spring, the harbourmaster told the Elwin Gazette. “We have waited long enough,” he said.';
    expect(quote(text, 'We have waited')).toMatchObject({
      type: 'direct', text: 'We have waited long enough,', start: at(text, 'We have'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: 'Elwin Gazette',
    });
  });

  test('near miss: a named man in reach is still the "he"', () => {
    const text = 'Tom Reyes runs the ferry. The pier would reopen in spring, the harbourmaster told the Elwin Gazette. “We have waited long enough,” he said.';
    expect(quote(text, 'We have waited')).toMatchObject({ speaker: 'Tom Reyes', speaker_kind: 'person', speaker_mention: 'he' });
  });

  test('near miss: a document that spoke is no "she"', () => {
    const text = 'The report said the pier would reopen in spring. “We have waited long enough,” she said.';
    expect(quote(text, 'We have waited')).toMatchObject({ speaker: null, speaker_kind: null, speaker_mention: 'she' });
  });
});

describe('a he/she after one who asked not to be named, whatever the noun', () => {
  test('"A ferry operator, who asked not to be named, said …. “…,” she said": the operator, not the woman named before', () => {
    const text = 'The harbour master, Greta Lindqvist, said the port would reopen.\n\nA ferry operator, who asked not to be named, said bookings had collapsed. “Nobody is travelling,” she said.';
    expect(quote(text, 'Nobody is travelling')).toMatchObject({
      type: 'direct', text: 'Nobody is travelling,', start: at(text, 'Nobody'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said',
    });
  });

  test('near miss: without the request, an operator is no known person and the woman named before keeps the pronoun', () => {
    const text = 'The harbour master, Greta Lindqvist, said the port would reopen.\n\nA ferry operator said bookings had collapsed. “Nobody is travelling,” she said.';
    expect(quote(text, 'Nobody is travelling')).toMatchObject({ type: 'direct', speaker: 'Greta Lindqvist', speaker_mention: 'she' });
  });
});
