import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => f.title);

describe('films: a book, a record or an episode is no film or show', () => {
  test('an episode named in apposition ("“Salt Bell,” the sixth episode of …") and after "episode," is no film; the show is', () => {
    const text = 'Spoilers follow for "Salt Bell," the sixth episode of the drama "The Lamp Keepers," which aired on Sunday. Next week\'s episode, "The Keeper\'s Toll," ends the season.';
    expect(films(text)).toEqual(['The Lamp Keepers']);
  });

  test('a memoir "titled" and an album named before the title are no films', () => {
    const text = 'The memoir, titled "Second Act, Last Light," was announced in May. Her new album, “Tide Hymnal,” is out on Friday.';
    expect(films(text)).toEqual([]);
  });

  test('"an episode of “Harbour Bells”" names the show, which is one', () => {
    expect(films('Mara Okafor appeared in an episode of the sitcom “Harbour Bells” last year.')).toEqual(['Harbour Bells']);
  });
});

describe('films: a finale\'s own title and a phrase named are no film or show', () => {
  test('"The finale, titled “…”" names an episode; the show is still a show', () => {
    expect(films('Spoilers follow for the series finale of "Cold Harbour," which aired Sunday. The finale, titled "Dead Calm," resolved the case.')).toEqual(['Cold Harbour']);
  });

  test('"The phrase “…” was trending" names a phrase, no show', () => {
    expect(films('Fans binged the series "Cold Harbour" all week. The phrase "Bingeflation" was trending on X by Monday.')).toEqual(['Cold Harbour']);
  });

  test('negative: "the finale of “…”" still names the show', () => {
    expect(films('The finale of "Cold Harbour" aired on Sunday, Tom Reid said.')).toEqual(['Cold Harbour']);
  });
});

describe('films: a possessive film word in an apposition describes a person', () => {
  const people = (text: string) => extractArticle(text, { id: 'f' }).entities.people.map((p) => p.name);

  test('"NAME, the film\'s producer," and "NAME, the series\' director," are people, not films', () => {
    const text = "Kaisa Voller, the film's producer, said the shoot ran long. Tomas Brandt-Ruiz, the series' director, said the cast was tired.";
    expect(films(text)).toEqual([]);
    expect(people(text)).toEqual(['Kaisa Voller', 'Tomas Brandt-Ruiz']);
  });

  test('a work word after the possessive still makes the name a title: "Night Ferry, the film\'s sequel"', () => {
    expect(films("Critics in Port Elwin praised Night Ferry, the film's sequel, on Monday.")).toEqual(['Night Ferry']);
  });

  test('a film word qualifying a person noun stays no title, as before ("the veteran quiz-show host")', () => {
    expect(films('Rush Reyes, the veteran quiz-show host, said the studio was cold.')).toEqual([]);
  });
});

describe('films: a grade or a headline in quotation marks is no title', () => {
  test('a letter grade (“A”, “B-”, "B+") is no film; a one-letter title named as a work still is', () => {
    const text = 'Audiences gave the film “Harbour Lights” an "A" CinemaScore and critics a “B-”, while the comedy drew a "B+". The thriller “M” did worse.';
    expect(films(text)).toEqual(['Harbour Lights', 'M']);
  });

  test('a headline (“under the headline …”) or a tagline is no film; the film the review is of is', () => {
    const text = 'The Port Elwin Ledger ran its review of the film “Night Ferry” under the headline “Storm Ahead” on Friday, beside the tagline “Cold Water Rising.”';
    expect(films(text)).toEqual(['Night Ferry']);
  });
});

describe('films: a title named as a television work is kind tv', () => {
  const kinds = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => [f.title, f.kind]);

  test('"the television drama “…”", "the sitcom “…”" and "the TV crime series …" are tv; "the film …" stays a film', () => {
    const text = 'Mara Okafor, known for the television drama “Cold Quay,” also appeared in the sitcom “Harbour Bells” and the TV crime series Salt Line before the film Night Ferry.';
    expect(kinds(text)).toEqual([['Cold Quay', 'tv'], ['Harbour Bells', 'tv'], ['Salt Line', 'tv'], ['Night Ferry', 'film']]);
  });
});

