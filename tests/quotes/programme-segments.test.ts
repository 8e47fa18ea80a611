import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// A guest on a morning programme with its hosts, a co-star joining by video, an aside and a later statement.
const SEGMENT = [
  'Pilar Okonjo-Reyes is going back to the lighthouse.',
  '"We start shooting in May," Okonjo-Reyes told CBS Mornings on Friday, turning to anchor Desmond Fairweather-Lutz. "I cannot say more."',
  '"Is the keeper still alive?" Fairweather-Lutz asked.',
  '"He is very much alive," she said.',
  'Then her old co-star, Teodor Vance-Hallam, joined by video from Oslo.',
  '"Pilar, you told them everything," Vance-Hallam said. "Again."',
  'Vance-Hallam said the new scripts were darker than the old ones.',
  'In a 2015 interview with Variety, the show\'s creator Ruth Almqvist called a sequel "a terrible idea."',
  '"Ruth came round," Okonjo-Reyes said.',
  'Last year she said she had been ill for months.',
  'A spokesperson for the studio said it would not comment.',
  'By Friday evening a publicist for Okonjo-Reyes told People that nothing had been signed.',
  '"Nothing at all," Okonjo-Reyes said later, outside her hotel.',
].join('\n\n');

describe('a broadcast segment is one occasion for all who take part', () => {
  test('the host\'s question and the guest\'s later answers carry the programme', () => {
    expect(quote(SEGMENT, 'We start')).toMatchObject({ type: 'direct', speaker: 'Pilar Okonjo-Reyes', cue: 'told', outlet: 'CBS Mornings' });
    expect(quote(SEGMENT, 'Is the keeper')).toMatchObject({
      text: 'Is the keeper still alive?', type: 'direct', speaker: 'Desmond Fairweather-Lutz', speaker_mention: 'Fairweather-Lutz',
      speaker_start: at(SEGMENT, 'Fairweather-Lutz asked'), cue: 'asked', cue_start: at(SEGMENT, 'asked.'), outlet: 'CBS Mornings',
    });
    expect(quote(SEGMENT, 'He is very much')).toMatchObject({ type: 'direct', speaker: 'Pilar Okonjo-Reyes', cue: 'said', outlet: 'CBS Mornings' });
    expect(quote(SEGMENT, 'Ruth came round')).toMatchObject({ type: 'direct', speaker: 'Pilar Okonjo-Reyes', cue: 'said', outlet: 'CBS Mornings' });
  });

  test('someone joining by video takes part too', () => {
    expect(quote(SEGMENT, 'Pilar, you told')).toMatchObject({ type: 'direct', speaker: 'Teodor Vance-Hallam', speaker_mention: 'Vance-Hallam', cue: 'said', outlet: 'CBS Mornings' });
    expect(quote(SEGMENT, 'Again')).toMatchObject({ type: 'direct', speaker: 'Teodor Vance-Hallam', outlet: 'CBS Mornings' });
    expect(quote(SEGMENT, 'the new scripts')).toMatchObject({ type: 'indirect', speaker: 'Teodor Vance-Hallam', cue: 'said', outlet: 'CBS Mornings' });
  });

  test('others quoted meanwhile, an aside about another time and what follows another outlet keep their own (negative cases)', () => {
    expect(quote(SEGMENT, 'a terrible idea')).toMatchObject({ type: 'partial', speaker: 'Ruth Almqvist', outlet: 'Variety' });
    expect(quote(SEGMENT, 'she had been ill')).toMatchObject({ type: 'indirect', speaker: 'Pilar Okonjo-Reyes', outlet: null });
    expect(quote(SEGMENT, 'it would not comment')).toMatchObject({ type: 'indirect', outlet: null });
    expect(quote(SEGMENT, 'Nothing at all')).toMatchObject({ type: 'direct', speaker: 'Pilar Okonjo-Reyes', outlet: null });
  });

  test('without hosts or viewers in sight, an interview with a programme is not a segment (negative case)', () => {
    const text = 'Pilar Okonjo-Reyes told CBS Mornings on Friday that shooting starts in May.\n\nHer agent, Ruth Almqvist, spoke later.\n\nThe studio has been quiet.\n\n"We will see," Okonjo-Reyes said at a charity dinner on Saturday.\n\nOkonjo-Reyes said she was tired.';
    expect(quote(text, 'she was tired')).toMatchObject({ type: 'indirect', speaker: 'Pilar Okonjo-Reyes', outlet: null });
  });

  test('"told the hosts" is on air, not words told in person to a group', () => {
    const text = 'Pilar Okonjo-Reyes appeared on CBS Mornings on Friday, and anchor Desmond Fairweather-Lutz asked about the film. "We start shooting in May," she told the hosts.';
    expect(quote(text, 'We start')).toMatchObject({ type: 'direct', speaker: 'Pilar Okonjo-Reyes', cue: 'told', outlet: 'CBS Mornings' });
  });
});

