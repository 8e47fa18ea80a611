import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the network, NAME," is an outlet of that kind; "on the network\'s coverage" refers back to it', () => {
  test('"said on the station\'s morning coverage" after "The station, Radio Kestrel,"', () => {
    const text = 'The station, Radio Kestrel, interrupted its schedule. The mayor said on the station\'s morning coverage that the bridge would reopen.';
    expect(quote(text, 'the bridge would')).toMatchObject({
      text: 'the bridge would reopen', start: at(text, 'the bridge would'), type: 'indirect',
      speaker: null, speaker_mention: 'The mayor', cue: 'said', outlet: 'Radio Kestrel',
    });
  });

  test('"told the network" after "The network, Harbour One,"', () => {
    const text = 'The network, Harbour One, showed the final live. The coach told the network that his side had been “outplayed.”';
    expect(quote(text, 'outplayed')).toMatchObject({ type: 'partial', speaker_mention: 'The coach', cue: 'told', outlet: 'Harbour One' });
  });

  test('"on the network\'s coverage" after a known broadcaster', () => {
    const text = 'NBC showed the launch. The engineer said on the network\'s live coverage that the weather was fine.';
    expect(quote(text, 'the weather was')).toMatchObject({ type: 'indirect', cue: 'said', outlet: 'NBC' });
  });

  test('near miss: no network named before, and a person in apposition, give no outlet', () => {
    const none = 'The engineer said on the network\'s live coverage that the weather was fine.';
    expect(quote(none, 'the weather was')).toMatchObject({ cue: 'said', outlet: null });
    const person = 'The manager, Ola Berg, left early. The engineer said on the network\'s live coverage that the weather was fine.';
    expect(quote(person, 'the weather was')).toMatchObject({ cue: 'said', outlet: null });
  });
});
