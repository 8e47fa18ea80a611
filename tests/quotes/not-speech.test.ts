import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe('quoted words that are not speech', () => {
  test('a short title-case quotation on a line of its own is a section heading, not the previous speaker’s words', () => {
    const text = '“We will rebuild the pier before summer,” said Ana Ruiz, the harbour master.\n\n“Storms and Second Chances.”\n\nThe pier was closed in March after the storm.';
    expect(texts(text)).toEqual(['We will rebuild the pier before summer,']);
  });

  test('a title named right after the kind of work it is', () => {
    const text = 'Lena Park said on Monday that her documentary, “Salt Roads,” opens next month.';
    expect(texts(text)).not.toContain('Salt Roads,');
  });

  test('a title-case show name with the comma inside the marks, even in a sentence with a cue', () => {
    const text = 'On this week’s edition of “Morning Harbour Talk,” Governor Ray Colton said the budget was balanced.';
    expect(texts(text)).not.toContain('Morning Harbour Talk,');
  });

  test('a lowercase word after “film” is still a quoted word', () => {
    const text = 'Ms Rowe says the estate asked her to call the film “authorised” from now on.';
    expect(texts(text)).toContain('authorised');
  });
});

describe('headline quotes', () => {
  test('single-quoted words in a short opening line that reads like a sentence belong to the headline', () => {
    const text = 'Mayor calls harbour plan ‘a costly mistake’ at town meeting.\n\nMayor Ann Green told residents on Monday that the plan was “a costly mistake for the town.”';
    expect(texts(text)).toEqual(['a costly mistake for the town.']);
  });
});

describe('programmes and shows named around people', () => {
  test('a title right before a role in it is no quotation', () => {
    const text = '“Harbor Lights” star Nina Vale said the last season was “the hardest work of my life.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the hardest work of my life.']);
  });

  test('a programme someone spoke on, with the full stop inside the marks, is no quotation', () => {
    const text = '“I have always expected scrutiny,” he said on “Sunday Briefing.” Later, Tom Reed appeared on “Morning Desk.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['I have always expected scrutiny,']);
  });

  test('a chant after "of" is still quoted', () => {
    const text = 'Marco Diaz walked in to cries of “Go Diaz! Go Diaz!” from the volunteers, and said the race was “tightening in our favour.”';
    expect(quotesOf(text).map((q) => q.text)).toContain('tightening in our favour.');
  });
});

describe('a quotation before a role and a name', () => {
  test('stays a quotation when it ends in a comma, as speech before its speaker does', () => {
    const text = '“We made it through the winter,” host Nina Vale said, and her “quiet!” co-star laughed.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([['We made it through the winter,', 'Nina Vale']]);
  });
});

describe('short answers are speech', () => {
  test('a one-word answer broken off by its frame is a quotation, even by an unresolved pronoun', () => {
    const text = 'The council voted late.\n\n“No,” she said. “Absolutely!” said Bo Lee.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker_mention, q.cue])).toEqual([
      ['direct', 'No,', 'she', 'said'],
      ['direct', 'Absolutely!', 'Bo Lee', 'said'],
    ]);
  });

  test('an opening line of speech with a named speaker is no title-case headline', () => {
    const text = '“Fine,” said Bo Lee.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'Fine,', start: 1, speaker: 'Bo Lee', cue: 'said' }]);
  });

  test('a programme named mid-sentence stays a title: on “Late Hour,” Lee said …', () => {
    const text = 'The council voted late.\n\nAsked why during an appearance on “Late Hour,” Bo Lee said he had no answer.';
    expect(quotesOf(text).map((q) => q.text)).not.toContain('Late Hour,');
  });
});

describe('a name someone gives after "the" or a possessive', () => {
  test('"what he called the “…”" and "called it Moss’s “…”" are the caller’s words', () => {
    const text = 'Omar Reed spoke for an hour. Reed went after what he called the “secret ledger.” Later he called it Moss’s “private bank.”';
    expect(quote(text, 'secret ledger')).toMatchObject({ type: 'partial', speaker: 'Omar Reed', speaker_mention: 'he', cue: 'called' });
    expect(quote(text, 'private bank')).toMatchObject({ type: 'partial', speaker: 'Omar Reed', cue: 'called' });
  });

  test('the name a thing goes by is no one’s words: "a fund called the “…”"', () => {
    const text = 'The money sits in a fund called the “Harbor Trust.” Nobody has audited it.';
    expect(texts(text)).toEqual([]);
  });
});

describe('hyphenated compounds', () => {
  test('a cue after its own object in a compound is no cue: "the Voss-supporting union" supports Voss, says nothing', () => {
    expect(quotesOf('The ferry vote was close. The Voss-supporting dockworkers union marched to the town hall on Friday.')).toEqual([]);
    expect(quotesOf('The ferry vote was close. Councillor Amos Tully visited the Voss-endorsing harbour board on Friday.').filter((q) => q.cue === 'endorsing')).toEqual([]);
  });

  test('"self-described" still reports, and a report in the same sentence is kept', () => {
    const text = 'The ferry vote was close. A self-described pragmatist, Lee said the pier would reopen.';
    expect(quote(text, 'the pier')).toMatchObject({ type: 'indirect', text: 'the pier would reopen', speaker: 'Lee', cue: 'said', cue_start: at(text, 'said') });
    expect(quote(text, 'pragmatist')).toMatchObject({ type: 'indirect', cue: 'described' });
  });
});