describe('the host of another programme', () => {
  test('"Night Desk host NAME" named in the segment takes no part in it (negative case)', () => {
    const text = '"We start shooting in May," Pilar Okonjo-Reyes told CBS Mornings on Friday, turning to anchor Desmond Fairweather-Lutz.\n\nOn Thursday, Night Desk host Ruth Almqvist had laughed at the story.\n\nAlmqvist said that the series should stay finished.';
    expect(quote(text, 'the series should')).toMatchObject({ type: 'indirect', speaker: 'Ruth Almqvist', outlet: null });
  });
});

describe('a sentence opened by an adverb before the presenter noun', () => {
  const segment = (opener: string) =>
    ['The singer took her seat on the sofa on Monday.', '"I nearly quit," Marisol Quenby told CBS Mornings.', `${opener} Tobias Wrenfield asked about the tour. "Why stay?" Wrenfield said.`, '"For the band," Quenby said.'].join('\n\n');

  test('"Afterwards co-host NAME" is this programme\'s host: his question and her answer carry it', () => {
    const text = segment('Afterwards co-host');
    expect(quote(text, 'Why stay')).toMatchObject({ text: 'Why stay?', type: 'direct', speaker: 'Tobias Wrenfield', cue: 'said', outlet: 'CBS Mornings' });
    expect(quote(text, 'For the band')).toMatchObject({ text: 'For the band,', type: 'direct', speaker: 'Marisol Quenby', cue: 'said', outlet: 'CBS Mornings' });
  });

  test('"Next host NAME" likewise', () => {
    expect(quote(segment('Next host'), 'Why stay')).toMatchObject({ speaker: 'Tobias Wrenfield', outlet: 'CBS Mornings' });
  });

  test('a known outlet opening the sentence is still another programme\'s host (negative case)', () => {
    const text = segment('Fox News host');
    expect(quote(text, 'Why stay')).toMatchObject({ speaker: 'Tobias Wrenfield', outlet: null });
    expect(quote(text, 'For the band')).toMatchObject({ speaker: 'Marisol Quenby', outlet: null });
  });
});

// A talk show's episode introduced in the narration: host, guests and announcer, an interview elsewhere, a later episode.
const EPISODE = [
  'On Tuesday\'s episode of "Night Owls," Petra Vukovic had barely sat down when her first guest, Samir Delacroix-Ott, began talking about his new thriller.',
  '"I wrote most of it on a train," Delacroix-Ott said.',
  '"Which train?" Vukovic asked.',
  'The show\'s announcer, Dmitri Hallberg, shouted from the stage: "The slow one!"',
  'Later in the episode, her second guest, the astronomer Lena Ferreira, was asked about comets. "They are mostly dirty snow," Ferreira said.',
  'In an interview with Rolling Stone on Wednesday, Delacroix-Ott said the train was the overnight one to Vienna.',
  '"I never sleep on trains," Delacroix-Ott said.',
  'On Thursday\'s episode, Vukovic returned to the story. "We have had four hundred letters about trains," she told the audience.',
  'A spokesperson for the network said ratings were up.',
  'Vukovic said she would take the train to work next week.',
].join('\n\n');