describe('films: a stage work is no film', () => {
  test('a title set beside "the … stage adaptation" or "the season’s costliest play" is no film at any of its mentions', () => {
    const text = 'Critics split on “The Glass Key,” the season’s costliest play\n\n“The Glass Key,” the $12 million stage adaptation of a novel about ferrymen, opened at the Harbour Theatre on Thursday. “The Glass Key” runs through June, after her run in the film “Night Ferry.”';
    expect(films(text)).toEqual(['Night Ferry']);
  });

  test('"the film version of the play" names a film: the film word comes first', () => {
    expect(films('Mara Okafor starred in “Night Ferry,” the film version of the play, in 2019.')).toEqual(['Night Ferry']);
  });
});

describe('films: titles named by an event, a piece or credits of the work', () => {
  const kinds = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => [f.title, f.kind]);

  test('a title inside reported content, named by "the launch of" and a series apposition, is a tv series', () => {
    const text = 'Finance chief Oren Baptiste-Lowe told analysts that spending would rise ahead of the March launch of “Saltmarsh,” the company\'s costliest series so far.';
    expect(kinds(text)).toEqual([['Saltmarsh', 'tv']]);
  });

  test('"a still from “…”" names a film', () => {
    expect(kinds('Its old slogan appears on the cover above a still from “Glass Harbor.”')).toEqual([['Glass Harbor', 'film']]);
  });

  test('the names after "starring" are the cast, people, not a title', () => {
    const r = extractArticle('"Steel Horizon," starring Pia Lund and Omar Teague, is due in theaters next spring.', { id: 'f' });
    expect(r.entities.films.map((f) => f.title)).toEqual(['Steel Horizon']);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Pia Lund', 'Omar Teague']);
  });

  test('a dating show and "the second season of the thriller “…”" are tv', () => {
    const text = 'Bree Cole, a contestant on the dating show "Love Harbor," apologized. Viewers waited for the second season of the harbour thriller “Cold Ferry,” due in May.';
    expect(kinds(text)).toEqual([['Love Harbor', 'tv'], ['Cold Ferry', 'tv']]);
  });

  test('a title after "hit" inside reported content is no film (a game\'s, a song\'s)', () => {
    const text = 'Emberline Games, the studio behind the role-playing hit “Skyfold,” is laying off 200 employees, the Ledger reported on Wednesday.';
    expect(films(text)).toEqual([]);
  });
});

describe('films: a podcast appearance, a genre before the kind, a film word inside a longer name', () => {
  test('a title after "a podcast appearance on" is the podcast, no film', () => {
    const text = 'Blake Orr apologised during a podcast appearance on “Morning Static Daily” last week. Mara Okafor starred in the thriller "Night Ferry."';
    expect(films(text)).toEqual(['Night Ferry']);
  });

  test('negative: a title after "an appearance on" with no kind of work before it stays a title in a film article', () => {
    const text = 'Blake Orr apologised during an appearance on “Morning Static Daily” last week. Mara Okafor starred in the thriller "Night Ferry."';
    expect(films(text)).toEqual(['Morning Static Daily', 'Night Ferry']);
  });

  test('a genre word between a title and its kind ("the “Iron Meadow” crime drama") names a work, even inside reported speech', () => {
    const text = 'Harrow Media said the merger would bring the "Iron Meadow" crime drama to its streaming service.';
    expect(films(text)).toEqual(['Iron Meadow']);
  });

  test('negative: a verb between a title and a film word names no work ("“Iron Meadow” is comedy" in reported speech)', () => {
    expect(films('Harrow Media said the slogan "Iron Meadow" is comedy, not policy.')).toEqual([]);
  });

  test('the kinds after a genre word come from data/work-words.json after_title_and_genre ("the “Salt Line” spy saga")', () => {
    expect(films('Harrow Media said the "Salt Line" spy saga would end.')).toEqual(['Salt Line']);
  });

  test('negative: a kind of work that is no film or show after a genre word ("the “Salt Line” spy book") names no film', () => {
    expect(films('Harrow Media said the slogan "Salt Line" spy book was out.')).toEqual([]);
  });

  test('a film word that opens the same capitalised words is no cue ("Joy" in a chanted “Show Joy, Not Fear.”)', () => {
    const text = '“We did it,” Dana Ruiz said, as the crowd chanted “Show Joy, Not Fear.” “We knocked on every door.”';
    expect(films(text)).toEqual([]);
  });
});