describe('words someone used after "the" or a possessive that close their noun phrase', () => {
  test('"says the plan appeals to the “…” of" and "Moss’s “…”" are the speaker’s words', () => {
    const text = 'Ferry chief Tilda Brandt says the zoning plan appeals to the “worst instincts” of the council. She said that Moss’s “only idea” was a toll.';
    expect(quote(text, 'worst instincts')).toMatchObject({ type: 'partial', text: 'worst instincts', speaker: 'Tilda Brandt', cue: 'says', cue_start: at(text, 'says') });
    expect(quote(text, 'only idea')).toMatchObject({ type: 'partial', speaker: 'Tilda Brandt', speaker_mention: 'She', cue: 'said' });
  });

  test('words closing a sentence after "the" are the speaker’s, whatever noun opens the next sentence', () => {
    const text = 'Osric Vale said the levy betrays the “spirit of the harbour.” Ferries still run daily.';
    expect(quote(text, 'spirit of')).toMatchObject({ type: 'partial', text: 'spirit of the harbour.', speaker: 'Osric Vale', cue: 'said' });
    // Unchanged: an exclamation inside the marks is a title's ("the “wow!” star").
    const title = 'Osric Vale said the “wow!” star never rode the ferry.';
    expect(quotesOf(title).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('lowercase words after "called", "known as" or "dubbed" and "the" are the name a thing goes by, not anyone’s words', () => {
    const called = 'Mayor Tom Keel said a group called the “harbour friends” had sued the board.';
    const known = 'Mayor Tom Keel said a group known as the “harbour friends” had sued the board.';
    const locally = 'The ferry, known locally as the “blue lady,” will retire, Mayor Tom Keel said on Monday.';
    for (const text of [called, known, locally]) expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
    // Unchanged: words the speaker used that close their noun phrase.
    const own = 'Mayor Tom Keel said the zoning plan rewards the “loudest voices” in town.';
    expect(quote(own, 'loudest')).toMatchObject({ type: 'partial', text: 'loudest voices', speaker: 'Tom Keel', cue: 'said' });
  });

  test('lowercase words after "past the" or "beside the" name a place, not anyone’s words', () => {
    const past = 'Mayor Tom Keel said the boats would sail past the “old mill” on the way to the island.';
    const beside = 'Mayor Tom Keel said the new shed stands beside the “red barn” near the harbour.';
    for (const text of [past, beside]) expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
    // "outside", "inside", "near" and "behind" carry figures of speech as often as places: the speaker's words.
    const figure = 'Mayor Tom Keel said the toll plan sits outside the “political mainstream” of the town.';
    expect(quote(figure, 'political')).toMatchObject({ type: 'partial', text: 'political mainstream', speaker: 'Tom Keel', cue: 'said' });
    // Unchanged: other prepositions before words the speaker used ("appeals to the “…”").
    const own = 'Mayor Tom Keel said the toll plan appeals to the “worst instincts” of the council.';
    expect(quote(own, 'worst')).toMatchObject({ type: 'partial', text: 'worst instincts', speaker: 'Tom Keel', cue: 'said' });
  });

  test('a quoted modifier of the noun after it, or a capitalised name, is still no quote', () => {
    const text = 'Ferry chief Tilda Brandt says the “smart fare” system will fail. Tilda Brandt said the “Harbour Hour” was her favourite show.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('two describing words joined by "and" before the noun are the speaker’s: "the “slow and costly” pace of …"', () => {
    const text = 'The inspector said the report criticised the “slow and costly” pace of the repairs.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'slow and costly', start: at(text, 'slow and'), end: at(text, 'costly') + 'costly'.length,
      speaker: null, speaker_mention: 'The inspector', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });

  test('near miss: one quoted word, or a capitalised pair, before the noun is still no partial', () => {
    const one = 'The inspector said the report criticised the “costly” pace of the repairs.';
    const named = 'The inspector said the report criticised the “Bread and Butter” campaign of the union.';
    for (const text of [one, named]) expect(quotesOf(text).filter((q) => q.type === 'partial')).toEqual([]);
  });
});

describe('a participle that describes a noun is no cue', () => {
  test('"from noted harbour scholars": the participle between a preposition and its noun says nothing', () => {
    const text = 'The ferry board met in Calder on Tuesday. Okafor’s lawyers quoted essays from noted harbour historians in support of their claim that the pier is “public land” under the old charter.';
    expect(quotesOf(text).filter((q) => q.cue === 'noted')).toEqual([]);
  });

  test('the same verb after its subject is still a cue: "Okafor noted the fares were too high"', () => {
    const text = 'The ferry board met in Calder on Tuesday. Okafor noted the fares were too high.';
    expect(quote(text, 'the fares')).toMatchObject({
      type: 'indirect', text: 'the fares were too high', speaker: 'Okafor', speaker_start: at(text, 'Okafor'), cue: 'noted', cue_start: at(text, 'noted'),
    });
  });
});

describe('a title that opens its sentence as its subject', () => {
  const text = '“I have never been so cold in my life,” Bram Okoro said of the shoot.\n\n“The Salt Keeper” opens in theaters in May.';

  test('is no quote of the speaker before it', () => {
    expect(texts(text)).toEqual(['I have never been so cold in my life,']);
  });

  test('also after a sentence in the same paragraph', () => {
    const t = '“It rained every day,” Bram Okoro said. “Harbor Lights Two” follows the keeper’s daughter.';
    expect(texts(t)).toEqual(['It rained every day,']);
  });

  test('a short spoken line before its cue is still speech (negative case)', () => {
    const t = 'Mara Okafor looked at the crowd. “Go Home Now” was all she said.';
    expect(quote(t, 'Go Home')).toMatchObject({ text: 'Go Home Now', type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(t, 'she said'), cue: 'said' });
  });

  test('spoken words that close with a comma before their frame stay speech (negative case)', () => {
    const t = 'Tom Okoro spoke first. “Harbor Lights Forever,” he shouted from the stage.';
    expect(quote(t, 'Harbor Lights')).toMatchObject({ text: 'Harbor Lights Forever,', type: 'direct', speaker: 'Tom Okoro', speaker_mention: 'he', cue: 'shouted' });
  });
});

describe('a title joined by "&" is a title, as one joined by "and" is', () => {
  test('“Salt & Pepper Nights” after a programme cue is no partial quote', () => {
    const text = 'Mara Okafor grew up in Port Elwin. She rose to fame on “Salt & Pepper Nights” in 2019, the board said.';
    expect(quotesOf(text).filter((q) => q.type === 'partial').map((q) => q.text)).toEqual([]);
  });
  test('words spoken with "&" in lower-case company stay a quote', () => {
    const text = 'Mara Okafor said the pier was “fixed & ready for the ferries” on Monday.';
    expect(texts(text)).toContain('fixed & ready for the ferries');
  });
});

describe('a title as the subject of "is/was"', () => {
  test('"“Tide Line” is her third feature" is a title, not the speaker\'s words', () => {
    const t = 'Director Mara Okafor said the shoot had been brutal. “We lost three weeks to rain,” Okafor said.\n\n“Tide Line” is her third feature. “Tide Line” was shot in Port Elwin. “The Ferry Keeper” remains her favourite.';
    expect(texts(t)).toEqual(['the shoot had been brutal', 'We lost three weeks to rain,']);
  });

  test('a speech word later in the sentence keeps it speech (negative case)', () => {
    const t = 'Mara Okafor walked to the pier. “Close The Gates” is what she told the crowd.';
    expect(quote(t, 'Close The')).toMatchObject({ text: 'Close The Gates', start: at(t, 'Close The'), type: 'direct', speaker: 'Mara Okafor' });
  });
});

describe('a set phrase in apposition, with no cue of its own', () => {
  test('"Her catchphrase, “…,” was voted …" names the phrase and quotes no one', () => {
    const text = 'Ada Brinkley played the landlady for twelve years. Her catchphrase, “Not in my kitchen, young man,” was voted the best of the decade.';
    expect(quotesOf(text).find((q) => q.text.startsWith('Not in my kitchen'))).toBeUndefined();
  });

  test('a speaker\'s "line" is speech: "Her line, “…,” drew applause" keeps its quote', () => {
    const text = 'Mara Okafor faced the committee on Tuesday. Her line, “I never hid a single invoice,” drew applause from the gallery.';
    expect(quote(text, 'I never hid')).toMatchObject({ type: 'direct', text: 'I never hid a single invoice,', start: at(text, 'I never hid') });
  });

  test('a line someone is quoted saying keeps its cue', () => {
    const text = 'Her favourite line, “Not in my kitchen, young man,” she said, was written for her by her mother.';
    expect(quote(text, 'Not in my kitchen')).toMatchObject({ type: 'direct', speaker_mention: 'she', cue: 'said' });
  });

  test('a cue in a later clause of the sentence is that clause\'s, not the phrase\'s', () => {
    for (const join of [', and fans shouted it at her shows.', '; fans shouted it at her shows.']) {
      const text = `Mara Okafor sang at the Harbour Hall. Her catchphrase, “Keep it moving,” became a meme${join}`;
      expect(quotesOf(text).find((q) => q.text.startsWith('Keep it moving'))).toBeUndefined();
    }
  });

  test('a relative clause after a chant or slogan is about the phrase: its cue quotes no one', () => {
    for (const noun of ['unofficial chant', 'new slogan', 'rallying cry', 'battle cry']) {
      const text = `Dana Kole led the march down the avenue with the union's ${noun}, “Fair pay or no play,” which members had been shouting since dawn.`;
      expect(quotesOf(text).find((q) => q.text.startsWith('Fair pay'))).toBeUndefined();
    }
  });

  test('a bare "cry" with a relative clause is still words someone shouted (negative case)', () => {
    const text = 'His cry, “Get out of the water,” which he repeated twice, saved lives.';
    expect(quote(text, 'Get out of the water')).toMatchObject({ type: 'direct', text: 'Get out of the water,', start: at(text, 'Get out'), speaker_mention: 'he', speaker_start: at(text, 'he repeated'), cue: 'repeated', outlet: null });
  });

  test('… unless the phrase\'s owner speaks in that clause', () => {
    const text = 'Her catchphrase, “Keep it moving,” became a meme, and she said it at every show.';
    expect(quote(text, 'Keep it moving')).toMatchObject({ type: 'direct', text: 'Keep it moving,', start: at(text, 'Keep'), speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said' });
  });

  test('a frame right after the phrase is its own cue (negative case)', () => {
    const text = 'Her motto, “Keep it moving,” she said, came from her grandmother.';
    expect(quote(text, 'Keep it moving')).toMatchObject({ type: 'direct', text: 'Keep it moving,', start: at(text, 'Keep'), speaker_mention: 'she', cue: 'said' });
  });

  test('"line" with a word that makes it a set phrase ("signature line") names the phrase', () => {
    for (const noun of ['signature line', 'trademark line', 'famous line', 'catch line']) {
      const text = `Tomas Reyl hosted the quiz for a decade. His ${noun}, “Lock it in, friend,” was printed on mugs.`;
      expect(quotesOf(text).find((q) => q.text.startsWith('Lock it in'))).toBeUndefined();
    }
  });

  test('a named set phrase inside a reported clause leaves the report whole', () => {
    for (const noun of ['signature line', 'motto']) {
      const text = `Ines Varga joked that the chef's ${noun}, “Salt first, regrets later,” would soon be on aprons.`;
      const content = `the chef's ${noun}, “Salt first, regrets later,” would soon be on aprons`;
      expect(quotesOf(text)).toEqual([
        expect.objectContaining({ type: 'indirect', text: content, start: at(text, 'the chef'), end: at(text, 'the chef') + content.length, speaker: 'Ines Varga', speaker_start: 0, cue: 'joked', cue_start: at(text, 'joked'), outlet: null }),
      ]);
    }
  });

  test('one that ends its sentence is not taken for a name', () => {
    const text = 'Mara Okafor wrote a memo that ended with the line, “The ferry will run all winter.”';
    expect(quote(text, 'The ferry will')).toMatchObject({ speaker: 'Mara Okafor' });
  });
});

describe('words a thing carries, introduced by a colon', () => {
  test('a song "which runs:" and a sign that "read:" speak no one\'s words', () => {
    const text = 'The band closed with its anthem, which runs: “We sail at dawn, we sail for home.”\n\nOutside the hall, a hand-painted sign read: “No boats after dark, by order of the Harbour Board.”';
    expect(quotesOf(text)).toHaveLength(0);
  });

  test('a statement or a post "which reads:" is someone\'s words and stays a quote', () => {
    const text = 'The harbour master issued a statement, which reads: “Every ferry will sail on Monday.”\n\nMara Okafor posted a note, which read: “Thank you, Port Elwin!”';
    expect(quote(text, 'Every ferry')).toMatchObject({ type: 'direct', text: 'Every ferry will sail on Monday.' });
    expect(quote(text, 'Thank you')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor' });
  });

  test('a person who reads a text aloud still speaks it', () => {
    const text = 'Mara Okafor read: “We sail at dawn, we sail for home.”';
    expect(quote(text, 'We sail at dawn')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor' });
  });
});

describe('one word quoted as the verb of the narration', () => {
  test('"He recently “liked” a post …" is the writer\'s scare quote, not his words', () => {
    const text = 'Tomas Reyes trained alone on Wednesday. He recently “liked” a post about the rival club.';
    expect(quotesOf(text)).toHaveLength(0);
  });

  test('with a cue of its own the word is the speaker\'s: "The club says Reyes “retired” …"', () => {
    const text = 'The Harbour Board says Reyes “retired” last year, though he still trains daily.';
    expect(quote(text, 'retired')).toMatchObject({ type: 'partial', speaker: 'Harbour Board', cue: 'says' });
  });

  test('after "to" or "would" it is a reported clause\'s word: "accused him of trying to “sink” the ferry"', () => {
    const text = 'Mara Okafor accused the mayor of trying to “sink” the ferry service.';
    expect(quote(text, 'sink')).toMatchObject({ type: 'partial', speaker: 'Mara Okafor' });
  });
});

describe('a title named after a drama, miniseries or docuseries is no quote', () => {
  test('"her long run in the television drama “Cold Quay,”" reports no quote, only the speech after it', () => {
    const text = 'Lena Brandt, known for her long run in the television drama “Cold Quay,” said she was ready to move on.';
    expect(texts(text)).toEqual(['she was ready to move on']);
  });

  test('a sentence spoken right after "of the drama," is still a quote', () => {
    const text = 'Lena Brandt said of the drama, “It was a hard year for all of us.”';
    expect(texts(text)).toEqual(['It was a hard year for all of us.']);
  });
});

describe('a title named after "hit" as a noun is no quote', () => {
  test('"the studio behind the fantasy role-playing hit “Skyreach,”" reports the sentence, not the title', () => {
    const text = 'Emberly Games, the studio behind the fantasy role-playing hit “Skyreach,” is cutting jobs, the Ledger reported on Monday.';
    expect(texts(text)).toEqual(['Emberly Games, the studio behind the fantasy role-playing hit “Skyreach,” is cutting jobs']);
  });

  test('a sentence spoken after "the surprise hit," is still a quote (it does not read as a title)', () => {
    expect(texts('Of the surprise hit, “We never saw it coming,” Okafor said.')).toEqual(['We never saw it coming,']);
  });
});

describe('a code name is no quote, whatever cue the sentence has', () => {
  test('"said the cuts fell on a shooter code-named “Lantern,”" reports the content but no partial quote, and no film', () => {
    const text = 'Three employees said the deepest cuts fell on the team building a science-fiction shooter code-named “Lantern,” which had been in development for years.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['indirect']);
    expect(extractArticle(text, { id: 'c' }).entities.films).toEqual([]);
  });

  test('a word quoted after "code" that is no naming word is still the speaker’s (“the door code was “Unbreakable,”)', () => {
    expect(texts('Mara Okafor said the new door code was “Unbreakable,” and laughed.')).toContain('Unbreakable,');
  });
});

describe('a one-word name the article gave earlier in quotation marks is no quote when repeated', () => {
  const text = 'Staff said the cuts fell on a shooter code-named “Lantern,” which was four years old. Mara Okafor said the studio remained committed to “Lantern” and would keep a team on it. She called the memo “Rubbish.”';

  test('"remained committed to “Lantern”" after "code-named “Lantern,”" is no partial quote', () => {
    expect(quotesOf(text).filter((q) => q.type === 'partial').map((q) => q.text)).toEqual(['Rubbish.']);
  });

  test('a one-word quote with its cue, never given as a name before, stays a partial quote: “Rubbish.”', () => {
    const rubbish = quotesOf(text).find((q) => q.text === 'Rubbish.');
    expect(rubbish?.speaker).toBe('Mara Okafor');
    expect(rubbish?.cue).toBe('called');
  });
});

describe('a song named after a relative clause on its kind noun is no quote', () => {
  test('"the lullaby her character sings in the final reel, “…”" is the song’s title, not the moderator’s words', () => {
    const text = 'The moderator then asked Mara Okafor about the lullaby her character sings in the final reel, “Laulu meren yllä.” She said it was a song her grandmother used to sing.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('a long sentence spoken after "the song she sang at the rally," is still a quote', () => {
    const text = 'Okafor said of the song she sang at the rally, “It was for my mother, who taught it to me long ago.”';
    expect(texts(text)).toEqual(['It was for my mother, who taught it to me long ago.']);
  });
});

describe('a capitalised slogan as a modifier inside a noun phrase', () => {
  test('"the campers\' nightly “Pack up or move out” ritual" is no quote', () => {
    const text = 'The host, Mira Castell-Ode, addressed the dispute at the start of Friday\'s episode, before the campers\' nightly "Pack up or move out" ritual.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('lower-case words before a noun stay the subject\'s: "a “rock-solid” case"', () => {
    const text = 'Tomas Brandt said it was clear, and that the board had a “rock-solid” case on two counts.';
    expect(quote(text, 'rock-solid')).toMatchObject({ type: 'partial', text: 'rock-solid', speaker: 'Tomas Brandt' });
  });
});

describe('a title after an event or piece of its work, or before its credits', () => {
  test('"ahead of the March launch of “Saltmarsh,” the company\'s costliest series" is no quote', () => {
    const text = 'Finance chief Oren Baptiste-Lowe told analysts that spending would rise in the fourth quarter ahead of the March launch of “Saltmarsh,” the company\'s costliest series so far.';
    expect(quotesOf(text).map((q) => [q.type, q.text])).toEqual([['indirect', 'spending would rise in the fourth quarter ahead of the March launch of “Saltmarsh,” the company\'s costliest series so far']]);
  });

  test('"above a still from “Glass Harbor.”" is no quote of the speaker before', () => {
    const text = 'The company said in its letter that sales had risen sharply in the spring. Its old slogan, “Watch one more,” appears on the cover above a still from “Glass Harbor.”';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['indirect']);
  });

  test('“Steel Horizon,” starring A and B, opening a paragraph is no quote of the speaker before it', () => {
    const text = '"I loved the job," Dana Voss told the Ledger from her home in Denver.\n\n"Steel Horizon," starring Pia Lund and Omar Teague, is due in theaters next spring.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['I loved the job,']);
  });

  test('a quotation before "starring" that is not title-case is still speech', () => {
    const text = '"We were lucky to get them," Dana Voss said, starring at the crowd.';
    expect(quote(text, 'We were')).toMatchObject({ type: 'direct', speaker: 'Dana Voss', cue: 'said' });
  });
});

describe('words a sign, banner or shirt carries', () => {
  test('"marched past with placards reading “…”" is no one’s speech, beside a speaker’s own words', () => {
    const text = '“We will keep the trains running,” said Ola Berg, the union leader, as members marched past with placards reading “Fair pay for safe tracks.”';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker])).toEqual([['We will keep the trains running,', 'direct', 'Ola Berg']]);
  });

  test('"a banner that read “…”" without a colon', () => {
    const text = 'Marchers from the dock union carried a banner that read “No Tolls on Our Bridge” past city hall on Friday.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a finite "read" after a long subject: "the placard taped to the window of the bakery … read only: “…”"', () => {
    const text = 'And the placard taped to the window of the bakery on Elm Street read only: “Closed until the strike ends, sorry.” Nobody argued.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a finite "read" after a subject and a phrase set off by commas: "The banner, hung by fans last year, reads “…”", and the translation after a dash', () => {
    const text = '“I get it,” Marta Kell said. “I would be upset too.” The banner, hung by supporters last year, reads “Marta, torna a casa” — “Marta, come home.”';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start])).toEqual([
      ['I get it,', 'direct', 'Marta Kell', 'said', at(text, 'I get')],
      ['I would be upset too.', 'direct', 'Marta Kell', 'said', at(text, 'I would')],
    ]);
    // A flag carries words as a banner does.
    const flag = '“I get it,” Marta Kell said. The flag reads “Marta, torna a casa” — “Marta, come home.”';
    expect(texts(flag)).toEqual(['I get it,']);
  });

  test('a person who reads out words after an aside set off by commas is still quoted, and so is a dash after them (negative case)', () => {
    const text = 'The coach, asked about the banner later, read “We want you back” — “and we mean it,” to the crowd.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.start])).toEqual([
      ['We want you back', 'partial', 'The coach', 'read', at(text, 'We want')],
      ['and we mean it,', 'direct', 'The coach', 'read', at(text, 'and we')],
    ]);
  });

  test('a person reading out words is still quoted (negative case)', () => {
    const text = 'One protester, Ida Strand, read aloud from a letter to the council: “We have waited long enough for this bridge.”';
    expect(quote(text, 'We have waited')).toMatchObject({ type: 'direct', speaker: 'Ida Strand', cue: 'read', start: at(text, 'We have waited') });
  });

  test('a person who reads beneath a banner is quoted: the banner is no subject of "read" (negative case)', () => {
    const text = 'Standing beneath a banner, Mayor Rosa Pike read: “We will not sell the harbour.”';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start])).toEqual([['We will not sell the harbour.', 'direct', 'Rosa Pike', 'read', at(text, 'We will')]]);
    const under = 'Under a banner at the rally, the mayor read only: “We will not sell the harbour.”';
    expect(quotesOf(under).map((q) => [q.text, q.type])).toEqual([['We will not sell the harbour.', 'direct']]);
  });

  test('a person reading aloud after an opening phrase with no comma is quoted: "Under a flag by the gate the warden read: “…”"', () => {
    const text = 'Under a flag by the gate the warden read: “Visitors must sign in before noon.”';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.start, q.end])).toEqual([['Visitors must sign in before noon.', 'direct', 'the warden', 'read', at(text, 'Visitors'), at(text, 'noon.') + 5]]);
    const lectern = 'Behind the podium the chairwoman read: “The vote is postponed until spring.”';
    expect(quotesOf(lectern).map((q) => [q.text, q.type, q.speaker_mention, q.cue])).toEqual([['The vote is postponed until spring.', 'direct', 'the chairwoman', 'read']]);
  });

  test('the subject after an opening day, place or participle with its object, no comma between', () => {
    const day = 'On Tuesday the judge said: “The ferry case is closed for good.”';
    expect(quotesOf(day).map((q) => [q.text, q.type, q.speaker_mention, q.speaker_role, q.cue, q.start])).toEqual([['The ferry case is closed for good.', 'direct', 'the judge', 'judge', 'said', at(day, 'The ferry')]]);
    const place = 'In Port Elwin the mayor said: “We stand together with our neighbours.”';
    expect(quotesOf(place).map((q) => [q.text, q.speaker_mention, q.speaker_role, q.cue])).toEqual([['We stand together with our neighbours.', 'the mayor', 'mayor', 'said']]);
    const speaking = 'Speaking to reporters the harbour master said: “We will reopen the pier soon.”';
    expect(quotesOf(speaking).map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([['We will reopen the pier soon.', 'the harbour master', 'said']]);
    const named = 'On Tuesday Ana Ruiz said: “The ferry case is closed for good.”';
    expect(quotesOf(named).map((q) => [q.speaker, q.speaker_mention, q.cue])).toEqual([['Ana Ruiz', 'Ana Ruiz', 'said']]);
  });

  test('near miss: a noun and article inside the clause, after its verb, are a relative, not an opening phrase', () => {
    const relative = 'The kind of change the union wanted never came, the mayor said.';
    expect(quotesOf(relative).map((q) => [q.text, q.type, q.speaker_mention])).toEqual([['The kind of change the union wanted never came', 'indirect', 'the mayor']]);
  });

  test('the near miss: after an opening phrase with no comma, "a placard … read:" is still the placard\'s words', () => {
    expect(quotesOf('By the gate a placard read: “Visitors must sign in before noon.”')).toEqual([]);
    expect(quotesOf('At the gate the placard beside the flag read: “Visitors must sign in before noon.”')).toEqual([]);
    expect(quotesOf('Pickets held a placard reading: “Visitors must sign in before noon.”')).toEqual([]);
  });

  test('the near miss: after an opening phrase, "the banner … read:" is still the banner\'s words', () => {
    const text = 'Outside the hall, the banner above the door read: “No sale of the harbour, ever.” Nobody took it down.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a caption someone wrote, after "that reads," is theirs (negative case)', () => {
    const text = 'Ann Holt shared a photo of the pier under a caption that reads, “We will rebuild every plank of it by summer.”';
    expect(quotesOf(text).map((q) => q.text)).toContain('We will rebuild every plank of it by summer.');
  });
});

