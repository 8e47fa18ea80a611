import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const entities = (text: string) => extractArticle(text, { id: 'p' }).entities;

describe('a speaker\'s own programme named after "her podcast," is the outlet of what she says on it', () => {
  test('"said on her podcast, “NAME,” that …"; the podcast is an outlet, not a film', () => {
    const text = 'Rosa Fell, who appeared on the show\'s first season, said on her podcast, "Sofa Talk," that producers "know what they are doing."';
    expect(quote(text, 'know what')).toMatchObject({
      text: 'know what they are doing.', type: 'partial', speaker: 'Rosa Fell', speaker_mention: 'Rosa Fell', cue: 'said', cue_start: at(text, 'said on'), outlet: 'Sofa Talk',
    });
    expect(entities(text).outlets.map((o) => o.name)).toEqual(['Sofa Talk']);
    expect(entities(text).films).toEqual([]);
  });

  test('a podcast a host devotes to a story is where her next words were said, and "on the show" refers to it', () => {
    const text = 'On Tuesday the radio host Tia Ruiz-Mont devoted half of her podcast, “Night Owls,” to the feud. Ruiz-Mont said both singers were “acting like children.”\n\n“Call a lawyer,” Ruiz-Mont said on the show.';
    expect(quote(text, 'acting like')).toMatchObject({ type: 'partial', speaker: 'Tia Ruiz-Mont', speaker_mention: 'Ruiz-Mont', cue: 'said', outlet: 'Night Owls' });
    expect(quote(text, 'Call a lawyer')).toMatchObject({ type: 'direct', speaker: 'Tia Ruiz-Mont', cue: 'said', cue_start: at(text, 'said on'), outlet: 'Night Owls' });
  });

  test('"their podcast" is their show too, but not "its podcast": a company\'s podcast is not a host\'s own', () => {
    const own = 'The hosts Tia Ruiz-Mont and Ben Ito devoted their podcast, “Night Owls,” to the feud.\n\n“Call a lawyer,” Ruiz-Mont said on the show.';
    expect(quote(own, 'Call a lawyer')).toMatchObject({ type: 'direct', speaker: 'Tia Ruiz-Mont', cue: 'said', outlet: 'Night Owls' });
    const company = 'The studio devoted its podcast, “Night Owls,” to the feud.\n\n“Call a lawyer,” Tia Ruiz-Mont said on the show.';
    expect(quote(company, 'Call a lawyer')).toMatchObject({ type: 'direct', speaker: 'Tia Ruiz-Mont', cue: 'said', outlet: null });
  });
});

describe('a show a person takes part in is not the outlet of her words', () => {
  test('"a contestant on the dating show “…”": her video has no outlet, the show is a film entity', () => {
    const text = 'Nora Blix, a contestant on the dating show "Love Harbor," apologized on Friday for a remark she made in an episode that aired last week, saying in a video posted to TikTok that she was "sorry, truly."';
    expect(quote(text, 'sorry, truly')).toMatchObject({ type: 'partial', speaker: 'Nora Blix', speaker_mention: 'Nora Blix', outlet: null });
    expect(entities(text).films.map((f) => f.title)).toEqual(['Love Harbor']);
    expect(entities(text).outlets).toEqual([]);
  });

  test('"anyone on the show" and "the show\'s second season" name no medium', () => {
    const text = 'Nora Blix is a contestant on the dating show "Love Harbor." She asked fans not to send abuse to anyone on the show. "Be angry at me," she said.';
    expect(quote(text, 'Be angry')).toMatchObject({ speaker: 'Nora Blix', speaker_mention: 'she', cue: 'said', outlet: null });
    const season = 'The talk show "Late Hour" is in its tenth year. Rosa Fell, who appeared on the show\'s second season, said the hosts were "very kind."';
    expect(quote(season, 'very kind')).toMatchObject({ speaker: 'Rosa Fell', cue: 'said', outlet: null });
  });

  test('a guest speaking on the show still has it as her outlet', () => {
    const text = 'Nora Blix appeared on the talk show "Late Hour" on Monday. "I sold shoes for a year," Blix said on the show.';
    expect(quote(text, 'I sold shoes')).toMatchObject({ speaker: 'Nora Blix', cue: 'said', outlet: 'Late Hour' });
  });
});

