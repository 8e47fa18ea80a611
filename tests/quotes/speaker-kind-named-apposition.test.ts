import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "the [modifiers] KIND Name" in apposition to a description of the speaker: the body named speaks.
describe('a body named after its kind noun in apposition to a description', () => {
  test('"The ferry line’s owner, the Danish shipping company Norvik Holdings, said … that …"', () => {
    const text = 'The ferry line’s owner, the Danish shipping company Norvik Holdings, said in a statement that it would sell two of its boats.';
    expect(quote(text, 'it would sell')).toMatchObject({
      type: 'indirect', text: 'it would sell two of its boats', start: at(text, 'it would sell'), end: text.length - 1,
      speaker: 'Norvik Holdings', speaker_kind: 'organization', speaker_mention: 'Norvik Holdings', speaker_start: at(text, 'Norvik'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('with no modifier before the kind: "The hotel’s owner, the investment firm Ashgrove Partners, said …"', () => {
    const text = 'The hotel’s owner, the investment firm Ashgrove Partners, said the rooms would reopen in June.';
    expect(quote(text, 'the rooms')).toMatchObject({
      type: 'indirect', text: 'the rooms would reopen in June', start: at(text, 'the rooms'),
      speaker: 'Ashgrove Partners', speaker_kind: 'organization', speaker_start: at(text, 'Ashgrove'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a relative clause after the kind names nobody; the description speaks', () => {
    const text = 'The hotel’s owner, the investment firm that bought it in 2019, said the rooms would reopen in June.';
    expect(quote(text, 'the rooms')).toMatchObject({
      type: 'indirect', text: 'the rooms would reopen in June', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The hotel’s owner', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: a person named after a role noun is still the person', () => {
    const text = 'The hotel’s owner, the firm’s founder Dana Brant, said the rooms would reopen in June.';
    expect(quote(text, 'the rooms')).toMatchObject({ speaker: 'Dana Brant', speaker_kind: 'person', speaker_mention: 'Dana Brant', cue: 'said' });
  });
});

describe('a kind of body and its name in apposition with no article ("Dutch firm Velmora")', () => {
  test('"The caterer, Dutch firm Velmora, said in a statement that …": the firm speaks, an organisation, by the report\'s cue', () => {
    const text = 'The caterer, Dutch firm Velmora, said in a statement that the oven had been “badly serviced”.';
    expect(quote(text, 'badly serviced')).toMatchObject({
      type: 'partial', text: 'badly serviced', start: at(text, 'badly'), speaker: 'Velmora', speaker_mention: 'Velmora',
      speaker_start: at(text, 'Velmora'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"The caterer, software company Velmora, said …": an indirect report of the firm', () => {
    const text = 'The caterer, software company Velmora, said the oven had been serviced in May.';
    expect(quote(text, 'the oven')).toMatchObject({ type: 'indirect', text: 'the oven had been serviced in May', speaker: 'Velmora', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a person by trade keeps a person ("Its chef, Dutch baker Anke Mols, said")', () => {
    const text = 'Its chef, Dutch baker Anke Mols, said the oven had been serviced in May.';
    expect(quote(text, 'the oven')).toMatchObject({ type: 'indirect', speaker: 'Anke Mols', speaker_kind: 'person', cue: 'said' });
  });
});