describe('a headline cited with its byline is no quote', () => {
  test('a roundup item: the headline before “by the Tribune’s …” is a title, the excerpt after the colon is kept', () => {
    const text = 'HARBOUR NEWS—"Ferry fares to rise in spring," by the Tribune\'s Lena Okafor: "The harbour board voted on Monday to raise fares."';
    expect(texts(text)).toEqual(['The harbour board voted on Monday to raise fares.']);
  });

  test('an outlet written with a bare apostrophe and a lone name also make a byline', () => {
    const text = 'PIER WATCH—"Pier repairs slip to June," by Times\' Mia Ford: "The contractor asked for more time."';
    expect(texts(text)).not.toContain('Pier repairs slip to June,');
  });

  test('"by" before a day or a lowercase phrase is no byline: the words are still speech', () => {
    const text = '"We will not back down," by all accounts, was what Mayor Tom Reddy told the crowd. "We will stay open," by Tuesday, said Tom Reddy.';
    expect(texts(text)).toEqual(['We will not back down,', 'We will stay open,']);
  });

  test('capitalised words after "by" that do not end the clause, or a name after a title, are no byline', () => {
    const text = 'The vote was held on Monday.\n\n"It was a fine result," by Harbour Town standards, Pia Lund said.\n\nThe remark, "Keep the pier open for every family," by Councillor Abel Rusk, drew cheers.';
    expect(quotesOf(text)).toMatchObject([
      { text: 'It was a fine result,', type: 'direct', speaker: 'Pia Lund', cue: 'said', start: at(text, 'It was'), end: at(text, 'It was') + 21 },
      { text: 'Keep the pier open for every family,', type: 'direct', start: at(text, 'Keep'), end: at(text, 'Keep') + 36 },
    ]);
  });

  test('a byline that ends its line is still a byline', () => {
    const text = 'PIER WATCH\n\n"Harbour fees to double by spring," by the Courier’s Mia Ford\n\n"Ferry timetable cut for winter," by the Gazette’s Ivo Hale https://gaz.example/x1 — The board met on Monday.';
    expect(texts(text)).toEqual([]);
  });
});

