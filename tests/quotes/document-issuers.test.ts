import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the statement/memo said" stands for whoever issued it in the sentence before', () => {
  test('the subject of "… in a statement" speaks, not a person quoted in an earlier paragraph', () => {
    const text = 'Okafor said the talks had been long.\n\nPortvale United announced the signing in a statement. "The club welcomes Tomas," the statement read.';
    expect(quote(text, 'The club welcomes')).toMatchObject({
      type: 'direct', text: 'The club welcomes Tomas,', start: at(text, 'The club welcomes'), speaker: 'Portvale United',
      speaker_kind: 'organization', speaker_mention: 'the statement', speaker_start: at(text, 'the statement'), cue: 'read', outlet: null,
    });
  });

  test('"NAME sent a memo to staff": the sender, a person with a title', () => {
    const text = 'Director Helena Marsh sent a memo to staff. "Nobody will lose their job," the memo said.';
    expect(quote(text, 'Nobody')).toMatchObject({
      type: 'direct', text: 'Nobody will lose their job,', start: at(text, 'Nobody'), speaker: 'Helena Marsh', speaker_kind: 'person',
      speaker_mention: 'the memo', speaker_start: at(text, 'the memo'), cue: 'said', outlet: null,
    });
  });

  test('"a statement from NAME": the one it came from', () => {
    const text = 'Supporters waited for a statement from Portvale United. "The club welcomes Tomas," the statement read.';
    expect(quote(text, 'The club welcomes')).toMatchObject({ speaker: 'Portvale United', speaker_kind: 'organization', speaker_mention: 'the statement', cue: 'read' });
  });

  test('near miss: a sentence before that brings in no document leaves the statement unresolved', () => {
    const text = 'Supporters were angry about the sale. "The club welcomes Tomas," the statement read.';
    expect(quote(text, 'The club welcomes')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'the statement', cue: 'read' });
  });
});

describe('a document "signed by" a titled person speaks for that person', () => {
  test('"The memo, signed by chief executive NAME, went on: “…”"', () => {
    const text = 'The memo, signed by chief executive Dario Lenz, went on: "The plant stays open."';
    expect(quote(text, 'The plant')).toMatchObject({
      type: 'direct', text: 'The plant stays open.', start: at(text, 'The plant'), speaker: 'Dario Lenz', speaker_kind: 'person',
      speaker_mention: 'The memo', speaker_start: 0, cue: 'went on', outlet: null,
    });
  });

  test('near miss: signed by unnamed staff, the memo speaks', () => {
    const text = 'The memo, signed by staff at the plant, went on: "The plant stays open."';
    expect(quote(text, 'The plant stays')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The memo', cue: 'went on' });
  });
});