describe('films: a podcast named after its title, and a slogan or caption printed on a thing, are no films', () => {
  test('"Variety\'s “Behind the Curtain” podcast" is no film (it is an outlet)', () => {
    const text = 'Speaking on Variety\'s "Behind the Curtain" podcast last month, Rosa Vell said she was ready.';
    const e = extractArticle(text, { id: 'f' }).entities;
    expect(e.films).toEqual([]);
    expect(e.outlets.map((o) => [o.name, o.mentions.map((m) => [m.start, m.end])])).toEqual([['Variety', [[12, 19]]], ['Behind the Curtain', [[23, 41]]]]);
  });

  test('negative: a show named before "episode" stays a show ("the “Harbour Lane” episode where …")', () => {
    expect(films('Fans still talk about the "Harbour Lane" episode where the ferry sinks, the series creator said.')).toEqual(['Harbour Lane']);
  });

  test('T-shirts "reading" a slogan and mugs "printed with" a caption carry no film title', () => {
    const text = 'Children on the seawall waved banners reading “Save the Pier.” at the ferry. Fans sold mugs printed with “Mind the Gap, Harold.” Others watched the film "Harbour Lane" again.';
    expect(films(text)).toEqual(['Harbour Lane']);
  });

  test('words a thing "carried", a banner that "read" them and a singer\'s "tour" are no films beside a film that is', () => {
    const text = 'Several coats carried the words "SLOW MADE" across the back. A banner above the stage read "Make Do," in red. She will end her "Tidal Glass" tour in May, then shoot the film "Salt Harbour" in June.';
    expect(films(text)).toEqual(['Salt Harbour']);
  });

  test('negative: a title named as a film elsewhere stays one where a tour word or "the words of" stands near it', () => {
    expect(films('The tour documentary "Tidal Glass" opens in May.')).toEqual(['Tidal Glass']);
    expect(films('She read the words of "Night Ferry" aloud. The drama "Night Ferry" returns in May.')).toEqual(['Night Ferry']);
  });
});

describe('films: a department after "of" is no kind of work', () => {
  test('"its new head of drama, Piet Lonsdale-Amadi," names a person, not a drama', () => {
    const text = 'Ratings slid once the channel hired a head of comedy, Piet Lonsdale-Amadi, from a rival. The writers said Lonsdale-Amadi wanted cuts.';
    const e = extractArticle(text, { id: 'f' }).entities;
    expect(e.films.map((f) => f.title)).toEqual([]);
    expect(e.people.map((p) => [p.name, p.mentions.map((m) => m.start)])).toEqual([['Piet Lonsdale-Amadi', [text.indexOf('Piet'), text.lastIndexOf('Lonsdale-Amadi')]]]);
  });

  test('negative: the kind of work before a title in apposition still names the work', () => {
    const text = 'The documentary, A Quiet Harbour, follows three ferry crews.';
    expect(extractArticle(text, { id: 'f' }).entities.films.map((f) => f.title)).toEqual(['A Quiet Harbour']);
  });
});

describe('films: a petition\'s title is no film', () => {
  test('"a petition titled “Save Marrowby”" names the petition; the show inside it keeps its own title', () => {
    const text = 'Northbeam canceled the drama “Marrowby” on Monday. Within a day, a petition titled “Save Marrowby” had gathered 9,000 signatures.';
    const e = extractArticle(text, { id: 'f' });
    expect(e.entities.films.map((f) => f.title)).toEqual(['Marrowby']);
    expect(e.quotes).toEqual([]);
  });

  test('negative: the drama named the same way is still a show', () => {
    expect(films('Fans rewatched the drama “Save Marrowby” all weekend.')).toEqual(['Save Marrowby']);
  });
});

describe('films: a runway, gallery or trade show is live, no film or show', () => {
  test('"Halden House\'s “Slow Light” show turned the runway into a forest": no film, beside a film that is', () => {
    expect(films('At Milan Design Week, Halden House\'s "Slow Light" show turned the runway into a forest. The film "Salt Hours" opens Friday.')).toEqual(['Salt Hours']);
  });

  test('negative: "the “Harbour Lane” show" with no live-show word stays a show', () => {
    expect(films('Fans lined up for the "Harbour Lane" show, and the film "Salt Hours" opens Friday.')).toEqual(['Harbour Lane', 'Salt Hours']);
  });
});

