import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('“the broadcaster”, “the union”, “the alliance”, “the company” take up the body introduced so', () => {
  test('"the broadcaster" after an outlet spoke is the outlet, not a person named before it', () => {
    const text = 'Tomas Berg, an economist, said prices would rise. Polsat rejected the report. The broadcaster said its reporting had been "accurate and balanced."';
    expect(quotesOf(text)[2]).toMatchObject({ type: 'partial', text: 'accurate and balanced.', start: at(text, 'accurate'), speaker: 'Polsat', speaker_kind: 'outlet', speaker_mention: 'The broadcaster', speaker_start: at(text, 'The broadcaster'), cue: 'said', outlet: null });
  });

  test('near miss: a broadcaster named after the outlet is the one "the broadcaster" means', () => {
    const text = 'Radio Nova aired the debate. Veteran broadcaster Anna Nowak said the questions were fair. "I stand by every word," the broadcaster said.';
    expect(quotesOf(text)[1]).toMatchObject({ type: 'direct', text: 'I stand by every word,', speaker: 'Anna Nowak', speaker_kind: 'person', speaker_mention: 'the broadcaster', cue: 'said', outlet: null });
  });

  test('an apposition naming the body a union makes it "the union"', () => {
    const text = 'The Harbour Workers Federation, the region\'s largest dockers union, backed the strike. "We will not be moved," the union said on Facebook.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'We will not be moved,', start: at(text, 'We will'), speaker: 'Harbour Workers Federation', speaker_kind: 'organization', speaker_mention: 'the union', speaker_start: at(text, 'the union'), cue: 'said', outlet: null }]);
  });

  test('"the alliance" after a body whose name ends in Alliance', () => {
    const text = 'The Northern Growers Alliance said its members had lost crops. The alliance said the aid was too small.';
    expect(quotesOf(text)[1]).toMatchObject({ type: 'indirect', text: 'the aid was too small', start: at(text, 'the aid'), speaker: 'Northern Growers Alliance', speaker_kind: 'organization', speaker_mention: 'The alliance', cue: 'said', outlet: null });
  });

  test('"the company" after "BODY founder NAME"', () => {
    const text = 'Velstra Labs founder Omar Haddad spoke at the launch. The headset will ship in May, the company said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'The headset will ship in May', start: at(text, 'The headset'), speaker: 'Velstra Labs', speaker_kind: 'organization', speaker_mention: 'the company', speaker_start: at(text, 'the company'), cue: 'said', outlet: null }]);
  });

  test('near miss: a lower-case word that is no officer title after the name leaves "the company" unresolved', () => {
    const text = 'Velstra Labs staff Omar Haddad spoke at the launch. The headset will ship in May, the company said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'The headset will ship in May', speaker_mention: 'the company', cue: 'said' }]);
    expect(quotesOf(text)[0]!.speaker).not.toBe('Velstra Labs');
  });
});