describe('a song or piece sung or played is a title', () => {
  test('"played … a few bars of “…”", "hummed “…”", with a speaker in the sentence', () => {
    const text = 'The host Nia Torvald asked for quiet. The bandleader, Sam Pell, answered with a few bars of “Row, Row Home.”\n\nLater Pell hummed “Harbour Lights Forever” while the crowd clapped.';
    expect(texts(text)).toEqual([]);
  });

  test('… not words said after "said", nor lower-case words after a verb of playing', () => {
    const text = 'Sam Pell said the crowd was “Truly Wild Tonight.”\n\nCritics said Pell played the “wounded hero” all season.';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([
      { text: 'Truly Wild Tonight.', speaker: 'Sam Pell', cue: 'said', start: at(text, 'Truly'), end: at(text, '”') },
      { text: 'wounded hero', speaker_mention: 'Critics', cue: 'said', start: at(text, 'wounded'), end: at(text, 'wounded') + 12 },
    ]);
  });
});

describe('a phrase named as a phrase, with a cue only in another clause', () => {
  test('"a clip posted online …, and the phrase “…” was trending" quotes nobody', () => {
    const text = 'A clip of the interview posted to the station’s page had been watched two million times by noon, and the phrase “mostly dry” was trending on X.';
    expect(texts(text)).toEqual([]);
  });

  test('… while a cue in its own clause makes the phrase the speaker\'s', () => {
    const text = 'Senator Ida Holm mocked the phrase “fiscal glide path” on Monday.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'fiscal glide path', speaker: 'Ida Holm', cue: 'mocked', start: at(text, 'fiscal'), end: at(text, '”') }]);
  });
});

