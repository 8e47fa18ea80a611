import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a participle phrase set off after the subject describes it, whatever the tagger reads the participle as', () => {
  test('"The board, meeting in Leeds, said …": the board speaks, not the place', () => {
    const text = 'The strike entered a second week. The union\'s executive, meeting in Leeds, said in a statement that it would “keep every picket line open”.';
    expect(quote(text, 'keep every')).toMatchObject({
      type: 'partial', text: 'keep every picket line open', start: at(text, 'keep every'), end: at(text, 'open”') + 4,
      speaker_mention: "The union's executive", speaker_start: at(text, "The union's executive"), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a name in apposition after the subject still speaks', () => {
    const text = 'The strike entered a second week. The union\'s leader, Dora Pike, said in a statement that it would “keep every picket line open”.';
    expect(quote(text, 'keep every')).toMatchObject({
      type: 'partial', speaker: 'Dora Pike', speaker_mention: 'Dora Pike', speaker_start: at(text, 'Dora Pike'), cue: 'said', outlet: null,
    });
  });

  test('"The tribunal, sitting in Geneva, found that X “…”": the unnamed body speaks, not the place', () => {
    const text = 'The tribunal, sitting in Geneva, found that Marsh "acted in good faith" throughout the dispute.';
    expect(quote(text, 'acted in')).toMatchObject({
      type: 'partial', text: 'acted in good faith', start: at(text, 'acted in'), speaker: 'The tribunal', speaker_kind: 'organization',
      speaker_mention: 'The tribunal', speaker_start: 0, cue: 'found', outlet: null,
    });
  });

  test('near miss: a name in apposition after the body\'s role, not a participle, still speaks', () => {
    const text = 'The tribunal\'s president, Ana Ruiz, found that Marsh "acted in good faith" throughout the dispute.';
    expect(quote(text, 'acted in')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', cue: 'found' });
  });
});
