import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the source" after a source set apart by an ordinal keeps that source\'s interview outlet', () => {
  test('"A second source told OUTLET … . “…,” the source said." carries the outlet', () => {
    const text = 'A second source told TMZ that Brandt had "checked out." "He feels stuck," the source said.';
    expect(quote(text, 'checked out')).toMatchObject({
      text: 'checked out.', start: at(text, 'checked out'), type: 'partial', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A second source', cue: 'told', outlet: 'TMZ',
    });
    expect(quote(text, 'He feels stuck')).toMatchObject({
      text: 'He feels stuck,', start: at(text, 'He feels stuck'), end: at(text, 'He feels stuck') + 'He feels stuck,'.length, type: 'direct',
      speaker: null, speaker_kind: 'anonymous', speaker_mention: 'the source', speaker_start: at(text, 'the source said'), cue: 'said', outlet: 'TMZ',
    });
  });

  test('negative: "the other source" is someone else, and so is "the source" after another speaker came between', () => {
    const other = 'A second source told TMZ that Brandt had "checked out." "He feels stuck," the other source said.';
    expect(quote(other, 'He feels stuck')).toMatchObject({ type: 'direct', speaker_mention: 'the other source', cue: 'said', outlet: null });
    const between = 'A second source told TMZ that Brandt had "checked out."\n\nA spokesperson for Brandt said he was resting.\n\n"He feels stuck," the source said.';
    expect(quote(between, 'He feels stuck')).toMatchObject({ type: 'direct', speaker_mention: 'the source', cue: 'said', outlet: null });
  });
});