describe('broadcasters known by their call signs', () => {
  test('"told WKRB-TV", "told KQAL", "in an interview with WPRX"', () => {
    const text = 'Mayor Joan Pell told WKRB-TV that the bridge would reopen. "We are ready," Pell told KQAL. In an interview with WPRX, Pell said she was "relieved."';
    expect(quote(text, 'the bridge')).toMatchObject({ type: 'indirect', speaker: 'Joan Pell', cue: 'told', outlet: 'WKRB-TV' });
    expect(quote(text, 'We are ready')).toMatchObject({ type: 'direct', speaker: 'Joan Pell', speaker_mention: 'Pell', cue: 'told', outlet: 'KQAL' });
    expect(quote(text, 'relieved')).toMatchObject({ type: 'partial', speaker: 'Joan Pell', cue: 'said', outlet: 'WPRX' });
  });

  test('no call sign: "told WWII veterans", a three-letter name without a band', () => {
    const text = 'Joan Pell told WWII veterans that the bridge would reopen. Pell told KFC that the lease was fine.';
    expect(quote(text, 'the bridge')).toMatchObject({ speaker: 'Joan Pell', outlet: null });
    expect(quote(text, 'the lease')).toMatchObject({ speaker: 'Joan Pell', outlet: null });
  });

  test('no call sign: four capitals before a common noun, "told WNBA reporters", "told WADA officials"', () => {
    const text = 'Kira Dale scored 28 points. “My legs were gone,” she told WNBA reporters after the game. “I have never doped,” Dale told WADA officials in May.';
    expect(quote(text, 'My legs')).toMatchObject({ text: 'My legs were gone,', start: at(text, 'My legs'), type: 'direct', speaker: 'Kira Dale', speaker_mention: 'she', cue: 'told', outlet: null });
    expect(quote(text, 'I have never')).toMatchObject({ text: 'I have never doped,', start: at(text, 'I have never'), type: 'direct', speaker: 'Kira Dale', speaker_mention: 'Dale', cue: 'told', outlet: null });
    expect(entities(text).outlets).toEqual([]);
  });
});

describe('"on the podcast" after a quoted title ending in "Podcast"', () => {
  const text = 'On "The Porch Light Podcast," Mara Ilves told host Ken Ode that the cast had argued about the ending. One actor, she said, had wanted a twist. "I said no, we are not that kind of show," she recalled on the podcast.\n\nAsked on the podcast whether she would write a sequel, Ilves smiled. "Maybe," she said. "Not soon."';
  test('later lines "on the podcast" and answers "Asked on the podcast" get its title', () => {
    const line = 'I said no, we are not that kind of show,';
    expect(quote(text, line)).toMatchObject({ text: line, type: 'direct', start: at(text, line), end: at(text, line) + line.length, speaker: 'Mara Ilves', speaker_mention: 'she', cue: 'recalled', outlet: 'The Porch Light Podcast' });
    expect(quote(text, 'Maybe')).toMatchObject({ type: 'direct', speaker: 'Mara Ilves', cue: 'said', outlet: 'The Porch Light Podcast' });
    expect(quote(text, 'Not soon')).toMatchObject({ type: 'direct', speaker: 'Mara Ilves', outlet: 'The Porch Light Podcast' });
  });

  test('negative: two podcasts named leave "on the podcast" unknown', () => {
    const two = 'Mara Ilves told "The Porch Light Podcast" in May and "The Night Shift Podcast" in June that she was done. "I said no," she recalled on the podcast.';
    expect(quote(two, 'I said no')).toMatchObject({ type: 'direct', speaker: 'Mara Ilves', cue: 'recalled', outlet: null });
  });
});

