import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('“the NOUN” after “one/a NOUN” that spoke is that unnamed one, not someone named before', () => {
  test('"One passenger … said" then "the passenger said": anonymous, not the person named first', () => {
    const text = 'Marta Quill said the ferry left late. One passenger, who declined to give her name, said the cabin flooded. "We were bailing for an hour," the passenger said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the ferry left late', speaker: 'Marta Quill', cue: 'said', outlet: null },
      { type: 'indirect', text: 'the cabin flooded', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'One passenger', cue: 'said', outlet: null },
      { type: 'direct', text: 'We were bailing for an hour,', start: at(text, 'We were'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'the passenger', speaker_start: at(text, 'the passenger said'), cue: 'said', cue_start: at(text, 'said.'), outlet: null },
    ]);
  });

  test('"A spokesman for the port authority" then "the spokesman" after a named spokeswoman', () => {
    const text = 'Port spokeswoman Ines Varga told the Dockside Gazette that the cranes were idle. A spokesman for the port authority said no ships had docked. "Nothing moves until Monday," the spokesman said.';
    const quotes = quotesOf(text);
    expect(quotes[0]).toMatchObject({ type: 'indirect', speaker: 'Ines Varga', cue: 'told' });
    expect(quotes[2]).toMatchObject({ type: 'direct', text: 'Nothing moves until Monday,', start: at(text, 'Nothing'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'the spokesman', speaker_start: at(text, 'the spokesman said'), cue: 'said', outlet: null });
  });

  test('near miss: a named holder of the role after the unnamed one keeps the description', () => {
    const text = 'A crew member said the boat listed. Director Lena Voss said the shoot would go on. "We lost one day," the director said.';
    expect(quotesOf(text)[2]).toMatchObject({ type: 'direct', text: 'We lost one day,', start: at(text, 'We lost'), speaker: 'Lena Voss', speaker_mention: 'the director', cue: 'said', outlet: null });
  });

  test('near miss: "the spokeswoman" after "Spokeswoman NAME said" is her', () => {
    const text = 'Spokeswoman Dana Hirsch said the plan was sound. "We are ready," the spokeswoman said.';
    expect(quotesOf(text)[1]).toMatchObject({ type: 'direct', text: 'We are ready,', start: at(text, 'We are'), speaker: 'Dana Hirsch', speaker_mention: 'the spokeswoman', cue: 'said', outlet: null });
  });
});
