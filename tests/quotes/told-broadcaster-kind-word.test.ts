import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "told BBC Radio 4's Today programme that …" has the broadcaster as outlet (eval/README, set 35), while
// words "speaking on" a broadcaster's programme keep the programme (sets 12, 25).
describe('told a named broadcaster\'s programme: the broadcaster is the outlet', () => {
  test('"told BROADCASTER\'s TITLE programme that …" gives the broadcaster', () => {
    const text = 'Ferry fares\n\nThe harbour commissioner, Ruth Dale, told BBC Radio 4\'s Today programme that fares would rise in spring.';
    expect(quote(text, 'fares would')).toMatchObject({
      text: 'fares would rise in spring', type: 'indirect', start: at(text, 'fares would'),
      speaker: 'Ruth Dale', cue: 'told', cue_start: at(text, 'told'), outlet: 'BBC Radio 4',
    });
  });

  test('near miss: "speaking on BROADCASTER\'s TITLE programme" keeps the programme', () => {
    const text = 'Ferry fares\n\nSpeaking on BBC Radio 4\'s Today programme, the harbour commissioner, Ruth Dale, said fares would rise in spring.';
    expect(quote(text, 'fares would')).toMatchObject({ type: 'indirect', speaker: 'Ruth Dale', cue: 'said', outlet: 'Today' });
  });

  test('near miss: "told BROADCASTER\'s TITLE podcast" keeps the podcast, a medium of its own', () => {
    const text = 'Ferry fares\n\nThe harbour commissioner, Ruth Dale, told the BBC\'s Harbour Talk podcast that fares would rise in spring.';
    expect(quote(text, 'fares would')).toMatchObject({ speaker: 'Ruth Dale', cue: 'told', outlet: 'Harbour Talk' });
  });

  test('near miss: "told BROADCASTER\'s TITLE" with no kind word keeps the programme', () => {
    const text = 'Ferry fares\n\nThe harbour commissioner, Ruth Dale, told CTV\'s Power Play that fares would rise in spring.';
    expect(quote(text, 'fares would')).toMatchObject({ speaker: 'Ruth Dale', cue: 'told', outlet: 'Power Play' });
  });
});
