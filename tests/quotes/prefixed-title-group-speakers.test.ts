import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

// Speaker phrases the tagger splits oddly: a title joined to "ex-", "vice-" or "co-" (one token), a group named
// by an adjective after "the" ("the injured", read as a verb), and an initial that ends a sentence before a
// plural noun for people ("Agent K. Officers said").

describe('a title with a prefix before a name', () => {
  test('"Ex-governor NAME said": the person is the name, the role "ex-governor"', () => {
    const text = '“The vote was rigged,” Ex-governor Petra Lindqvist said on Tuesday.';
    expect(quote(text, 'The vote')).toMatchObject({ type: 'direct', text: 'The vote was rigged,', speaker: 'Petra Lindqvist', speaker_mention: 'Petra Lindqvist', speaker_role: 'ex-governor', cue: 'said', outlet: null, start: at(text, 'The vote') });
    expect(entityNames(text).people).toEqual(['Petra Lindqvist']);
  });

  test('"Vice-Rector NAME" and "Co-founder NAME" keep only the name', () => {
    const text = '“Fees will rise,” Vice-Chancellor Tomas Reyes said. “We sold too early,” Co-founder Ilse Varga said.';
    expect(quote(text, 'Fees')).toMatchObject({ speaker: 'Tomas Reyes', speaker_role: 'vice-chancellor', cue: 'said' });
    expect(quote(text, 'We sold')).toMatchObject({ speaker: 'Ilse Varga', speaker_role: 'co-founder', cue: 'said' });
    expect(entityNames(text).people).toEqual(['Tomas Reyes', 'Ilse Varga']);
  });

  test('"Ex-minister" before a surname alone', () => {
    const text = '“I regret nothing,” Ex-minister Halvorsen told reporters.';
    expect(quote(text, 'I regret')).toMatchObject({ speaker: 'Halvorsen', speaker_mention: 'Halvorsen', speaker_role: 'ex-minister', cue: 'told' });
  });
});

describe('a group named by an adjective after "the"', () => {
  test('"one of the injured said" is an unnamed speaker\'s', () => {
    const text = 'A tram left the rails downtown. “There was glass everywhere,” one of the injured said.';
    expect(quote(text, 'There was')).toMatchObject({ type: 'direct', text: 'There was glass everywhere,', speaker: null, speaker_mention: 'one of the injured', speaker_kind: 'anonymous', cue: 'said', start: at(text, 'There was') });
  });

  test('"the bereaved said" before reported speech', () => {
    const text = 'The bereaved said the inquiry had ignored their letters.';
    expect(quote(text, 'the inquiry')).toMatchObject({ type: 'indirect', text: 'the inquiry had ignored their letters', speaker: null, speaker_mention: 'The bereaved', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('an adjective before a noun is no group (negative case)', () => {
    const text = 'The injured driver said the brakes had failed.';
    expect(quote(text, 'the brakes')).toMatchObject({ speaker_mention: 'The injured driver', cue: 'said' });
  });
});

describe('an initial before a plural noun for people ends the sentence', () => {
  test('"… known as Courier B. Witnesses said …": the witnesses speak, no person "B. Witnesses"', () => {
    const text = 'The smuggler went only by Courier B. Witnesses said he crossed the river at night.';
    expect(quote(text, 'he crossed')).toMatchObject({ type: 'indirect', text: 'he crossed the river at night', speaker: null, speaker_mention: 'Witnesses', cue: 'said' });
    expect(entityNames(text).people).not.toContain('B. Witnesses');
  });

  test('a middle initial before a surname stays in the name (negative case)', () => {
    const text = '“Keep the line open,” Walter P. Okonkwo said.';
    expect(quote(text, 'Keep')).toMatchObject({ speaker: 'Walter P. Okonkwo', cue: 'said' });
  });

  test('an opening initial before given names stays in the name (negative case)', () => {
    const text = '“Keep the line open,” R. Daniel Asante said.';
    expect(quote(text, 'Keep')).toMatchObject({ speaker: 'R. Daniel Asante', cue: 'said' });
  });
});
