import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const outlets = (text: string) => extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name);

describe('one outlet is written one way in an article, with its "The" where the article writes it', () => {
  test('"told the Weather Channel … told The Weather Channel": both quotes and the list have the capital "The"', () => {
    const text = 'Ann Reed told the Weather Channel that the storm was slow. "It barely moved," she told The Weather Channel.';
    expect(quote(text, 'the storm')).toMatchObject({
      text: 'the storm was slow', type: 'indirect', start: at(text, 'the storm'), speaker: 'Ann Reed', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'), outlet: 'The Weather Channel',
    });
    expect(quote(text, 'It barely')).toMatchObject({ type: 'direct', speaker: 'Ann Reed', speaker_mention: 'she', cue: 'told', outlet: 'The Weather Channel' });
    expect(outlets(text)).toEqual(['The Weather Channel']);
  });

  test('an outlet speaker the article writes "The Mainichi Shimbun" inside a sentence is named so everywhere', () => {
    const text = 'On Monday, The Mainichi Shimbun reported that the mill would close. The mill is old, Mainichi Shimbun said.';
    expect(quote(text, 'the mill would')).toMatchObject({
      text: 'the mill would close', type: 'indirect', start: at(text, 'the mill would'), speaker: 'The Mainichi Shimbun', speaker_kind: 'outlet', speaker_mention: 'The Mainichi Shimbun', speaker_start: at(text, 'The Mainichi'), cue: 'reported', outlet: 'The Mainichi Shimbun',
    });
    expect(quote(text, 'The mill is old')).toMatchObject({ speaker: 'The Mainichi Shimbun', speaker_mention: 'Mainichi Shimbun', cue: 'said', outlet: 'The Mainichi Shimbun' });
    expect(outlets(text)).toEqual(['The Mainichi Shimbun']);
  });

  test('near miss: a capital "The" that only opens a sentence shows nothing', () => {
    const text = 'The Mainichi Shimbun reported on Monday that the mill would close.';
    expect(quote(text, 'the mill would')).toMatchObject({ speaker: 'Mainichi Shimbun', speaker_mention: 'The Mainichi Shimbun', speaker_start: 0, cue: 'reported', outlet: 'Mainichi Shimbun' });
  });

  test('near miss: an outlet the article writes only after a small "the" keeps its name without it', () => {
    const text = 'Ann Reed told the Weather Channel that the storm was slow.';
    expect(quote(text, 'the storm')).toMatchObject({ speaker: 'Ann Reed', cue: 'told', outlet: 'Weather Channel' });
    expect(outlets(text)).toEqual(['Weather Channel']);
  });
});
