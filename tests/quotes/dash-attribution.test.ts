import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a dash line naming the outlet after the speaker', () => {
  test('"— NAME, on TOPIC, in an interview with OUTLET" and "— NAME, on “TITLE,” to OUTLET"', () => {
    const text = 'Heard this week.\n\n“I have never once finished a marathon without crying.” — Priya Lindqvist-Moore, on her tenth race, in an interview with The Boston Globe\n\n“The horse did all the work.” — Tomas Reyna, on winning at “Harbour Downs,” to NPR\n';
    expect(quote(text, 'I have never once')).toMatchObject({
      text: 'I have never once finished a marathon without crying.', start: at(text, 'I have never'), type: 'direct',
      speaker: 'Priya Lindqvist-Moore', speaker_mention: 'Priya Lindqvist-Moore', speaker_start: at(text, 'Priya'), cue: '—', cue_start: at(text, '— Priya'), outlet: 'The Boston Globe',
    });
    expect(quote(text, 'The horse did')).toMatchObject({ type: 'direct', speaker: 'Tomas Reyna', cue: '—', outlet: 'NPR' });
  });

  test('a role before the name ("— chef NAME, …, speaking to OUTLET") is no part of the mention', () => {
    const text = 'Kitchen talk.\n\n“Salt is not a flavour, it is a volume knob.” — chef Marguerite Osei, on seasoning, speaking to Variety\n';
    expect(quote(text, 'Salt is not')).toMatchObject({
      type: 'direct', speaker: 'Marguerite Osei', speaker_mention: 'Marguerite Osei', speaker_start: at(text, 'Marguerite'), cue: '—', outlet: 'Variety',
    });
  });

  test('"— NAME, in the same OUTLET interview": the outlet as the interview\'s modifier', () => {
    const text = 'Odds and ends.\n\n“I still cannot parallel park.” — Dario Fennimore, in the same BBC interview\n';
    expect(quote(text, 'I still cannot')).toMatchObject({ type: 'direct', speaker: 'Dario Fennimore', cue: '—', outlet: 'BBC' });
  });

  test('the topic phrase and a bare name give no outlet (negative cases)', () => {
    const text = 'Odds and ends.\n\n“Nobody reads the manual.” — Dario Fennimore, on the new season of “Late Desk”\n\n“We are back, and we are hungry.” — Maria Lopez\n';
    expect(quote(text, 'Nobody reads')).toMatchObject({ type: 'direct', speaker: 'Dario Fennimore', outlet: null });
    expect(quote(text, 'We are back')).toMatchObject({ type: 'direct', speaker: 'Maria Lopez', outlet: null });
  });
});

describe('a colon introduction naming the outlet after the speaker', () => {
  test('"On TOPIC, from NAME, 64, in an interview with OUTLET: “…”"', () => {
    const text = 'On retiring from the stage, from Beatrix Oduya, 64, in an interview with The Guardian: “I have played every witch there is. I would like to play a banker.”';
    expect(quote(text, 'I have played')).toMatchObject({ type: 'direct', speaker: 'Beatrix Oduya', speaker_mention: 'Beatrix Oduya', outlet: 'The Guardian' });
  });

  test('a topic after the name is no outlet (negative case)', () => {
    const text = 'Beatrix Oduya, on her long years in repertory theatre: “I have played every witch there is. I would like to play a banker.”';
    expect(quote(text, 'I have played')).toMatchObject({ type: 'direct', speaker: 'Beatrix Oduya', outlet: null });
  });
});