describe('films: a series of other things, or another kind of work\'s series, is no film', () => {
  test('a title after "a series of recordings" is no film, even in an article about a film', () => {
    const text = 'The director of the film Salt Harbour also put out a series of field recordings, “The Lantern Reels,” last spring.';
    expect(films(text)).toEqual(['Salt Harbour']);
  });

  test('"the podcast series" and "her podcast series," before a title make no film', () => {
    expect(films('The podcast series The Lantern Reels returns in June.')).toEqual([]);
    expect(films('Her podcast series, The Lantern Reels, returns in June.')).toEqual([]);
  });

  test('negative: a series of films, a plain series and a tour documentary stay works', () => {
    expect(films('The director of the film Salt Harbour made a series of short films, “The Lantern Reels,” last spring.')).toEqual(['Salt Harbour', 'The Lantern Reels']);
    expect(films('Her new drama series, The Lantern Reels, returns in June.')).toEqual(['The Lantern Reels']);
    expect(films('The tour documentary "Lantern Reels" opens in May.')).toEqual(['Lantern Reels']);
  });
});

describe('films: a film shown in cinemas; a news or talk programme is no show', () => {
  test('cinemas make a film only after a release verb: a campaign or advert "in cinemas" is none', () => {
    const titles = (t: string) => extractArticle(t, { id: 'f' }).entities.films.map((f) => f.title);
    expect(titles('The campaign “Lights Up” brought audiences back to cinemas, Dana Holt said.')).toEqual([]);
    expect(titles('The advert “Dear Future” will run in cinemas from May, Dana Holt said.')).toEqual([]);
  });

  test('"“Harbour of Ash” returns to cinemas" names a film, mentioned bare later too', () => {
    const text = 'Restored “Harbour of Ash” returns to cinemas after forty years\n\nWhen Harbour of Ash opened in Paris in 1968, critics hated it.';
    const f = extractArticle(text, { id: 'f' }).entities.films;
    expect(f.map((x) => [x.title, x.kind, x.mentions.map((m) => m.start)])).toEqual([['Harbour of Ash', 'film', [text.indexOf('Harbour'), text.lastIndexOf('Harbour')]]]);
  });

  test('"the station\'s morning programme Wake Up Lisboa" is no film; "the programme Wake Up Lisboa" still is one', () => {
    expect(films('Ana Ruiz said on the station’s morning programme Wake Up Lisboa that the jury was right.')).toEqual([]);
    expect(films('Ana Ruiz said the programme Wake Up Lisboa had been cancelled.')).toEqual(['Wake Up Lisboa']);
  });
});

describe('films: a known work remade, followed up or adapted abroad', () => {
  test('"a remake of X" and "the US version of X" confirm a known title; a date after it is no part of it', () => {
    const text = 'Dara Voss has been linked with a remake of Casablanca.\n\nA cable channel began showing the US version of The Office in March.';
    expect(films(text)).toEqual(['Casablanca', 'The Office']);
  });

  test('an unknown name there is no film ("a sequel to Operation Sandstorm"), and an unknown title keeps its day ("Never on Sunday")', () => {
    expect(films('The bill is a sequel to Operation Sandstorm, the plan the council passed in 2019. The band played a new version of Harbour Song.')).toEqual([]);
    expect(films('She starred in the film Never on Sunday, the 1960 comedy.')).toEqual(['Never on Sunday']);
  });
});

describe('films: a year after a title listed among records is no film; a telenovela is a show', () => {
  const films = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => [f.title, f.kind, f.year]);

  test('"released nine albums, among them Cold River (1981)": a dated title after a record word is no film', () => {
    expect(films('The band released nine albums, among them Cold River (1981), before splitting up.')).toEqual([]);
  });

  test('negative: "made six films, among them Cold River (1981)" is still a film', () => {
    expect(films('She made six films, among them Cold River (1981), before retiring.')).toEqual([['Cold River', 'film', 1981]]);
  });

  test('"the telenovela Llamas de Oro" names a show', () => {
    expect(films('Ana Ruiz said the telenovela Llamas de Oro would end in May.')).toEqual([['Llamas de Oro', 'tv', null]]);
  });
});

