import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

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

describe('the phrases after a dash line\'s name decide its outlet', () => {
  const brief = (q: { text: string; type: string; speaker: string | null; cue: string | null; outlet: string | null }) => ({ text: q.text, type: q.type, speaker: q.speaker, cue: q.cue, outlet: q.outlet });

  test('an outlet inside the "on" topic is what the words were about, and its cue reports nothing', () => {
    const text = 'Overheard.\n\n“That was a blunder.” — Halvard Quist, on the BBC’s decision to drop the quiz\n\n“They got it right.” — Halvard Quist, on CNN’s coverage of the flood\n';
    expect(quotesOf(text).map(brief)).toEqual([
      { text: 'That was a blunder.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: null },
      { text: 'They got it right.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: null },
    ]);
  });

  test('a relative clause naming one outlet, then the interview with another: the interview\'s', () => {
    const text = 'Overheard.\n\n“We lost fair and square.” — Halvard Quist, who wrote for NPR for years, in an interview with The Boston Globe\n';
    expect(quotesOf(text).map(brief)).toEqual([{ text: 'We lost fair and square.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: 'The Boston Globe' }]);
  });

  test('a title quoted in the topic is no quote of the speaker\'s; the outlet after it still counts', () => {
    const text = 'Overheard.\n\n“The ending made me cry.” — director Halvard Quist, on the final of “Tidewater,” to NPR\n';
    const quotes = quotesOf(text);
    expect(quotes.map(brief)).toEqual([{ text: 'The ending made me cry.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: 'NPR' }]);
    expect(quotes[0]).toMatchObject({ start: at(text, 'The ending'), cue_start: at(text, '— director'), speaker_start: at(text, 'Halvard') });
  });

  test('an outlet right after the name, and words quoted outside the topic, still count (near misses)', () => {
    const text = 'Overheard.\n\n“We will be back.” — Halvard Quist to NPR\n\nInes Barlow later said the club had been “robbed in broad daylight.”\n';
    expect(quotesOf(text).map(brief)).toEqual([
      { text: 'We will be back.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: 'NPR' },
      { text: 'robbed in broad daylight.', type: 'partial', speaker: 'Ines Barlow', cue: 'said', outlet: null },
    ]);
  });

  test('"on OUTLET", "on OUTLET\'s “PROGRAMME”" and "whose interview with OUTLET" still name where the words were given (near misses)', () => {
    const text = 'Overheard.\n\n“We will be back.” — Halvard Quist, on CNN last night\n\n“We never gave up.” — Halvard Quist, on NPR’s “Night Owls”\n\n“It still hurts.” — Halvard Quist, whose interview with Variety ran on Sunday\n';
    expect(quotesOf(text).map(brief)).toEqual([
      { text: 'We will be back.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: 'CNN' },
      { text: 'We never gave up.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: 'Night Owls' },
      { text: 'It still hurts.', type: 'direct', speaker: 'Halvard Quist', cue: '—', outlet: 'Variety' },
    ]);
  });
});
