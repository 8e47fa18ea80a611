import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// A club's chief executive, then a former deputy chief executive (his role given before a relative clause), then "the chief executive".
const CLUB = [
  'At a briefing on Monday, Rovers chief executive Halima Brandt-Oyelaran said the stadium sale was final. "We had no other offer," Brandt-Oyelaran said.',
  'Tomasz Wierzbicki, a former deputy chief executive who now advises rival clubs, said the price was far too low.',
  'Brandt-Oyelaran pushed back before the briefing closed. "Judge us in five years," the chief executive said.',
  '"She knows I am right," the former deputy chief executive said later.',
].join('\n\n');

describe('a description names one who holds its role, not another office of the same head (roles.ts)', () => {
  test('"the chief executive" after a former deputy chief executive spoke is the club\'s chief executive', () => {
    expect(quote(CLUB, 'Judge us')).toMatchObject({
      text: 'Judge us in five years,', type: 'direct', start: at(CLUB, 'Judge us'), speaker: 'Halima Brandt-Oyelaran', speaker_kind: 'person',
      speaker_mention: 'the chief executive', speaker_start: at(CLUB, 'the chief executive said'), cue: 'said', outlet: null,
    });
  });

  test('the role before "who" is read as a role mention: "the former deputy chief executive" is still him (negative case)', () => {
    expect(quote(CLUB, 'the price')).toMatchObject({ type: 'indirect', speaker: 'Tomasz Wierzbicki', cue: 'said', speaker_role: 'former deputy chief executive', outlet: null });
    expect(quote(CLUB, 'She knows')).toMatchObject({
      type: 'direct', speaker: 'Tomasz Wierzbicki', speaker_mention: 'the former deputy chief executive',
      speaker_start: at(CLUB, 'the former deputy'), cue: 'said', outlet: null,
    });
  });
});