describe('films: a hit after a compound or an owner, and a one-word title after a kind of film', () => {
  test('"the prime-time hit Tierra de Sal" names a show, though the tagger reads "hit" as a verb', () => {
    expect(films('Ana Ruiz, the star of the prime-time hit Tierra de Sal, is leaving.')).toEqual(['Tierra de Sal']);
  });

  test('negative: "The storm hit Puerto Rico" names no film', () => {
    expect(films('The storm hit Puerto Rico on Sunday, officials said.')).toEqual([]);
  });

  test('"whose previous film Vetala won two awards": one unknown word after "film" is its title, found again later', () => {
    const text = 'Iyer, whose previous film Vetala won two awards, thanked fans. Rao, who starred in Vetala, agreed.';
    expect(films(text)).toEqual(['Vetala']);
  });

  test('negative: a word that opens a longer name elsewhere, or stands after a headline\'s break, is no title', () => {
    expect(films('Ximo Wrobel shot the desert drama in 1974. "It is not the film Ximo would make today," his editor said.')).toEqual([]);
    expect(films('Critics praise the new film\n\nHollywood stars Ana Ruiz and Tal Brenner came to the premiere.')).toEqual([]);
  });

  test('"Caracol\'s hit Tierra de Sal": an owner\'s hit names a show', () => {
    expect(films("Ana Ruiz starred in Caracol's hit Tierra de Sal for six years.")).toEqual(['Tierra de Sal']);
  });

  test('a one-word title with one predicate of its own stays a title', () => {
    expect(films('Her previous film Vetala premiered at Cannes.')).toEqual(['Vetala']);
    expect(films('The documentary Tidewater follows three fishermen.')).toEqual(['Tidewater']);
    expect(films('He said the film Vetala premiered at Cannes.')).toEqual(['Vetala']);
  });

  test('negative: a known person\'s surname after "the film" is the subject of a relative, no title', () => {
    expect(films('Director Ada Okafor grew up in Lagos. The film Okafor shot there last year won a prize at Berlin.')).toEqual([]);
    const people = extractArticle('Director Ada Okafor grew up in Lagos. The film Okafor shot there last year won a prize at Berlin.', { id: 'f' }).entities.people;
    expect(people.map((p) => p.name)).toEqual(['Ada Okafor']);
    expect(films('Ada Okafor, 41, is a director. The documentary Okafor made about her father airs next week.')).toEqual([]);
  });

  test('negative: a word followed by a that-less relative ("the film X shot …") is no title', () => {
    expect(films('The film Okafor shot in Lagos won a prize at Berlin.')).toEqual([]);
    expect(films('He sold the film Neon picked up at Toronto.')).toEqual([]);
    expect(films('The film Brexit has shaped the most is a thriller.')).toEqual([]);
  });

  test('negative: a day after "the film" is no title', () => {
    expect(films('The film Monday night drew a full house, the cinema said.')).toEqual([]);
  });
});

describe('films: a sentence\'s opening phrase before a title\'s article', () => {
  test('"Production on The Salt Lantern, the new horror film from …" names The Salt Lantern', () => {
    expect(films('Production on The Salt Lantern, the new horror film from director Ida Marsh, has been halted.')).toEqual(['The Salt Lantern']);
  });

  test('negative: a title\'s inner article in small letters keeps the whole run ("Return of the Jedi")', () => {
    expect(films('Return of the Jedi, the film, opened in 1983.')).toEqual(['Return of the Jedi']);
  });
});

describe('films: a list after "films include"', () => {
  test('"whose earlier films include Gullwing, Daughter of Foxes and The Quiet Mill" names three films', () => {
    expect(films('Ida Marsh, whose earlier films include Gullwing, Daughter of Foxes and The Quiet Mill, said she was tired.')).toEqual(['Gullwing', 'Daughter of Foxes', 'The Quiet Mill']);
  });

  test('negative: common nouns after "films include" are no titles', () => {
    expect(films('Her films include comedies and dramas, Ana Ruiz said.')).toEqual([]);
  });
});

