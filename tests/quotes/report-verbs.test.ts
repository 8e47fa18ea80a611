import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('verbs of knowing, feeling and worrying report a clause', () => {
  test('"X knows that …" and "X knows he …" report what is known', () => {
    const text = 'The vote is close. Mayor Tina Brell knows that the ferry budget will decide the race. Her rival Omar Dale knows he must win the harbor wards.';
    expect(quote(text, 'the ferry budget')).toMatchObject({
      type: 'indirect', text: 'the ferry budget will decide the race', speaker: 'Tina Brell', speaker_mention: 'Tina Brell', cue: 'knows', cue_start: at(text, 'knows that'),
    });
    expect(quote(text, 'he must win')).toMatchObject({ type: 'indirect', text: 'he must win the harbor wards', speaker: 'Omar Dale', cue: 'knows', cue_start: at(text, 'knows he') });
  });

  test('"X worries …", "X felt …", "X assumed that …"', () => {
    const text = 'The mill closed in May. Local growers worry it will not reopen before the harvest. Councilor Ruth Abeno felt they had been ignored by the owners. Most buyers assumed that prices would fall.';
    expect(quote(text, 'it will not')).toMatchObject({ type: 'indirect', text: 'it will not reopen before the harvest', speaker_mention: 'Local growers', cue: 'worry' });
    expect(quote(text, 'they had been')).toMatchObject({ type: 'indirect', text: 'they had been ignored by the owners', speaker: 'Ruth Abeno', cue: 'felt' });
    expect(quote(text, 'prices would')).toMatchObject({ type: 'indirect', text: 'prices would fall', speaker_mention: 'Most buyers', cue: 'assumed' });
  });

  test('no report without a clause: "knew the mayor for years", "feel the heat", "known for its bridges"', () => {
    const text = 'The town is quiet. Pastor Lena Voss knew the old mayor for many years. The farmers feel the heat of the summer every day. The region, long known for its stone bridges, draws many visitors.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('verbs of reporting and forecasting report a that-clause', () => {
  test('"X reported that …", "X expects that …", "X calculates that …"', () => {
    const text = 'The port reopened in June. Harbor pilot Dana Whitlow reported that the new buoys had drifted south. Mayor Tina Brell expects that the ferry will run at a loss. Analyst Omar Dale calculates that fares would double by spring.';
    expect(quote(text, 'the new buoys')).toMatchObject({ type: 'indirect', text: 'the new buoys had drifted south', speaker: 'Dana Whitlow', cue: 'reported', cue_start: at(text, 'reported') });
    expect(quote(text, 'the ferry will')).toMatchObject({ type: 'indirect', text: 'the ferry will run at a loss', speaker: 'Tina Brell', cue: 'expects' });
    expect(quote(text, 'fares would')).toMatchObject({ type: 'indirect', text: 'fares would double by spring', speaker: 'Omar Dale', cue: 'calculates' });
  });

  test('without "that" they report nothing: "noticed the buoys", "expects the ferry", "is expected"', () => {
    const text = 'The port reopened in June. Harbor pilot Dana Whitlow noticed the new buoys near the pier. Mayor Tina Brell expects the ferry back in the harbor by noon. The vote is expected next week.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('verbs of learning report a clause opened by its subject pronoun', () => {
  test('"X learned she …" reports; "X realized she …" does not (a thought; see indirect/perception-verbs)', () => {
    const text = 'The port reopened in June. Harbor pilot Dana Whitlow learned she had lost the ferry contract. Later Mayor Tina Brell realized she would need a new pilot.';
    expect(quote(text, 'she had lost')).toMatchObject({ type: 'indirect', text: 'she had lost the ferry contract', speaker: 'Dana Whitlow', cue: 'learned', cue_start: at(text, 'learned') });
    expect(quotesOf(text).filter((q) => q.text.startsWith('she would need'))).toEqual([]);
  });

  test('no clause, no report: "learned the trade", "realized a profit"', () => {
    const text = 'The port reopened in June. Harbor pilot Dana Whitlow learned the trade from her uncle. The ferry company realized a profit on the new route.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('verbs of regarding report the role they give: "X sees Y as Z", "X considers Y Z"', () => {
  test('"X sees/views Y as Z" reports the object and its role', () => {
    const text = 'The harbor plan divides the town. Mayor Tina Brell sees the new pier as a lifeline for the fishing fleet. Many voters viewed the toll as a tax on visitors.';
    expect(quote(text, 'the new pier')).toMatchObject({
      type: 'indirect', text: 'the new pier as a lifeline for the fishing fleet', speaker: 'Tina Brell', speaker_mention: 'Tina Brell', cue: 'sees', cue_start: at(text, 'sees'),
    });
    expect(quote(text, 'the toll')).toMatchObject({ type: 'indirect', text: 'the toll as a tax on visitors', speaker_mention: 'Many voters', cue: 'viewed' });
  });

  test('a role with an infinitive inside it is still a role: "as a way to …", "as most likely to …"; a clause after "as" tells when', () => {
    const text = 'The harbor plan divides the town. Mayor Tina Brell sees the new pier as a way to win back the fishing fleet.\n\nMany voters see Senator Omar Dale as most likely to fix the ferry.\n\nRuth Abeno saw the mayor as the doors opened.';
    expect(quote(text, 'the new pier')).toMatchObject({ type: 'indirect', text: 'the new pier as a way to win back the fishing fleet', speaker: 'Tina Brell', cue: 'sees' });
    expect(quote(text, 'Senator Omar Dale as')).toMatchObject({ type: 'indirect', text: 'Senator Omar Dale as most likely to fix the ferry', speaker_mention: 'Many voters', cue: 'see' });
    expect(quotesOf(text).some((q) => q.text.includes('the doors'))).toBe(false);
  });

  test('a judging adverb gives the view in place of a role: "viewed the mayor favorably"; seeing something clearly is no view', () => {
    const text = 'The harbour poll came out on Friday.\n\nIsland voters viewed the mayor favorably.\n\nSenator Ida Holm sees the new toll negatively.\n\nMany riders saw the ferry clearly from the pier.';
    expect(quote(text, 'the mayor')).toMatchObject({ type: 'indirect', text: 'the mayor favorably', speaker_mention: 'Island voters', cue: 'viewed', cue_start: at(text, 'viewed') });
    expect(quote(text, 'the new toll')).toMatchObject({ type: 'indirect', text: 'the new toll negatively', speaker: 'Ida Holm', cue: 'sees' });
    expect(quotesOf(text).some((q) => q.text.includes('the ferry'))).toBe(false);
  });

  test('… but seeing takes only an adverb of good or bad: "saw the lights dimly" is eyesight', () => {
    const text = 'The harbour poll came out on Friday.\n\nThe pilots saw the quay lights dimly through the mist.\n\nDrivers see the toll signs poorly at night.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('"X considers Y Z" and "X considers Y to be Z"', () => {
    const text = 'The race is open. Senator Omar Dale considers the ferry levy a mistake. Councilor Ruth Abeno considers him to be the favorite in the harbor wards.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy a mistake', speaker: 'Omar Dale', cue: 'considers', cue_start: at(text, 'considers the') });
    expect(quote(text, 'him to be')).toMatchObject({ type: 'indirect', text: 'him to be the favorite in the harbor wards', speaker: 'Ruth Abeno', cue: 'considers' });
  });

  test('"X portrayed/framed Y as Z" presents a view', () => {
    const text = 'The debate ran late. Senator Omar Dale portrayed the mayor as a friend of the ferry owners. Mayor Tina Brell framed the vote as a test of the harbor plan.';
    expect(quote(text, 'the mayor as')).toMatchObject({ type: 'indirect', text: 'the mayor as a friend of the ferry owners', speaker: 'Omar Dale', cue: 'portrayed', cue_start: at(text, 'portrayed') });
    expect(quote(text, 'the vote as')).toMatchObject({ type: 'indirect', text: 'the vote as a test of the harbor plan', speaker: 'Tina Brell', cue: 'framed' });
  });

  test('no presenting without a role: "framed the old photo", "painted the fence"', () => {
    const text = 'The week was busy. Pastor Lena Voss framed the old harbor photo for the hall. Her neighbor Omar Dale painted the fence behind the church.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('no view without a role: "saw the parade", "saw her as she left", "considered the bill on Tuesday", "consider X as a running mate"', () => {
    const text = 'The week was busy. Pastor Lena Voss saw the harbor parade from her window. Her neighbor Omar Dale saw her as she left the pier. The council considered the ferry bill on Tuesday. Senator Ruth Abeno may consider the governor as a running mate.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('verbs of feeling and stating with "about" report their topic: "X worries about …", "X complained about …"', () => {
  test('"worry about", "complained about", "boasts about", "thinks of"', () => {
    const text = 'The mill closed in May. Many voters worry about the price of grain at the harbor. Councilor Ruth Abeno complained about the slow pace of the repairs. Mayor Tina Brell often boasts about the new ferry line to the islands. Few voters know what Senator Omar Dale thinks of the harbor levy plan.';
    expect(quote(text, 'the price')).toMatchObject({ type: 'indirect', text: 'the price of grain at the harbor', speaker_mention: 'Many voters', cue: 'worry about', cue_start: at(text, 'worry') });
    expect(quote(text, 'the slow pace')).toMatchObject({ type: 'indirect', text: 'the slow pace of the repairs', speaker: 'Ruth Abeno', cue: 'complained about' });
    expect(quote(text, 'the new ferry')).toMatchObject({ type: 'indirect', text: 'the new ferry line to the islands', speaker: 'Tina Brell', cue: 'boasts about' });
    expect(quote(text, 'the harbor levy')).toMatchObject({ type: 'indirect', text: 'the harbor levy plan', speaker: 'Omar Dale', cue: 'thinks of' });
  });

  test('"believes in" reports what is believed in; "believes" alone needs a clause', () => {
    const text = 'The mill closed in May. Mayor Tina Brell believes in free ferry service for the islands. Councilor Ruth Abeno believes her.';
    expect(quote(text, 'free ferry')).toMatchObject({ type: 'indirect', text: 'free ferry service for the islands', speaker: 'Tina Brell', cue: 'believes in', cue_start: at(text, 'believes in') });
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(1);
  });

  test('no topic from a noun or from "cares about": "the worries about the toll"', () => {
    const text = 'The mill closed in May. The worries about the toll grew all summer. Pastor Lena Voss cares about the old harbor wall.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('"made clear" and "made the case" report a clause', () => {
  test('"X made clear (that) …", "X is making the case that …"', () => {
    const text = 'The port reopened in June. Mayor Tina Brell made clear she would veto the ferry levy. Senator Omar Dale is making the case that the islands need a second pier.';
    expect(quote(text, 'she would veto')).toMatchObject({ type: 'indirect', text: 'she would veto the ferry levy', speaker: 'Tina Brell', cue: 'made clear', cue_start: at(text, 'made clear') });
    expect(quote(text, 'the islands need')).toMatchObject({ type: 'indirect', text: 'the islands need a second pier', speaker: 'Omar Dale', cue: 'making the case' });
  });

  test('no clause, no report: "made clear her opposition", "made the case files public"', () => {
    const text = 'The port reopened in June. Mayor Tina Brell made clear her opposition to the ferry levy. The clerk made the case files public on Friday.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('a preference reports what is favored: "X favors …"', () => {
  test('"X favors Y"', () => {
    const text = 'The port reopened in June. Senator Omar Dale favors a toll on the harbor bridge.';
    expect(quote(text, 'a toll')).toMatchObject({ type: 'indirect', text: 'a toll on the harbor bridge', speaker: 'Omar Dale', cue: 'favors', cue_start: at(text, 'favors') });
  });

  test('no preference reported: "did them a favor", "prefers a second ferry"', () => {
    const text = 'The port reopened in June. Mayor Tina Brell did the ferry crews a favor. Pastor Lena Voss prefers a second ferry to the islands.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('orders report what is ordered: "X ordered …"', () => {
  test('"X ordered the city to …", "X ordered that …"', () => {
    const text = 'The port reopened in June. Judge Ana Ortiz ordered the city to release the harbor files. Mayor Tina Brell ordered that the pier be closed at night.';
    expect(quote(text, 'the city to')).toMatchObject({ type: 'indirect', text: 'the city to release the harbor files', speaker: 'Ana Ortiz', cue: 'ordered', cue_start: at(text, 'ordered the') });
    expect(quote(text, 'that the pier')).toMatchObject({ type: 'indirect', text: 'that the pier be closed at night', speaker: 'Tina Brell', cue: 'ordered' });
  });

  test('no order reported: "in order to", "ordered pizza"', () => {
    const text = 'The port reopened in June. The crews worked late in order to finish the pier. Pastor Lena Voss ordered pizza.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('a belief denied is still a belief stated', () => {
  test('"doesn\'t think", "does not believe", "never expected" report the clause', () => {
    const text = 'The levy vote is near. Governor Ana Reyes doesn’t think the levy will pass in May.\n\nMost teachers do not believe the new schedule can work.';
    expect(quote(text, 'the levy will pass')).toMatchObject({ type: 'indirect', text: 'the levy will pass in May', speaker: 'Ana Reyes', cue: 'think' });
    expect(quote(text, 'the new schedule')).toMatchObject({ type: 'indirect', text: 'the new schedule can work', speaker_mention: 'Most teachers', cue: 'believe' });
  });

  test('what was not said, and the writer\'s own "I don\'t think", report nothing', () => {
    const text = 'The levy vote is near. Governor Ana Reyes did not say the levy will pass.\n\nI don’t think this matters much, honestly.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('"rate" gives a verdict, as "describe" and "label" do', () => {
  test('"The fact-checkers rated the senator’s remark “mostly true.”": the raters\' words', () => {
    const text = 'The fact-checkers rated the senator’s remark “mostly true.”';
    expect(quote(text, 'mostly true')).toMatchObject({ type: 'partial', text: 'mostly true.', speaker_mention: 'The fact-checkers', cue: 'rated', cue_start: at(text, 'rated') });
  });

  test('a rating in the passive with no rater is no quotation: "The film is rated “R” for violence."', () => {
    expect(quotesOf('The film is rated “R” for violence.')).toEqual([]);
  });
});

describe('"OUTLET hears (that) …": hearing is a report only with a news outlet as subject (cues.json outlet_reports)', () => {
  test('"Deadline hears that CLAUSE": the outlet reports the clause', () => {
    const text = 'Deadline hears that the sequel will shoot in Malta next spring.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the sequel will shoot in Malta next spring', start: at(text, 'the sequel'), speaker: 'Deadline', speaker_mention: 'Deadline',
      speaker_start: 0, speaker_kind: 'outlet', cue: 'hears', cue_start: at(text, 'hears'), outlet: 'Deadline',
    }]);
  });

  test('"The Hollywood Reporter has heard CLAUSE": with "has" and no "that"', () => {
    const text = 'The Hollywood Reporter has heard the studio is eyeing a summer release.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the studio is eyeing a summer release', speaker: 'The Hollywood Reporter', cue: 'heard', outlet: 'The Hollywood Reporter' }]);
  });

  test('negative: people who heard something report nothing', () => {
    expect(quotesOf('Residents heard that the plant would close.')).toEqual([]);
    expect(quotesOf('Tomas Vallier hears the studio is eyeing a summer release.')).toEqual([]);
  });

  test('negative: an outlet completing another subject does not hear ("Readers of Variety heard …")', () => {
    expect(quotesOf('Readers of Variety heard that the festival would move to Lisbon.')).toEqual([]);
    expect(quotesOf('Subscribers of The Guardian heard that prices would rise in May.')).toEqual([]);
  });
});

describe('"hear" opening the text, with no subject before it', () => {
  test('negative: no outlet subject, no report (and no failure at the first token)', () => {
    expect(quotesOf('Hear the ferry horns at dawn, the guide said.').filter((q) => q.cue === 'Hear')).toEqual([]);
  });
});