describe('a programme named without quotation marks after its network\'s possessive, closed by its kind word', () => {
  // ("told NETWORK's TITLE programme" gives the network since set 35: see told-broadcaster-programme.test.ts.)
  test('"told NETWORK\'s TITLE programme" gives the network, "said on NETWORK\'s TITLE program" the programme', () => {
    const told = 'Ellen Marsh-Odili told BBC Radio 5 Live’s Drive programme that the railways had ‘run out of excuses’.';
    expect(quote(told, 'run out')).toMatchObject({
      text: 'run out of excuses', type: 'partial', speaker: 'Ellen Marsh-Odili', speaker_mention: 'Ellen Marsh-Odili', cue: 'told', outlet: 'BBC Radio 5 Live',
    });
    const on = 'Ellen Marsh-Odili said on NPR’s Weekend Edition program that the railways had ‘run out of excuses’.';
    expect(quote(on, 'run out')).toMatchObject({ type: 'partial', speaker: 'Ellen Marsh-Odili', cue: 'said', outlet: 'Weekend Edition' });
  });

  test('"Speaking on NETWORK\'s TITLE programme, X said …": the opener\'s programme, carried to her next quote', () => {
    const text = 'Speaking on BBC Radio 5 Live’s Drive programme on Monday evening, the shadow transport secretary, Ellen Marsh-Odili, said the railways had ‘run out of excuses’. ‘Nobody believes the timetable,’ she said.';
    expect(quote(text, 'run out')).toMatchObject({
      text: 'run out of excuses', type: 'partial', speaker: 'Ellen Marsh-Odili', speaker_mention: 'Ellen Marsh-Odili', cue: 'said', outlet: 'Drive',
    });
    expect(quote(text, 'Nobody believes')).toMatchObject({ text: 'Nobody believes the timetable,', type: 'direct', speaker: 'Ellen Marsh-Odili', speaker_mention: 'she', cue: 'said', outlet: 'Drive' });
  });

  test('no kind word after the capitalised words, or an opener naming no outlet: the network or nothing', () => {
    const site = 'Ellen Marsh-Odili said on NPR’s website that the railways had ‘run out of excuses’.';
    expect(quote(site, 'run out')).toMatchObject({ type: 'partial', speaker: 'Ellen Marsh-Odili', outlet: 'NPR' });
    const anonymity = 'Speaking on condition of anonymity since no deal was final, one senior official said the deal was ‘close’.';
    expect(quote(anonymity, 'close')).toMatchObject({ type: 'partial', speaker_mention: 'one senior official', cue: 'said', outlet: null });
    const day = 'Speaking on Monday evening at the depot in Leeds, the shadow transport secretary, Ellen Marsh-Odili, said the railways had ‘run out of excuses’.';
    expect(quote(day, 'run out')).toMatchObject({ type: 'partial', speaker: 'Ellen Marsh-Odili', cue: 'said', outlet: null });
  });
});