describe('films: each "and" of a list after "films include" ends a title', () => {
  test('"films including Oppenheimer and Barbie", "movies such as Frozen and Moana": two films each', () => {
    expect(films('Summer films including Oppenheimer and Barbie broke records.')).toEqual(['Oppenheimer', 'Barbie']);
    expect(films("Disney's movies such as Frozen and Moana made billions.")).toEqual(['Frozen', 'Moana']);
  });

  test('"His films include Parasite, Okja and Snowpiercer": three films', () => {
    expect(films('His films include Parasite, Okja and Snowpiercer.')).toEqual(['Parasite', 'Okja', 'Snowpiercer']);
  });

  test('a known title keeps its own "and": "Nightfall and Four Weddings and a Funeral"', () => {
    expect(films('Her films include Nightfall and Four Weddings and a Funeral.')).toEqual(['Nightfall', 'Four Weddings and a Funeral']);
  });

  test('negative: names before a small noun, and nationalities, are no titles', () => {
    expect(films("The festival's films included Japanese and Korean entries.")).toEqual([]);
    expect(films('Its films include Netflix and Amazon productions.')).toEqual([]);
    expect(films('The films included Japanese and Korean, the jury said.')).toEqual([]);
  });
});

describe('films: shows and films named by how a sentence uses them', () => {
  test('"the hit dramas X and Y" lists two shows', () => {
    expect(films('Actor Lee Min-su, star of the hit dramas Harbour Lights and The Quiet Orchard, began his service on Monday.')).toEqual(['Harbour Lights', 'The Quiet Orchard']);
  });

  test('a list after "the documentaries"/"his films" names no day, month or place, and no lone one-word subject of a verb', () => {
    expect(films('The channel will air the documentaries Sunday and Monday.')).toEqual([]);
    expect(films('Critics said his films Hollywood ignored were his best.')).toEqual([]);
    expect(films('Critics praised her films Nightfall and Vetala.')).toEqual(['Nightfall', 'Vetala']);
  });

  test('a title before "co-star" after a possessive is the work they shared', () => {
    expect(films('His Harbour Lights co-star Kim Ara posted a photograph.')).toEqual(['Harbour Lights']);
  });

  test('a title that "released" or "premiered" with no object is a film; a maker that released something is not', () => {
    expect(films('"When Silver Monsoon released, I was hiding in a theatre," said Kapoor.')).toEqual(['Silver Monsoon']);
    expect(films('That was before Silver Monsoon premiered in March.')).toEqual(['Silver Monsoon']);
    expect(films('That was before General Motors released its figures.')).toEqual([]);
  });

  test('a title "released" is a film only with a cinema near; a game or a program is released too', () => {
    expect(films('When Grand Lane Racer V released in 2013, it broke sales records.')).toEqual([]);
    expect(films('Before Portal OS released in 2007, the company was confident.')).toEqual([]);
    expect(films('Silver Monsoon was her first film. When Silver Monsoon released, she was nineteen.')).toEqual(['Silver Monsoon']);
  });

  test('a book\'s film adaptation bears its name: "the film adaptation of X", "X, which was adapted into a film"', () => {
    expect(films('The 2019 film adaptation of The Glass Orchard starred Nia Bell.')).toEqual(['The Glass Orchard']);
    expect(films('Reyes wrote four novels, including The Salt Road and A Glass Orchard, which was adapted into a film in 2019.')).toEqual(['A Glass Orchard']);
  });

  test('"X, which was later made into a film" makes X a film only as the work\'s name, not a place in its description', () => {
    expect(films('Her memoir about life in Port Hallam, which was later made into a film, sold a million copies.')).toEqual([]);
    expect(films('Her novel The Glass Orchard, which was later made into a film, sold a million copies.')).toEqual(['The Glass Orchard']);
  });

  test('"produced X" names a record, not a film, in a sentence about an album', () => {
    expect(films('Dave Rigg, who produced Broken Glass Parade, told the BBC the album was recorded live.')).toEqual([]);
    expect(films('Dave Rigg, who produced Broken Glass Parade, told the BBC the film was shot in a week.')).toEqual(['Broken Glass Parade']);
  });
});