describe('a programme\'s episode named in the narration opens its segment', () => {
  test('the host and the guests named in the episode\'s sentence, and later guests and the announcer, carry the programme', () => {
    expect(quote(EPISODE, 'I wrote most')).toMatchObject({
      text: 'I wrote most of it on a train,', type: 'direct', speaker: 'Samir Delacroix-Ott', speaker_mention: 'Delacroix-Ott',
      start: at(EPISODE, 'I wrote'), cue: 'said', outlet: 'Night Owls',
    });
    expect(quote(EPISODE, 'Which train')).toMatchObject({ type: 'direct', speaker: 'Petra Vukovic', cue: 'asked', outlet: 'Night Owls' });
    expect(quote(EPISODE, 'The slow one')).toMatchObject({ type: 'direct', speaker: 'Dmitri Hallberg', cue: 'shouted', outlet: 'Night Owls' });
    expect(quote(EPISODE, 'They are mostly')).toMatchObject({ type: 'direct', speaker: 'Lena Ferreira', speaker_start: at(EPISODE, 'Ferreira said'), cue: 'said', outlet: 'Night Owls' });
  });

  test('another outlet ends the segment; an untitled later episode reopens it for its own paragraph only', () => {
    expect(quote(EPISODE, 'the train was')).toMatchObject({ type: 'indirect', speaker: 'Samir Delacroix-Ott', outlet: 'Rolling Stone' });
    expect(quote(EPISODE, 'I never sleep')).toMatchObject({ type: 'direct', speaker: 'Samir Delacroix-Ott', outlet: 'Rolling Stone' });
    expect(quote(EPISODE, 'We have had')).toMatchObject({ type: 'direct', speaker: 'Petra Vukovic', speaker_mention: 'she', cue: 'told', outlet: 'Night Owls' });
    expect(quote(EPISODE, 'ratings were up')).toMatchObject({ type: 'indirect', outlet: null });
    expect(quote(EPISODE, 'she would take')).toMatchObject({ type: 'indirect', speaker: 'Petra Vukovic', outlet: null });
  });

  test('someone the episode does not place in the segment keeps no outlet (negative case)', () => {
    const text = EPISODE.replace('Later in the episode, her second guest, the astronomer Lena Ferreira,', 'Later that evening, the astronomer Lena Ferreira, who was not on the show,');
    expect(quote(text, 'They are mostly')).toMatchObject({ type: 'direct', speaker: 'Lena Ferreira', cue: 'said', outlet: null });
  });

  test('a drama\'s plot summary is no talk programme: its characters get no outlet (negative case)', () => {
    const text = 'In the latest episode of "Harbor Lights," Nora Quill tells Sam Becker she is leaving.\n\n"I am done with this town," Nora Quill says.';
    expect(quote(text, 'I am done')).toMatchObject({ type: 'direct', speaker: 'Nora Quill', cue: 'says', outlet: null });
  });

  test('any episode noun of cues.json episode_nouns opens it: "Monday\'s edition of “…”"', () => {
    const text = EPISODE.replace('On Tuesday\'s episode of', 'On Monday\'s edition of');
    expect(quote(text, 'I wrote most')).toMatchObject({ type: 'direct', speaker: 'Samir Delacroix-Ott', cue: 'said', outlet: 'Night Owls' });
  });

  test('"the late-evening segment of “…”" is a slot of the programme, not one broadcast: it opens nothing (negative case)', () => {
    const text = 'The late-evening segment of "Night Owls" with host Petra Vukovic lost viewers to a rival this spring.\n\n"It was a long season," Vukovic said.';
    expect(quote(text, 'It was a long')).toMatchObject({ type: 'direct', speaker: 'Petra Vukovic', cue: 'said', outlet: null });
  });

  test('an episode sentence naming no one opens nothing (negative case)', () => {
    const text = 'The final episode of "Late Lamps" airs on Sunday with its host in the studio.\n\n"It was a long shoot," Ana Brill said.';
    expect(quote(text, 'It was a long')).toMatchObject({ type: 'direct', speaker: 'Ana Brill', cue: 'said', outlet: null });
  });

  test('someone the host talks about in the episode\'s sentence is not on the show (negative case)', () => {
    const text = 'On Tuesday\'s episode of "Late Lamps," host Ines Farrow teased Mayor Dov Brehm in her monologue.\n\n"He has never ridden a bus," Farrow said.\n\nBrehm was not amused. "Comedians should ride one first," Brehm said.';
    expect(quote(text, 'He has never')).toMatchObject({ speaker: 'Ines Farrow', cue: 'said', outlet: 'Late Lamps' });
    expect(quote(text, 'Comedians should')).toMatchObject({ speaker: 'Dov Brehm', cue: 'said', outlet: null });
  });

  test('an actor in a drama\'s episodes is not on a talk show: "appeared in two episodes", "guest star NAME" (negative cases)', () => {
    const cast = 'Ana Brill appeared in two episodes of "Harbor Lights" last year.\n\n"I had always wanted to play a villain," Brill said.';
    expect(quote(cast, 'I had always')).toMatchObject({ speaker: 'Ana Brill', cue: 'said', outlet: null });
    const star = 'In Friday\'s episode of "Harbor Lights," guest star Ana Brill plays a nurse on the run.\n\n"I had always wanted to play a villain," Brill said.';
    expect(quote(star, 'I had always')).toMatchObject({ speaker: 'Ana Brill', cue: 'said', outlet: null });
    const guest = 'Ana Brill appeared on Friday\'s episode of "Late Lamps" as a guest.\n\n"I had always wanted to play a villain," Brill said.';
    expect(quote(guest, 'I had always')).toMatchObject({ speaker: 'Ana Brill', cue: 'said', outlet: 'Late Lamps' });
  });

  test('the segment\'s first quote, the article\'s first too, is checked for an occasion of its own (negative case)', () => {
    const text = 'Ana Brill appeared on the season finale episode of "Late Lamps" as a guest.\n\n"I had always wanted to play a villain," Brill said at the film festival in Toronto.';
    expect(quote(text, 'I had always')).toMatchObject({ speaker: 'Ana Brill', cue: 'said', outlet: null });
  });
});

