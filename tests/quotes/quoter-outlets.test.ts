import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"OUTLET quoted X as saying …": X speaks, the outlet that quoted X carries the words', () => {
  test('"The state news agency TASS quoted NAME as saying …: “…”": a known name after the kind of outlet', () => {
    const text = 'The state news agency TASS quoted Ivanov as saying on his arrival in Moscow: “I am glad to be home.”';
    expect(quote(text, 'I am glad')).toMatchObject({
      text: 'I am glad to be home.', type: 'direct', start: at(text, 'I am glad'),
      speaker: 'Ivanov', speaker_mention: 'Ivanov', cue: 'saying', outlet: 'TASS',
    });
  });

  test('"The agency quoted a keeper there, NAME, as saying that …": the name set off by commas, the agency named before', () => {
    const text = 'Xinhua reported that the animals were healthy. The agency quoted a keeper there, Li Wen, as saying that the male was “shy but hungry.”';
    expect(quote(text, 'shy but hungry')).toMatchObject({
      text: 'shy but hungry.', type: 'partial', start: at(text, 'shy but hungry'),
      speaker: 'Li Wen', speaker_mention: 'Li Wen', speaker_start: at(text, 'Li Wen'), cue: 'saying', outlet: 'Xinhua',
    });
  });

  test('"The paper quoted a dealer there, NAME, as saying …" after a newspaper', () => {
    const text = 'The Guardian reported the sale first. The paper quoted a dealer there, Ana Ruiz, as saying the price was “absurd.”';
    expect(quote(text, 'absurd')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'saying', outlet: 'The Guardian' });
  });

  test('"The paper quoted …" after a newspaper not in the gazetteer, named by its head word', () => {
    const text = 'The Millbrook Herald sent a reporter to the dam. The paper quoted a ranger there, Omar Haddad, as saying the spillway was “holding for now.”';
    expect(quote(text, 'holding for now')).toMatchObject({
      text: 'holding for now.', type: 'partial', start: at(text, 'holding for now'),
      speaker: 'Omar Haddad', speaker_mention: 'Omar Haddad', speaker_start: at(text, 'Omar Haddad'), cue: 'saying', outlet: 'The Millbrook Herald',
    });
  });

  test('"COMPANY quoted its ROLE, NAME, as saying …": the name in apposition after a possessive speaks', () => {
    const text = 'Brightwater Mining quoted its safety director, Lena Okafor, as saying the shaft was “stable.”';
    expect(quote(text, 'stable')).toMatchObject({
      text: 'stable.', type: 'partial', start: at(text, 'stable'),
      speaker: 'Lena Okafor', speaker_mention: 'Lena Okafor', speaker_start: at(text, 'Lena Okafor'), cue: 'saying', outlet: null,
    });
  });

  test('"The paper quoted …" after a place whose name only holds a news word ("Post Office") carries no outlet', () => {
    const text = 'The Elmford Post Office shut early on Monday. The paper quoted its clerk as saying parcels would wait.';
    expect(quote(text, 'parcels')).toMatchObject({ text: 'parcels would wait', type: 'indirect', start: at(text, 'parcels'), cue: 'saying', outlet: null });
  });

  test('"The paper quoted …" after "The Elmford Post" names the paper whole, not a listed "Post"', () => {
    const text = 'The Elmford Post ran the story on Monday. The paper quoted its clerk as saying parcels would wait.';
    expect(quote(text, 'parcels')).toMatchObject({ text: 'parcels would wait', type: 'indirect', start: at(text, 'parcels'), cue: 'saying', outlet: 'The Elmford Post' });
  });
});