describe('lists of shows', () => {
  const shows = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => [f.title, f.kind]);
  test('a plural kind of show opening a sentence lists its titles, and a list of sitcoms or dramas is television', () => {
    expect(shows('Her dramas Copper Bay and Quiet Harbour both ran for six seasons.')).toEqual([['Copper Bay', 'tv'], ['Quiet Harbour', 'tv']]);
    expect(shows('He wrote for the sitcoms Flat Nine and Corner Shop before moving to film.')).toEqual([['Flat Nine', 'tv'], ['Corner Shop', 'tv']]);
  });
});

describe('a year after a title', () => {
  test('"produced X in 1998": the year is no part of the title', () => {
    expect(films('Mara Quint produced Harbour Lights in 1998.')).toEqual(['Harbour Lights']);
  });
});

describe('films: titles at a festival, written without quotation marks', () => {
  const entities = (text: string) => {
    const e = extractArticle(text, { id: 'f' }).entities;
    return { people: e.people.map((p) => p.name), films: e.films.map((f) => f.title) };
  };

  test('a prize won "for" a title in a sentence about the cinema: the winner is a person, the title a film', () => {
    expect(entities('The jury prize went to the Chilean filmmaker Rosa Ibarra for Winter Harbor, which follows two fishermen.')).toEqual({ people: ['Rosa Ibarra'], films: ['Winter Harbor'] });
    expect(entities('The best screenplay award went to the director Tomas Vell for Les Nuits Blanches, a quiet drama.')).toEqual({ people: ['Tomas Vell'], films: ['Les Nuits Blanches'] });
  });

  test('negative: a category, a company, a place, a person or a book after "for" is no film', () => {
    expect(entities('The festival jury gave its award for Best Director to Ana Ruiz.').films).toEqual([]);
    expect(entities('The director won the festival prize for Warner Bros. last year.').films).toEqual([]);
    expect(entities('The filmmaker won the jury award for New York last year.').films).toEqual([]);
    expect(entities('The festival prize went to the director Tom Vale for Sarah Connolly.').films).toEqual([]);
    expect(entities('The novelist Ana Ruiz won the Booker Prize for The Quiet Coast.').films).toEqual([]);
  });

  test('"the Chilean entry The Salt Bell", "the animated fable The Paper Moth" and "his debut, Copper Road," name films', () => {
    const text = 'Critics preferred the Chilean entry The Salt Bell, which won nothing. The closing night film, the animated fable The Paper Moth, screened late. Vell won a prize with his debut, Copper Road, in 1998.';
    expect(entities(text).films).toEqual(['The Salt Bell', 'The Paper Moth', 'Copper Road']);
  });

  test('negative: a person after "the French entry" is no film', () => {
    expect(entities('The jury prize went to the French entry Marie Dubois.')).toEqual({ people: ['Marie Dubois'], films: [] });
  });
});

describe('films: a name that "stars" someone is a work', () => {
  const films2 = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => f.title);

  test('"Copper Harbor, which stars Ana Ruiz as …" names a film', () => {
    expect(films2('Critics admired Copper Harbor, which stars Ana Ruiz as a lighthouse keeper.')).toEqual(['Copper Harbor']);
  });

  test('negative: a place that "starred in" films or a trust that "tells the story" is no film', () => {
    expect(films2('They visited Grand Central Station, which starred in many films.')).toEqual([]);
    expect(films2('She praised the Ridgeway Trust, which tells the story of local mills.')).toEqual([]);
  });
});

describe('films: a dateline opening the article is no part of a title', () => {
  const found = (text: string) => extractArticle(text, { id: 'f' }).entities;

  test('"CITY — Title, the film about …" gives the title from after the dash, with its offsets', () => {
    const text = 'SEATTLE — Copper Kites, the film about two rival pilots, opened on Friday.';
    const f = found(text).films;
    expect(f.map((x) => [x.title, x.kind, x.mentions.map((m) => [m.start, m.end])])).toEqual([['Copper Kites', 'film', [[10, 22]]]]);
  });

  test('a two-word place and an agency in brackets are cut too: "SAN DIEGO (Reuters) - Title, the movie …"', () => {
    expect(found('SAN DIEGO (Reuters) - Copper Kites, the movie about two rival pilots, opened on Friday.').films.map((x) => x.title)).toEqual(['Copper Kites']);
  });

  test('a person and an outlet after a dateline keep their own names', () => {
    const e = found('MADRID — Lucia Ferrand, the producer, said the shoot ran long. PARIS (Reuters) — The Harbor Gazette reported that the release would slip.');
    expect(e.people.map((p) => p.name)).toEqual(['Lucia Ferrand']);
    expect(e.films).toEqual([]);
  });

  test('negative: a title in ordinary case before a dash opening a sentence is no dateline and stays whole', () => {
    expect(found('The crowd came early. Copper Kites — Part II, the film about two rival pilots, opened on Friday.').films.map((x) => x.title)).toEqual(['Copper Kites — Part II']);
  });
});