describe('a commentator\'s broadcast partner speaks on the same broadcast', () => {
  test('"On the Sky Sports broadcast, pundit X said … His broadcast partner, Y, called …": both on Sky Sports', () => {
    const text = 'Derby report\n\nThe visitors equalised in stoppage time. On the Sky Sports broadcast, pundit Callum Reyes said the goal had been "coming for twenty minutes." His broadcast partner, Ines Whitford, called the home side\'s defending "a collective nap" in the final minutes.';
    expect(quote(text, 'coming for')).toMatchObject({ type: 'partial', speaker: 'Callum Reyes', outlet: 'Sky Sports' });
    expect(quote(text, 'a collective nap')).toMatchObject({ text: 'a collective nap', type: 'partial', start: at(text, 'a collective nap'), speaker: 'Ines Whitford', cue: 'called', outlet: 'Sky Sports' });
  });

  test('someone else named after the broadcast is not on it (negative case)', () => {
    const text = 'Derby report\n\nThe visitors equalised in stoppage time. On the Sky Sports broadcast, pundit Callum Reyes said the goal had been "coming for twenty minutes." The home manager, Ines Whitford, called her side\'s defending "a collective nap" in the final minutes.';
    expect(quote(text, 'a collective nap')).toMatchObject({ speaker: 'Ines Whitford', cue: 'called', outlet: null });
  });
});

describe('a segment takes in only those who take part in it', () => {
  const text = [
    'United captain Oscar Vale told Sky Sports that the squad would "dust off and start again."',
    'His sister, Marta Vale, said he had played with a broken toe. "He never says a word," his sister said.',
    'Host Dominic Royce said the club was in good shape.',
  ].join('\n\n');

  test('someone of the guest\'s surname but another given name is not the guest: no outlet', () => {
    expect(quote(text, 'dust off')).toMatchObject({ type: 'partial', text: 'dust off and start again.', speaker: 'Oscar Vale', cue: 'told', outlet: 'Sky Sports' });
    expect(quote(text, 'he had played')).toMatchObject({ type: 'indirect', text: 'he had played with a broken toe', speaker: 'Marta Vale', cue: 'said', outlet: null });
    expect(quote(text, 'He never says')).toMatchObject({ type: 'direct', text: 'He never says a word,', speaker: 'Marta Vale', speaker_mention: 'his sister', outlet: null });
  });

  test('a host named after someone outside the segment was quoted belongs to what the article moved on to (negative case)', () => {
    expect(quote(text, 'the club was')).toMatchObject({ type: 'indirect', text: 'the club was in good shape', speaker: 'Dominic Royce', cue: 'said', outlet: null });
  });
});

// A presenter tells a broadcaster about the show's end; then people who worked on the show, unnamed, speak.
const CREW = [
  'Marguerite Osei-Flint, who hosted the quiz for nine years, told the BBC the final series would air in spring. "It was a joy," she said. "Every week of it."',
  'A former researcher on the show, who asked not to be named, said the budget had been halved twice.',
  'A former floor manager on the programme said the studio was booked until June.',
].join('\n\n');

describe("a description's own words say where the speaker worked, not where the words were said", () => {
  test('"a former researcher on the show said …" takes no outlet from the presenter\'s interview', () => {
    expect(quote(CREW, 'the budget')).toMatchObject({
      text: 'the budget had been halved twice', type: 'indirect', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A former researcher on the show', speaker_start: at(CREW, 'A former researcher'),
      cue: 'said', cue_start: at(CREW, 'said the budget'), outlet: null,
    });
    expect(quote(CREW, 'the studio was booked')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'A former floor manager on the programme', cue: 'said', outlet: null });
  });

  test("the presenter's own later quotes keep the interview's outlet (negative case)", () => {
    expect(quote(CREW, 'the final series')).toMatchObject({ type: 'indirect', speaker: 'Marguerite Osei-Flint', cue: 'told', outlet: 'BBC' });
    expect(quote(CREW, 'It was a joy')).toMatchObject({
      text: 'It was a joy,', type: 'direct', speaker: 'Marguerite Osei-Flint', speaker_mention: 'she',
      cue: 'said', cue_start: at(CREW, 'said. "Every'), outlet: 'BBC',
    });
    expect(quote(CREW, 'Every week')).toMatchObject({ type: 'direct', speaker: 'Marguerite Osei-Flint', outlet: 'BBC' });
  });
});
