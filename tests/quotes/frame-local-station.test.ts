import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"told the station" after a local channel of a known broadcaster', () => {
  test('"told BBC Radio Tamworth" … "He told the station …": the whole channel, not the broadcaster', () => {
    const text = 'The chairman, Raj Patel, said the decision had been hard. “Gary brought this club back,” Patel told BBC Radio Tamworth.\n\n'
      + 'He told the station he hoped to appoint a successor ‘within a week’ and would look abroad.';
    expect(quote(text, 'within a week')).toMatchObject({ text: 'within a week', type: 'partial', speaker: 'Raj Patel', cue: 'told', cue_start: at(text, 'told the station'), outlet: 'BBC Radio Tamworth' });
  });

  test('negative: the broadcaster alone stays itself', () => {
    const text = '“We move on,” Patel told the BBC.\n\nHe told the broadcaster he hoped to appoint a successor soon.';
    expect(quote(text, 'he hoped')).toMatchObject({ type: 'indirect', speaker: 'Patel', outlet: 'BBC' });
  });

  test('negative: the title and name after a local channel are no part of it', () => {
    const text = 'On BBC Radio Kent Conservative MP Tom Hale defended the plan. “It is fair,” Hale told the station.';
    expect(quote(text, 'It is fair')).toMatchObject({ text: 'It is fair,', type: 'direct', speaker: 'Tom Hale', cue: 'told', outlet: 'BBC Radio Kent' });
  });
});
