import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an unnamed description that spoke as the previous sentence\'s subject is the he/she after it', () => {
  test('"A nurse, who asked not to be named, said …. “…,” she said": the nurse, not the named woman quoted before', () => {
    const text = 'Health Minister Philippa Dunmore said she was confident.\n\nA nurse, who asked not to be named, said wards were full. "We turned people away every night," she said.';
    expect(quote(text, 'We turned')).toMatchObject({
      type: 'direct', text: 'We turned people away every night,', start: at(text, 'We turned'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'she', speaker_start: at(text, 'she said.'), speaker_role: 'nurse', cue: 'said', outlet: null,
    });
  });

  test('near miss: a plural group is no "he"', () => {
    const text = 'Health Minister Roderick Dunmore said he was confident.\n\nTwo nurses said wards were full. "We turned people away every night," he said.';
    expect(quote(text, 'We turned')).toMatchObject({ type: 'direct', speaker: 'Roderick Dunmore', speaker_mention: 'he' });
  });

  test('near miss: a go-between ("a spokesperson") may speak for the one named', () => {
    const text = 'Health Minister Roderick Dunmore visited the ward. A spokesperson said he was confident. "We will hire more staff," he said.';
    expect(quote(text, 'We will hire')).toMatchObject({ type: 'direct', speaker: 'Roderick Dunmore', speaker_mention: 'he' });
  });
});

describe('an unnamed description whose noun people_nouns lists only in the plural is still one person', () => {
  test('"Another commuter, who asked not to be named, said …. “…,” he said": the commuter, not the man named before', () => {
    const text = 'Rail boss Trevor Ashdown said the timetable would recover.\n\nAnother commuter, who asked not to be named, said he had missed two meetings. “I have given up on the 8.10,” he said.';
    expect(quote(text, 'I have given up')).toMatchObject({
      type: 'direct', text: 'I have given up on the 8.10,', start: at(text, 'I have given up'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'he', speaker_start: at(text, 'he said.'), cue: 'said', outlet: null,
    });
  });

  test('"A shopper … “…,” she said" after a woman named before: the shopper, kind anonymous', () => {
    const text = 'Councillor Bethan Morrow said the market would reopen.\n\nA shopper, who asked not to be named, said she had driven 20 miles. “It was worth the trip,” she said.';
    expect(quote(text, 'It was worth')).toMatchObject({ type: 'direct', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'she', cue: 'said' });
  });

  test('near miss: a plural group of such people is no "he"', () => {
    const text = 'Rail boss Trevor Ashdown said the timetable would recover.\n\nCommuters said they had missed meetings. “We will be back on the trains soon,” he said.';
    expect(quote(text, 'We will be back')).toMatchObject({ type: 'direct', speaker: 'Trevor Ashdown', speaker_mention: 'he' });
  });
});
