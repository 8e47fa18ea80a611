import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// Patterns that give quotes their outlet through the occasion the narration names (kept together as a guard).
describe('outlets from the occasion of the words', () => {
  test('"Asked by a reporter from ESPN how …, he shrugged. “A,” he said. “B.”": both answers get ESPN', () => {
    const text = 'Erik Lund was tired after the match. Asked by a reporter from ESPN how he would rest before Friday, he shrugged. “Sleep, food, film,” he said. “Nothing fancy.”';
    expect(quote(text, 'Sleep')).toMatchObject({ text: 'Sleep, food, film,', start: at(text, 'Sleep'), type: 'direct', speaker: 'Erik Lund', cue: 'said', outlet: 'ESPN' });
    expect(quote(text, 'Nothing')).toMatchObject({ text: 'Nothing fancy.', type: 'direct', speaker: 'Erik Lund', outlet: 'ESPN' });
  });

  test('"Writing in Politico after the vote, the analyst X said that “A,” and that B. She cautioned that “C.”"', () => {
    const text = 'Writing in Politico after the vote, the analyst Amy Rosenthal said that “the bill is doomed,” and that the Senate would not act. She cautioned that votes “can change quickly.”';
    expect(quote(text, 'the bill')).toMatchObject({ text: 'the bill is doomed,', type: 'partial', speaker: 'Amy Rosenthal', cue: 'said', outlet: 'Politico' });
    expect(quote(text, 'the Senate')).toMatchObject({ text: 'the Senate would not act', type: 'indirect', speaker: 'Amy Rosenthal', cue: 'said', outlet: 'Politico' });
    expect(quote(text, 'can change')).toMatchObject({ type: 'partial', speaker: 'Amy Rosenthal', speaker_mention: 'She', cue: 'cautioned', outlet: 'Politico' });
  });

  test('a dash line "— Rousseau, to ESPN, on Friday’s game" gives the quotation ESPN', () => {
    const text = 'The Oilers won again on Thursday night.\n\n“We have a hard game on the road. That is the hardest game.” — Rousseau, to ESPN, on Friday’s game\n\nThe series resumes Saturday.';
    expect(quote(text, 'We have')).toMatchObject({ text: 'We have a hard game on the road. That is the hardest game.', type: 'direct', speaker: 'Rousseau', cue: '—', outlet: 'ESPN' });
  });

  test('"X told ESPN that A. “B,” he told the network.": the network is ESPN', () => {
    const text = 'The hit drew no penalty. Mark Kowal told ESPN that he thought it was a head shot. “It is up to the league now,” he told the network.';
    expect(quote(text, 'he thought')).toMatchObject({ text: 'he thought it was a head shot', type: 'indirect', speaker: 'Mark Kowal', cue: 'told', outlet: 'ESPN' });
    expect(quote(text, 'It is up')).toMatchObject({ text: 'It is up to the league now,', type: 'direct', speaker: 'Mark Kowal', speaker_mention: 'he', cue: 'told', outlet: 'ESPN' });
  });
});
