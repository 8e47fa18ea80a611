import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"said on the channel", "appeared on the same network": the broadcaster named last', () => {
  const text = 'Dockworkers walk out\n\nMARSEILLE — Dockworkers at the port walked off the job on Friday.\n\n'
    + 'Union leader Paul Girard addressed the crowd at the gates. He told BFMTV that the stoppage would last three days.\n\n'
    + '“We have waited two years for an answer,” Girard said on the channel. “We will not wait two more.”\n\n'
    + 'Transport Minister Hélène Caradec appeared on the same network later in the morning. She said the government was ready to meet the unions.\n\n'
    + '“Nobody wants the port closed,” Caradec said.';

  test('"“…,” X said on the channel" after "told BFMTV": BFMTV, for the split quote too', () => {
    expect(quote(text, 'We have waited')).toMatchObject({ text: 'We have waited two years for an answer,', type: 'direct', speaker: 'Paul Girard', cue: 'said', cue_start: at(text, 'said on the channel'), outlet: 'BFMTV', start: at(text, 'We have waited') });
    expect(quote(text, 'We will not')).toMatchObject({ type: 'direct', speaker: 'Paul Girard', outlet: 'BFMTV' });
  });

  test('"X appeared on the same network": her next words in that paragraph and the next are on it', () => {
    expect(quote(text, 'the government was')).toMatchObject({ text: 'the government was ready to meet the unions', type: 'indirect', speaker: 'Hélène Caradec', cue: 'said', outlet: 'BFMTV' });
    expect(quote(text, 'Nobody wants')).toMatchObject({ type: 'direct', speaker: 'Hélène Caradec', cue: 'said', outlet: 'BFMTV', start: at(text, 'Nobody') });
  });

  test('negative: once someone else is quoted, a later "she" keeps no outlet of "the same network"', () => {
    const later = text + '\n\nRail commuter Tom Leroy said he had walked to work.\n\n“I am tired,” Caradec said.';
    expect(quote(later, 'I am tired')).toMatchObject({ text: 'I am tired,', type: 'direct', speaker: 'Hélène Caradec', cue: 'said', outlet: null });
  });

  test('negative: "on the network" not after a verb is no medium of words', () => {
    const attack = 'BFMTV reported the outage first. The attack on the network lasted an hour, Girard said on Friday.';
    expect(quote(attack, 'The attack')).toMatchObject({ type: 'indirect', speaker: 'Girard', cue: 'said', outlet: null });
  });
});