describe('slogans listed after words a thing carries', () => {
  test('"signs reading “A” and “B.”": the second slogan is on the signs too, not the next speaker\'s', () => {
    const text = 'By the harbour gate, fishermen waved placards reading “Keep the Quay” and “Tolls Are Theft.” Their spokesman, Lena Voss, said the crews wanted a meeting.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.start])).toEqual([['indirect', 'the crews wanted a meeting', 'Lena Voss', text.indexOf('the crews')]]);
    expect(quotesOf('Marchers carried banners reading "No Tolls", "Free Ferries" or "Not Here." Mara Okafor said the march was calm.').filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('negative: words after a slogan that end on a comma run into their own cue and are the speaker\'s', () => {
    const text = 'The placard read “Save the Quay” and “we will be back every week,” Tomas Arvid told the crowd.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.start, q.end])).toEqual([['partial', 'we will be back every week,', 'Tomas Arvid', 'told', text.indexOf('we will'), text.indexOf('” Tomas')]]);
    const shop = 'The sign in the window read “Shut”, and “we are done with this street,” the baker said.';
    expect(quotesOf(shop).map((q) => [q.type, q.text, q.speaker_mention, q.cue])).toEqual([['partial', 'we are done with this street,', 'the baker', 'said']]);
  });

  test('negative: words a speaker says in a list are still her partial quotes', () => {
    const text = 'Voss said the plan was “reckless” and “unfair.”';
    expect(quotesOf(text).map((q) => [q.type, q.speaker, q.cue, q.start])).toEqual([['partial', 'Voss', 'said', text.indexOf('reckless')], ['partial', 'Voss', 'said', text.indexOf('unfair')]]);
  });
});

describe('words a thing carries after a participle of saying', () => {
  test('"signs warning of “…”", "a banner saying “…”": the sign\'s words, no quote', () => {
    expect(quotesOf('Along the towpath, boat owners nailed up placards warning of "no mooring," which the canal trust never wrote.')).toEqual([]);
    expect(quotesOf('Marchers held a banner saying “Hands Off Our Pier” as Voss spoke.')).toEqual([]);
  });

  test('negative: a person warning of something in quotation marks is still quoted', () => {
    const text = 'Voss warned of “grave consequences” if the pier closed.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.start])).toEqual([['partial', 'grave consequences', 'Voss', 'warned', text.indexOf('grave')]]);
  });
});

describe('a label on a thing is no speech', () => {
  test('"a box labeled “…”", "The crate, marked “…,”": the words are written on the thing, no quote and no speaker "a box"', () => {
    expect(quotesOf('Police found a box labeled “Do not open” in the garage.')).toEqual([]);
    expect(quotesOf('The crate, marked “handle with care and keep dry,” arrived broken.')).toEqual([]);
  });

  test('negative: a person labelling something is quoted, and a person labelled by others is no thing', () => {
    const text = 'Critics labeled the plan “a giveaway to developers.”';
    expect(quote(text, 'a giveaway')).toMatchObject({ type: 'partial', text: 'a giveaway to developers.', speaker_mention: 'Critics', cue: 'labeled' });
    const person = 'The senator, labeled “a traitor to the party” by rivals, said she would run again.';
    expect(quotesOf(person).map((q) => q.text)).toContain('a traitor to the party');
  });
});

describe('a programme named after "told", "interview with" or "aired … on" is no quotation', () => {
  test('"Vance told “Breakfast with Friends,” reminding …": the programme is the hearer, the quotation before it stays', () => {
    const text = '“Of course he is fair game,” Rita Vance told “Breakfast with Friends,” reminding the hosts of the vote.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['Of course he is fair game,']);
    expect(quotes[0]).toMatchObject({ type: 'direct', speaker: 'Rita Vance', cue: 'told', cue_start: text.indexOf('told') });
  });

  test('"in an interview with “Sunday Politics.”" and "in an interview aired Monday on “New Day.”"', () => {
    const withProgramme = 'Vance has backed the mayor, Rita Vance said in an interview with “Sunday Politics.”';
    expect(quotesOf(withProgramme).filter((q) => q.type !== 'indirect')).toEqual([]);
    const aired = '“No money, no volunteers,” Rita Vance said in an interview aired Monday on “New Day.”';
    expect(quotesOf(aired).map((q) => q.text)).toEqual(['No money, no volunteers,']);
  });

  test('"“…,” Vance told “Morning Desk.”": after a quotation, the title told is the programme', () => {
    const text = '“We will win,” Rita Vance told “Morning Desk.”';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ type: 'direct', text: 'We will win,', start: 1, end: 13, speaker: 'Rita Vance', cue: 'told' })]);
  });

  test('negative: title-case words someone was told, or told with nothing after them, are spoken', () => {
    const told = 'When she asked for a raise, Mina Sorel said she was told “No Way.”';
    expect(quotesOf(told).filter((q) => q.type === 'direct')).toEqual([
      expect.objectContaining({ text: 'No Way.', start: told.indexOf('No Way'), end: told.indexOf('No Way') + 7, speaker: 'Mina Sorel' }),
    ]);
    const slogan = 'Asked about the strike, Ivo Brandt told “Enough Is Enough.”';
    expect(quotesOf(slogan)).toEqual([expect.objectContaining({ type: 'direct', text: 'Enough Is Enough.', speaker: 'Ivo Brandt', cue: 'told' })]);
  });

  test('negative: words in title case after "told reporters:" are still spoken', () => {
    const text = 'Asked about the vote, Rita Vance told reporters: “We Will Win.”';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ type: 'direct', text: 'We Will Win.', speaker: 'Rita Vance', cue: 'told' })]);
  });
});

