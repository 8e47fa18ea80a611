import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a presenter speaking on air on their own programme has it as outlet', () => {
  const feud = [
    'The row between Tea Time presenters Ann Lee and Tom Hartley-Cole spilled over live on air on Monday, when Lee accused her co-host of \'hogging the camera\'.',
    '\'I did not get up at five to watch you read my lines,\' Lee said on Monday\'s show.',
    'Hartley-Cole, 61, shrugged. \'Ann is tired,\' he told viewers.',
    'Hartley-Cole later told the Mirror the pair were friends.',
    'On Tuesday\'s show, Lee was calmer. \'We are fine,\' she said. \'Honestly.\'',
    'Lee said she had no plans to leave Tea Time.',
  ].join('\n\n');

  test('"Tea Time presenters X and Y … on air", "said on Monday\'s show", "told viewers"', () => {
    expect(quote(feud, 'hogging')).toMatchObject({ text: 'hogging the camera', type: 'partial', speaker: 'Ann Lee', cue: 'accused', outlet: 'Tea Time' });
    expect(quote(feud, 'I did not get up')).toMatchObject({
      text: 'I did not get up at five to watch you read my lines,', start: at(feud, 'I did not'), type: 'direct', speaker: 'Ann Lee', speaker_mention: 'Lee', cue: 'said', outlet: 'Tea Time',
    });
    expect(quote(feud, 'Ann is tired')).toMatchObject({ type: 'direct', speaker: 'Tom Hartley-Cole', speaker_mention: 'he', cue: 'told', outlet: 'Tea Time' });
  });

  test('"On Tuesday\'s show, X …. “…,” she said. “…”": the narration sentence before puts the quote and its continuation on air', () => {
    expect(quote(feud, 'We are fine')).toMatchObject({ type: 'direct', speaker: 'Ann Lee', speaker_mention: 'she', cue: 'said', outlet: 'Tea Time' });
    expect(quote(feud, 'Honestly')).toMatchObject({ type: 'direct', speaker: 'Ann Lee', outlet: 'Tea Time' });
  });

  test('a presenter telling a newspaper, or speaking with nothing putting the words on air, is no programme\'s', () => {
    expect(quote(feud, 'the pair were friends')).toMatchObject({ type: 'indirect', speaker: 'Tom Hartley-Cole', cue: 'told', outlet: 'Mirror' });
    expect(quote(feud, 'she had no plans')).toMatchObject({ type: 'indirect', speaker: 'Ann Lee', cue: 'said', outlet: null });
  });

  test('"X, the host of the radio show Y" names the programme too', () => {
    const text = 'Rob Dunmore, the host of the radio show Night Owls, said on air that he would retire. Dunmore has presented Night Owls since 2001.';
    expect(quote(text, 'he would retire')).toMatchObject({ type: 'indirect', speaker: 'Rob Dunmore', cue: 'said', outlet: 'Night Owls' });
  });

  test('no programme: a capitalised word opening the sentence, named once, or a guest who is no presenter', () => {
    const veteran = 'Veteran presenter Rob Dunmore said on air that he would retire.';
    expect(quote(veteran, 'he would retire')).toMatchObject({ type: 'indirect', speaker: 'Rob Dunmore', outlet: null });
    const guest = 'Night Owls host Rob Dunmore welcomed the singer Ada Quill. Quill told listeners that her tour was off. Night Owls airs on Fridays.';
    expect(quote(guest, 'her tour was off')).toMatchObject({ type: 'indirect', speaker: 'Ada Quill', cue: 'told', outlet: null });
  });

  test('"said on the show Monday": a day after the programme\'s kind is no programme title', () => {
    const text = 'The host, Nina Fell, opened the broadcast with a warning. “We are on air and we are furious,” Fell said on the show Tuesday.';
    expect(quote(text, 'We are on air')).toMatchObject({
      text: 'We are on air and we are furious,', start: at(text, 'We are on air'), type: 'direct', speaker: 'Nina Fell', speaker_mention: 'Fell', cue: 'said', outlet: null,
    });
  });

  test('"The host, X," of the one podcast the article names: the host\'s words on it are the podcast\'s, a post is not', () => {
    const text = [
      'The singer Ida Varn spoke on this week\'s episode of the podcast “Long Play.”',
      'The host, Sam Oduya, a former club DJ, asked her about the hiatus.',
      '“You just stopped,” Oduya told her. “Why?”',
      'Oduya later wrote on X that the episode had broken his download record.',
    ].join('\n\n');
    expect(quote(text, 'You just stopped')).toMatchObject({
      text: 'You just stopped,', type: 'direct', speaker: 'Sam Oduya', speaker_mention: 'Oduya', cue: 'told', outlet: 'Long Play',
    });
    expect(quote(text, 'Why?')).toMatchObject({ speaker: 'Sam Oduya', outlet: 'Long Play' });
    expect(quote(text, 'the episode had broken')).toMatchObject({ type: 'indirect', speaker: 'Sam Oduya', cue: 'wrote', outlet: null });
  });

  test('a host with two programmes named, or a show\'s host with nothing putting the words on air: no outlet', () => {
    const two = 'The podcast “Long Play” and the show Night Owls both returned. The host, Sam Oduya, was pleased. “We are back,” Oduya said.';
    expect(quote(two, 'We are back')).toMatchObject({ type: 'direct', speaker: 'Sam Oduya', outlet: null });
    const show = 'The show Night Owls returned on Friday. The host, Sam Oduya, was pleased. “We are back,” Oduya said.';
    expect(quote(show, 'We are back')).toMatchObject({ type: 'direct', speaker: 'Sam Oduya', outlet: null });
  });
});