describe('a programme named without quotation marks or kind word after a broadcaster\'s possessive, closed by a date or the clause\'s end', () => {
  test('"Speaking to HOST on NETWORK\'s TITLE on Tuesday night, X said …": the programme is the outlet, and an outlet entity', () => {
    const text = 'Speaking to Ann Lee on BBC Radio 2\'s Late Lounge on Tuesday night, the singer Jo Marsh said the record had begun as "a pile of notes on my phone."';
    expect(quote(text, 'a pile')).toMatchObject({ text: 'a pile of notes on my phone.', type: 'partial', speaker: 'Jo Marsh', cue: 'said', outlet: 'Late Lounge' });
    expect(extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name)).toContain('Late Lounge');
  });

  test('a speaking opener that names the host before the programme gives it to a cue far along the sentence', () => {
    const text = 'Speaking to Ann Lee on BBC Radio 2\'s Late Lounge on Tuesday night, Jo Marsh, the singer whose last three records all went to number one in Britain and Ireland, said she had been "very tired."';
    expect(quote(text, 'very tired')).toMatchObject({ text: 'very tired.', type: 'partial', speaker: 'Jo Marsh', cue: 'said', outlet: 'Late Lounge' });
    const day = 'Speaking to Ann Lee on Tuesday night, Jo Marsh, the singer whose last three records all went to number one in Britain and Ireland, said she had been "very tired."';
    expect(quote(day, 'very tired')).toMatchObject({ speaker: 'Jo Marsh', outlet: null });
  });

  test('a person after the possessive is the broadcaster\'s staff, no programme: "told NPR\'s Ann Lee on Monday"', () => {
    const text = 'Jo Marsh said on NPR\'s Ann Lee on Monday that the record was "a pile of notes."';
    expect(quote(text, 'a pile')?.outlet).not.toBe('Ann Lee');
  });

  test('the host the guest spoke to stands for the programme: "X told HOST", "Asked by HOST whether …", "told HOST\'s programme"', () => {
    const text = [
      'Speaking to Ann Lee on BBC Radio 2\'s Late Lounge on Tuesday night, the singer Jo Marsh said the record had begun at home.',
      '"It was fun," Marsh told Lee. "We did it in the kitchen."',
      'Asked by Lee whether the label had minded, Marsh smiled. "Not much," she said.',
      'The drummer Ray Kinnock, who told Lee\'s programme in a recorded message that he had "never heard it coming," was kinder. "It is her best," Kinnock said.',
    ].join('\n\n');
    expect(quote(text, 'It was fun')).toMatchObject({ speaker: 'Jo Marsh', cue: 'told', outlet: 'Late Lounge' });
    expect(quote(text, 'We did it')).toMatchObject({ speaker: 'Jo Marsh', outlet: 'Late Lounge' });
    expect(quote(text, 'Not much')).toMatchObject({ speaker: 'Jo Marsh', speaker_mention: 'she', cue: 'said', outlet: 'Late Lounge' });
    expect(quote(text, 'never heard')).toMatchObject({ speaker: 'Ray Kinnock', cue: 'told', outlet: 'Late Lounge' });
    expect(quote(text, 'It is her best')).toMatchObject({ speaker: 'Ray Kinnock', cue: 'said', outlet: 'Late Lounge' });
  });
});

describe('a programme named after small words and its kind, after its network\'s possessive', () => {
  test('"said on NETWORK\'s own morning programme TITLE that …", "on NETWORK\'s weekly show TITLE on Monday": the programme', () => {
    const own = 'Ana Ruiz, a former juror, said on NPR’s own morning programme Harbour Talk that juries “also make mistakes.”';
    expect(quote(own, 'also make')).toMatchObject({ text: 'also make mistakes.', type: 'partial', speaker: 'Ana Ruiz', cue: 'said', outlet: 'Harbour Talk' });
    const dated = 'Tom Hale said on NPR’s weekly show Harbour Talk on Monday that the plan was “a mess.”';
    expect(quote(dated, 'a mess')).toMatchObject({ speaker: 'Tom Hale', cue: 'said', outlet: 'Harbour Talk' });
  });

  test('"on “…,” the weekly show hosted by NAME" names a show, so "he said on the show" is said on it', () => {
    const text = 'Mr Okoro made the remarks in a long interview on "Long Table," the weekly show hosted by the banker Priya Natarajan. "We have too many meetings," Okoro said on the show.';
    expect(quote(text, 'We have')).toMatchObject({ text: 'We have too many meetings,', type: 'direct', speaker: 'Okoro', cue: 'said', cue_start: at(text, 'said on'), outlet: 'Long Table' });
  });

  test('negative: a show in apposition with no host ("a syndicated show featuring …") is not "the show" someone appeared on', () => {
    const text = 'Ratings for "Noon Hour," a syndicated show featuring two hosts, rose. Rosa Fell said after appearing on the show that she regretted it.';
    expect(quote(text, 'she regretted')).toMatchObject({ type: 'indirect', speaker: 'Rosa Fell', outlet: null });
  });
});