describe('films: a musical is a stage work unless made for the screen', () => {
  const films3 = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => f.title);

  test('"Title, the musical about …" after a dateline and "the musical “Title”" give no film', () => {
    expect(films3('SEATTLE — Copper Kites, the musical about two rival pilots, opened on Thursday.')).toEqual([]);
    expect(films3('Audiences cheered the musical "Copper Kites" on its opening night.')).toEqual([]);
  });

  test('"the film musical Title" and "the movie musical “Title”" name films', () => {
    expect(films3('Audiences cheered the film musical Copper Kites this week.')).toEqual(['Copper Kites']);
    expect(films3('The movie musical "Copper Kites" opened on Friday.')).toEqual(['Copper Kites']);
  });
});

describe('films: a screen version of a stage work keeps the film', () => {
  test('"the film version of “Title”" and "“Title,” the 2016 film," name the film', () => {
    expect(films('The film version of “Harbour Glass” came out a year later.')).toEqual(['Harbour Glass']);
    expect(films('“Harbour Glass,” the 2016 film, was shot in Hull.')).toEqual(['Harbour Glass']);
    expect(films('“Harbour Glass,” the 2016 play, was staged in Hull.')).toEqual([]);
  });
});

describe('a biopic titled with its subject\'s surname', () => {
  test('"the singer Nina Vale in the biopic “Vale”": the surname is no mention of the film, and the person played is no cast', () => {
    const text = 'Nora Quist plays the singer Nina Vale in the biopic “Vale”, which opens on Friday.';
    const e = extractArticle(text, { id: 'f' }).entities;
    const title = text.indexOf('“Vale”') + 1;
    expect(e.films).toMatchObject([{ title: 'Vale', kind: 'film', mentions: [{ start: title, end: title + 4, text: 'Vale' }], people: [{ name: 'Nora Quist', relation: 'cast' }] }]);
    expect(e.people.map((p) => p.name)).toEqual(['Nora Quist', 'Nina Vale']);
  });

  test('near miss: the title after a word that is no given name is still the film ("Netflix Vale")', () => {
    const text = 'Nora Quist stars in the biopic “Vale”. Critics called Netflix Vale a triumph.';
    const e = extractArticle(text, { id: 'f' }).entities;
    expect(e.films[0]!.mentions.map((m) => m.start)).toEqual([text.indexOf('“Vale”') + 1, text.lastIndexOf('Vale')]);
  });
});

describe('films: a year written beside the title dates it', () => {
  const yearOf = (text: string, title: string) => extractArticle(text, { id: 'f' }).entities.films.find((f) => f.title === title)?.year;

  test('a year before the kind of work right before the title ("whose 2018 thriller “Copper Lane”")', () => {
    expect(yearOf('The jury is led by Ines Varga, whose 2018 thriller “Copper Lane” won in Venice.', 'Copper Lane')).toBe(2018);
    expect(yearOf('Varga said her 2021 Netflix documentary “Low Tide” changed her.', 'Low Tide')).toBe(2021);
  });

  test('a year in brackets after the title\'s closing mark ("“Copper Lane” (2018)")', () => {
    expect(yearOf('Ines Varga, whose thriller “Copper Lane” (2018) won in Venice, said she was tired.', 'Copper Lane')).toBe(2018);
  });

  test('negative: a year with an article between it and the kind word dates something else ("In 2018 the thriller …")', () => {
    expect(yearOf('In 2018 the thriller “Copper Lane” won in Venice, Ines Varga said.', 'Copper Lane')).toBeNull();
  });
});
