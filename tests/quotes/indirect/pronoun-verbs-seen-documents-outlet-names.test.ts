import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a verb after a nominative pronoun, read as a noun', () => {
  test('"said he forgave the driver" keeps its clause (an irregular past the tagger reads as a noun)', () => {
    const text = 'Nadia Ferris said he forgave the driver.';
    expect(quote(text, 'he forgave')).toMatchObject({
      text: 'he forgave the driver', type: 'indirect', speaker: 'Nadia Ferris', cue: 'said',
      start: at(text, 'he forgave'), end: at(text, '.'),
    });
  });
});

describe('documents an outlet saw, after "according to"', () => {
  test('the documents are the source, the outlet only saw them', () => {
    const text = 'According to planning documents reviewed by the Post, the ferry terminal will close in June.';
    expect(quote(text, 'the ferry terminal')).toMatchObject({
      text: 'the ferry terminal will close in June', type: 'indirect', speaker: null, speaker_mention: 'planning documents', cue: 'According to', outlet: 'Post',
    });
  });

  test('also when the account closes the sentence', () => {
    const text = 'The ferry terminal will close in June, according to court records obtained by Reuters.';
    expect(quote(text, 'The ferry terminal')).toMatchObject({
      text: 'The ferry terminal will close in June', speaker: null, speaker_mention: 'court records', cue: 'according to', outlet: 'Reuters',
    });
  });
});

describe('an outlet speaking under its short name', () => {
  test('"The Times said" after the paper was named in full is the paper, as the gazetteer spells it', () => {
    const text = 'The New York Times first reported the merger. The Times said Harlow had declined to discuss the price.';
    expect(quote(text, 'Harlow had')).toMatchObject({
      text: 'Harlow had declined to discuss the price', speaker: 'The New York Times', speaker_mention: 'The Times', cue: 'said', outlet: 'The New York Times',
    });
  });
});

describe('an outlet whose name holds "!" after a fronted adverbial', () => {
  test('"On Friday, E! News said …" is E! News\'s report', () => {
    const text = 'On Friday, E! News said the singer would skip the festival.';
    expect(quote(text, 'the singer')).toMatchObject({
      text: 'the singer would skip the festival', speaker: 'E! News', speaker_mention: 'E! News', speaker_start: at(text, 'E! News'), cue: 'said', outlet: 'E! News',
    });
  });
});