describe('a review\'s or an article\'s headline in quotation marks', () => {
  test('"headlined “…”" and "under the headline “…”" name a headline, no one\'s words; the review\'s own quoted words stay', () => {
    const text = 'His review, headlined “A Quiet Triumph,” praised the cast. The Courier gave it one star under the headline “Too Long by Half.” In the review she complained about its “endless fog.”';
    expect(texts(text)).toEqual(['endless fog.']);
    expect(quote(text, 'endless fog')).toMatchObject({ type: 'partial', start: at(text, 'endless fog'), speaker_mention: 'she', cue: 'complained', cue_start: at(text, 'complained') });
  });

  test('near miss: quoted words after "headline" used otherwise are still the speaker\'s', () => {
    const text = 'Ruiz said the plan was “dead on arrival,” a line that made every headline.';
    expect(quote(text, 'dead on arrival')).toMatchObject({ type: 'partial', speaker: 'Ruiz', cue: 'said', start: at(text, 'dead on arrival') });
  });
});

describe('a quoted name right before the kind of work that is no film or show', () => {
  test('"her “Lanterns” tour": the tour\'s name is no partial quote; the report around it stays', () => {
    const text = 'She adds that she plans to finish the European leg of her "Lanterns" tour in March.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.cue])).toEqual([['indirect', 'she plans to finish the European leg of her "Lanterns" tour in March', 'adds']]);
    expect(quote(text, 'she plans')).toMatchObject({ start: at(text, 'she plans'), speaker_mention: 'She', cue_start: at(text, 'adds') });
  });

  test('near miss: quoted words before "tour" that end their clause are still quoted', () => {
    const text = 'Ruiz said the tour was "a triumph" and the album "a mess."';
    expect(texts(text)).toEqual(['a triumph', 'a mess.']);
  });
});

