import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a role phrase set off as an apposition is not the previous sentence\'s subject for a pronoun', () => {
  test('"that Paul Varga, the candidate, who …, could win, Lindqvist shrugged. “…,” he said" is Lindqvist', () => {
    const text = 'Lindqvist expects the treaty to pass. Asked whether he feared that Paul Varga, the candidate, who has never held office, could win, Lindqvist shrugged. "Voters decide in the end," he said.';
    expect(quote(text, 'Voters')).toMatchObject({
      type: 'direct', text: 'Voters decide in the end,', start: at(text, 'Voters'), end: at(text, 'Voters') + 'Voters decide in the end,'.length,
      speaker: 'Lindqvist', speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: the role description as the clause\'s own subject after an opening phrase is still the person named with it', () => {
    const text = 'Paul Varga, the candidate, toured the docks on Monday. Lindqvist expects the treaty to pass. At the rally, the candidate waved to supporters. "Voters decide in the end," he said.';
    expect(quote(text, 'Voters')).toMatchObject({
      type: 'direct', text: 'Voters decide in the end,', start: at(text, 'Voters'), speaker: 'Paul Varga', speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });
});
