import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a place after a verb of moving or gathering is no speaker; a participle cue takes the clause subject', () => {
  test('"CROWD surged along STREET singing “…” — “gloss” —": both quotations are the crowd\'s', () => {
    const text = 'Crowds surged along Harbour Road singing “Free the press!” — “Libera la prensa!” — and waving flags.';
    expect(quote(text, 'Free the')).toMatchObject({
      text: 'Free the press!', type: 'partial', speaker: 'Crowds', speaker_mention: 'Crowds', speaker_start: 0,
      cue: 'singing', cue_start: at(text, 'singing'), outlet: null,
    });
    expect(quote(text, 'Libera')).toMatchObject({
      text: 'Libera la prensa!', type: 'direct', speaker: 'Crowds', speaker_mention: 'Crowds', speaker_start: 0, cue: null, outlet: null,
    });
  });

  test('"WORKERS gathered outside the BODY shouting “…”": the workers, not the body', () => {
    const text = 'Dockworkers gathered outside the Port Authority shouting “No more cuts!”';
    expect(quote(text, 'No more')).toMatchObject({
      text: 'No more cuts!', type: 'direct', speaker: 'Dockworkers', speaker_mention: 'Dockworkers', speaker_start: 0,
      cue: 'shouting', cue_start: at(text, 'shouting'), outlet: null,
    });
  });
});