describe('a work\'s title in apposition to it, the sentence going on with a verb', () => {
  test('"the big closing number, “Hold the Door,” was cut" names a song; the speaker\'s own quotation stays', () => {
    const text = 'Rafe Ndiaye said the score had changed, and that the big closing number, “Hold the Door,” was finished on a train. “I was too tired to argue with it,” he said.';
    expect(texts(text)).not.toContain('Hold the Door,');
    expect(quote(text, 'I was too tired')).toMatchObject({ type: 'direct', text: 'I was too tired to argue with it,', start: at(text, 'I was too tired'), speaker: 'Rafe Ndiaye', speaker_mention: 'he', cue: 'said' });
  });

  test('near miss: a frame after the comma makes the quotation spoken: "the song, “Go On Home,” she said, …"', () => {
    const text = 'Mara Lind talked about the record. “Of all of them, I love the song,” she said. “Go On Home,” she added, “is the one I sing to my son.”';
    expect(texts(text)).toContain('Go On Home,');
  });

  test('near miss: a fronted topic and a cue verb after the comma: "On the final song, “…,” remembered Ana Ruiz."', () => {
    const text = 'On the final song, “It Never Fails to Move Them,” remembered Ana Ruiz.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'It Never Fails to Move Them,', start: at(text, 'It Never'), type: 'direct', speaker: 'Ana Ruiz', cue: 'remembered', outlet: null })]);
  });

  test('near miss: "Of the album, “Sheer Delight,” gushed one critic." and a sentence in the marks are speech', () => {
    const title = 'Of the album, “Sheer Delight,” gushed one critic.';
    expect(quotesOf(title)).toEqual([expect.objectContaining({ text: 'Sheer Delight,', start: at(title, 'Sheer'), type: 'direct', speaker_mention: 'one critic', cue: 'gushed', outlet: null })]);
    const sentence = 'Of the album, “Sheer delight from the first bar,” wrote one critic.';
    expect(quotesOf(sentence)).toEqual([expect.objectContaining({ text: 'Sheer delight from the first bar,', start: at(sentence, 'Sheer'), type: 'direct', speaker_mention: 'one critic', cue: 'wrote', outlet: null })]);
  });

  test('a verb that is no cue after the title keeps it a title: "her single, “Paper Moon,” climbed the charts"', () => {
    const text = 'Her second single, “Salt and Ash,” climbed the charts in June.';
    expect(texts(text)).toEqual([]);
  });
});