describe('a presenter described after the name: "Ann Lee, the Radio Elwin presenter who …"', () => {
  test('on her show, her words went out on that station', () => {
    const text = 'Jo Barnes, the BBC Radio 2 presenter who has backed the band since its debut, told listeners on her breakfast show that the singer had “a voice built for stadiums”.';
    expect(quote(text, 'a voice')).toMatchObject({ text: 'a voice built for stadiums', type: 'partial', speaker: 'Jo Barnes', cue: 'told', cue_start: at(text, 'told'), outlet: 'BBC Radio 2' });
  });

  test('telling a newspaper is no words on air: the paper stays the outlet (negative case)', () => {
    const text = 'Jo Barnes, the BBC Radio 2 presenter who has backed the band since its debut, told the Gazette on Monday that the singer had “a voice built for stadiums”.';
    expect(quote(text, 'a voice')).toMatchObject({ speaker: 'Jo Barnes', cue: 'told', outlet: 'Gazette' });
  });
});

describe('a broadcaster\'s reporter speaking on air has the broadcaster as outlet', () => {
  test('"WKRN reporter NAME, who …, said on air that …": the station by its call sign', () => {
    const text = 'WKRN reporter Sam Otieno, who stayed at the scene overnight, said on air just before dawn that firefighters had reached the second floor.';
    const content = 'firefighters had reached the second floor';
    expect(quote(text, content)).toMatchObject({ text: content, type: 'indirect', start: at(text, content), end: at(text, content) + content.length, speaker: 'Sam Otieno', speaker_mention: 'Sam Otieno', cue: 'said', cue_start: at(text, 'said'), outlet: 'WKRN' });
  });

  test('"CNN correspondent NAME … told viewers": a known broadcaster, carried to the next line on air', () => {
    const text = 'CNN correspondent Sam Otieno said on air that firefighters had reached the second floor. "It is grim," Otieno told viewers.';
    expect(quote(text, 'firefighters')).toMatchObject({ type: 'indirect', speaker: 'Sam Otieno', cue: 'said', outlet: 'CNN' });
    expect(quote(text, 'It is grim')).toMatchObject({ text: 'It is grim,', type: 'direct', speaker: 'Sam Otieno', cue: 'told', outlet: 'CNN' });
  });

  test('negative: off air, or a newspaper\'s reporter, names no outlet', () => {
    for (const text of ['WKRN reporter Sam Otieno said that firefighters had reached the second floor.', 'Gazette reporter Sam Otieno said on air that firefighters had reached the second floor.']) {
      expect(quote(text, 'firefighters')).toMatchObject({ type: 'indirect', speaker: 'Sam Otieno', cue: 'said', outlet: null });
    }
  });
});

describe('"its host, X" before a podcast is first named hosts something else, not the podcast', () => {
  const finale = [
    'The finale of Harbor Hearts, which aired on Friday, was meant to be a party. It turned into, in the words of its host, Owen Pryce, “a courtroom with a dance floor.”',
    'Mila Ortega confronted her partner, Leo Varga, over messages he had sent during filming. “You lied to me for six weeks,” Ortega told him.',
    'When Varga tried to leave, Pryce stopped him. “Sit down, Leo. We are not done,” Pryce told him.',
    'Pryce, who has hosted the show for three seasons, told People that the night had been “the hardest taping I have done.” He said he had needed to calm the audience twice.',
    '“I was a host and a referee at once,” he told the magazine.',
    'Varga sounded sorry on Tuesday on the podcast Night Talk With June Hale, where he said he had phoned Ortega’s father to apologize.',
    '“I could not watch it back. I would not date me either,” Varga said on the podcast.',
    'Pryce said on Wednesday that the network would air an extended cut. “People deserve the whole night,” he said.',
  ].join('\n\n');

  test('the show\'s host keeps no outlet or the one he told, before and after the podcast; the podcast\'s guest has it', () => {
    expect(quote(finale, 'Sit down')).toMatchObject({ text: 'Sit down, Leo. We are not done,', start: at(finale, 'Sit down'), type: 'direct', speaker: 'Owen Pryce', cue: 'told', outlet: null });
    expect(quote(finale, 'the hardest taping')).toMatchObject({ type: 'partial', speaker: 'Owen Pryce', cue: 'told', outlet: 'People' });
    expect(quote(finale, 'he had needed')).toMatchObject({ text: 'he had needed to calm the audience twice', start: at(finale, 'he had needed'), type: 'indirect', speaker: 'Owen Pryce', cue: 'said', outlet: 'People' });
    expect(quote(finale, 'I was a host')).toMatchObject({ type: 'direct', speaker: 'Owen Pryce', cue: 'told', outlet: 'People' });
    expect(quote(finale, 'he had phoned')).toMatchObject({ type: 'indirect', speaker: 'Leo Varga', cue: 'said', outlet: 'Night Talk With June Hale' });
    expect(quote(finale, 'I could not')).toMatchObject({ type: 'direct', speaker: 'Leo Varga', cue: 'said', outlet: 'Night Talk With June Hale' });
    expect(quote(finale, 'the network would')).toMatchObject({ type: 'indirect', speaker: 'Owen Pryce', cue: 'said', outlet: null });
    expect(quote(finale, 'People deserve')).toMatchObject({ type: 'direct', speaker: 'Owen Pryce', cue: 'said', outlet: null });
  });
});