describe('a nickname in apposition after a person\'s name', () => {
  test('between dashes with who calls him so: "Kyle Benson — “the Bulldozer” to fans — is …"', () => {
    const text = 'Forward Tomas Brandt — “the Wrecking Ball” to fans — is expected to play on Friday, the coach said.';
    expect(texts(text)).not.toContain('the Wrecking Ball');
    expect(quote(text, 'Forward Tomas')).toMatchObject({ type: 'indirect', start: 0, speaker_mention: 'the coach', cue: 'said' });
  });

  test('between commas: "Tomas Brandt, “the Wrecking Ball,” scored twice"', () => {
    const text = 'Tomas Brandt, “the Wrecking Ball,” scored twice in the second period. “We kept it simple,” he said.';
    expect(texts(text)).toEqual(['We kept it simple,']);
    expect(quote(text, 'We kept')).toMatchObject({ start: at(text, 'We kept'), speaker: 'Tomas Brandt', speaker_mention: 'he', cue: 'said' });
  });

  test('near miss: words after a cue and a name are spoken: "said Brandt, “Never Again,” and left"', () => {
    const text = '“No,” said Tomas Brandt, “Never Again,” and walked out of the rink.';
    expect(texts(text)).toEqual(['No,', 'Never Again,']);
  });

  test('near miss: a name opened by a preposition is a topic and the cue after it makes speech: "Of Ana Ruiz, “A Born Captain,” remarked …"', () => {
    const cases: [string, string, string, string][] = [
      ['Of Ana Ruiz, “A Born Captain,” remarked the team\'s owner.', 'A Born Captain,', 'the team\'s owner', 'remarked'],
      ['For Tomas Brandt, “Pure Quality,” wrote one pundit after the game.', 'Pure Quality,', 'one pundit', 'wrote'],
      ['On Brandt, “Quite Simply Unique,” tweeted the club\'s president.', 'Quite Simply Unique,', 'the club\'s president', 'tweeted'],
      ['Of Brandt, “He Cannot Be Replaced,” insisted the manager.', 'He Cannot Be Replaced,', 'the manager', 'insisted'],
      ['To Leeds, “Best of Luck,” replied the Hull coach, grinning.', 'Best of Luck,', 'the Hull coach', 'replied'],
    ];
    for (const [text, words, mention, cue] of cases) {
      expect(quotesOf(text)).toEqual([expect.objectContaining({ text: words, start: at(text, words), type: 'direct', speaker_mention: mention, cue, outlet: null })]);
    }
  });
});

describe('chants of a crowd of fans', () => {
  test('a chant of unnamed, counted fans has no speaker and is no quotation', () => {
    const text = 'Lee Grant punched the bag as about 2,000 fans chanted “Iron Man! Iron Man!” from the stands.';
    expect(quotesOf(text)).toEqual([]);
  });

  // (Who the speaker is of a kept chant is not asked here: only that the chant stays.)
  test('fans named by their team or school keep their chant', () => {
    const text = 'Marlow College fans also chanted “Go home, go home,” as the visitors left.';
    const words = 'Go home, go home,';
    expect(quotesOf(text).map((q) => [q.text, q.cue, q.start, q.end])).toEqual([[words, 'chanted', at(text, words), at(text, words) + words.length]]);
  });

  test('protesters chanting keep their chant, as PolNeAR annotates it', () => {
    const text = 'Protesters outside the depot chanted “No cuts, no closures!” until dusk.';
    const words = 'No cuts, no closures!';
    expect(quotesOf(text).map((q) => [q.text, q.cue, q.start, q.end])).toEqual([[words, 'chanted', at(text, words), at(text, words) + words.length]]);
  });
});
