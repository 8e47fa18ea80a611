import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'o' }).entities;
const outlets = (text: string) => entities(text).outlets.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => [m.start, m.end, m.text]) }));

describe('outlets: "the" and the news word of an outlet named in full', () => {
  test('"the Gazette" after "the Port Elwin Gazette" is the same outlet, not a person', () => {
    const text = 'According to the Port Elwin Gazette, the ferry will stop.\n\nThe Gazette also says the pier is closed.';
    const at = text.indexOf('Gazette also');
    expect(outlets(text)).toEqual([{ name: 'Port Elwin Gazette', mentions: [[text.indexOf('Port Elwin'), text.indexOf('Port Elwin') + 18, 'Port Elwin Gazette'], [at, at + 7, 'Gazette']] }]);
    expect(entities(text).people).toEqual([]);
  });

  test('a news word that ends two of the outlets named is left alone ("the Post")', () => {
    const text = 'The mayor told the Harbour Post she would stay, and spoke to the Valley Post later. The Post also ran a poll.';
    expect(outlets(text).map((o) => o.mentions.length)).toEqual([1, 1]);
  });

  test('without "the" before it, the word alone is no outlet ("Gazette Street")', () => {
    const text = 'The Port Elwin Gazette reported the closure. Its office is on Gazette Street.';
    expect(outlets(text).map((o) => o.mentions.length)).toEqual([1]);
  });
});

describe('outlets: a kind of news medium before the name, a staff job after it', () => {
  const names = (text: string) => entities(text).outlets.map((o) => o.name);

  test('"the German newspaper Bild", "the daily AS", "the music podcast “Tide Talk”" name outlets', () => {
    const text = 'A courtier told the German newspaper Bild that all was well. The coach was quoted by the daily AS as saying he was calm. She spoke on the music podcast “Tide Talk,” last week.';
    expect(names(text)).toEqual(['Bild', 'AS', 'Tide Talk']);
  });

  test('a website with its beat names an outlet ("the cycling website Velotrax"); a state website does not (negative case)', () => {
    const text = 'The cycling website Velotrax reported that the team had signed two riders. Voters can check their status on the state website VoteNow, officials said.';
    expect(names(text)).toEqual(['Velotrax']);
    expect(entities(text).people).toEqual([]);
  });

  test('a longer known name wins over the shorter one it opens ("Politico Europe", not Politico); "Catholic News Agency" and "Letsrun" are known', () => {
    const text = 'Politico Europe reported that the vote had slipped. A priest told Catholic News Agency that the parish would close. Letsrun reported that the race was fast.';
    expect(names(text)).toEqual(['Politico Europe', 'Catholic News Agency', 'Letsrun']);
    expect(entities(text).people).toEqual([]);
  });

  test('a kind word in small letters after a known name is no part of it ("Hello! magazine" is Hello!)', () => {
    expect(names('"Nobody is angry," the friend told Hello! magazine on Sunday.')).toEqual(['Hello!']);
  });

  test('an outlet\'s possessive before a staff job ("Vulture\'s critic")', () => {
    expect(names("Vulture's critic, Hollis Grant, called the episode slow.")).toEqual(['Vulture']);
  });

  test('no outlet: an adjective "weekly" before a plural name, a given name after "the paper", a word with no staff job after it', () => {
    expect(names('Carson fell out of the weekly Power Rankings. The paper Laura Benn wrote won a prize. Vulture\'s nest was empty.')).toEqual([]);
  });
});

describe('outlets: a channel or desk after a known name is part of it', () => {
  test('"BBC Radio Elwin" is one outlet, not BBC beside it', () => {
    const text = 'The captain, Tomas Reid, told BBC Radio Elwin the squad wanted him to stay.';
    const at = text.indexOf('BBC');
    expect(outlets(text)).toEqual([{ name: 'BBC Radio Elwin', mentions: [[at, at + 15, 'BBC Radio Elwin']] }]);
  });

  test('a known name followed by a word that opens no channel stays as it is ("BBC Elwin")', () => {
    expect(outlets('The captain told the BBC Elwin side would fold.').map((o) => o.name)).toEqual(['BBC']);
  });

  test('a known channel whose last word the tagger reads as a verb is whole: "BBC Radio 5 Live"', () => {
    const text = 'The winger, Ollie Brandt, spoke to BBC Radio 5 Live after the match.';
    const at = text.indexOf('BBC');
    expect(outlets(text)).toEqual([{ name: 'BBC Radio 5 Live', mentions: [[at, at + 16, 'BBC Radio 5 Live']] }]);
  });

  test('a word after a known channel that makes no longer known name stays out: "BBC Radio 4 Live" is BBC Radio 4', () => {
    expect(outlets('The winger spoke to BBC Radio 4 Live from the stadium.').map((o) => o.name)).toEqual(['BBC Radio 4']);
  });
});

describe('outlets: a broadcaster\'s nation or programme named after it', () => {
  test('"told BBC Wales" is the outlet BBC Wales, not the BBC', () => {
    expect(outlets('"The rain came fast," Tom Reid told BBC Wales on Sunday.').map((o) => o.name)).toEqual(['BBC Wales']);
  });

  test('"on BBC\'s Match of the Day" names both the broadcaster and its programme', () => {
    expect(outlets('"It was never a penalty," Tom Reid said on BBC\'s Match of the Day.').map((o) => o.name)).toEqual(['BBC', 'Match of the Day']);
  });

  test('negative: "the BBC in Wales" is the BBC', () => {
    expect(outlets('Tom Reid, speaking to the BBC in Wales, said it was "fine."').map((o) => o.name)).toEqual(['BBC']);
  });
});

describe('a podcast named in quotation marks is one outlet', () => {
  test('a plain outlet word opening a longer quoted title is the title\'s: the series “Nightline Protocol” names no outlet Nightline', () => {
    const text = 'The slate is led by the thriller "Nightline Protocol," the chief executive said. Tom Reid told ABC News it was "bold."';
    expect(outlets(text).map((o) => o.name)).toEqual(['ABC News']);
  });

  test('negative: the programme\'s own title in quotation marks is still the outlet ("appeared on “Nightline”")', () => {
    expect(outlets('Tom Reid appeared on "Nightline" on Monday and said the plan was "bold."').map((o) => o.name)).toEqual(['Nightline']);
  });

  test('"the podcast “Press Start Again”" is the outlet Press Start Again, not "Press"', () => {
    const text = 'Ben Lafleur said on the podcast “Press Start Again” that he had warned the board.';
    expect(outlets(text).map((o) => o.name)).toEqual(['Press Start Again']);
  });

  test('an unquoted name after the kind keeps its run (negative case)', () => {
    const text = 'Mara Okafor told the weekly Harbour Gazette she was done.';
    expect(outlets(text).map((o) => o.name)).toEqual(['Harbour Gazette']);
  });
});

describe('outlets: words inside a title in quotation marks', () => {
  const outletNames = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => o.name);

  test('a nickname in quotation marks is no outlet, and a name inside a foundation’s title is none', () => {
    expect(outletNames('The striker, whom fans have nicknamed “the Late Show” for his late goals, scored again. A charity called the “Friends Of The People Trust” paid for the banner.')).toEqual([]);
  });

  test('speech in quotation marks still names its outlet, and a channel inside a programme title stays one', () => {
    expect(outletNames('“I told The New York Times everything,” Okafor said. She spoke on Wednesday’s “MSNBC Live.”')).toEqual(['The New York Times', 'MSNBC']);
  });
});

describe('outlets: a speaker\'s own podcast', () => {
  test('a podcast named after "her podcast," is an outlet', () => {
    const text = 'The host Tia Ruiz-Mont devoted her podcast, “Side Door,” to the feud.';
    expect(outlets(text).map((o) => o.name)).toEqual(['Side Door']);
    expect(entities(text).films).toEqual([]);
    // (Not a name after her own kind word with no title in quotation marks: "her weekly Zoom call".)
    expect(outlets('Tia Ruiz-Mont opens her weekly Zoom call on Fridays.')).toEqual([]);
  });

  test('after any owner\'s possessive ("our podcast"), not after a company\'s "its"', () => {
    expect(outlets('We devoted our podcast, “Side Door,” to the feud.').map((o) => o.name)).toEqual(['Side Door']);
    expect(outlets('The studio devoted its podcast, “Side Door,” to the feud.')).toEqual([]);
  });
});

describe('outlets known only in context', () => {
  test('an outlet whose name is an ordinary word, after "in an interview with" and "told": "Complex"', () => {
    const text = 'In an interview with Complex on Friday, Dario Vell said he wanted credit. Complex rules apply to samples.';
    expect(outlets(text)).toEqual([{ name: 'Complex', mentions: [[text.indexOf('Complex'), text.indexOf('Complex') + 7, 'Complex']] }]);
  });

  test('an outlet whose name is an ordinary word, after "confirmed to": "People"; not the word in ordinary use', () => {
    const text = 'People were surprised. The singer\'s manager confirmed to People on Friday that the tour was cancelled.';
    const at = text.lastIndexOf('People');
    expect(outlets(text)).toEqual([{ name: 'People', mentions: [[at, at + 6, 'People']] }]);
  });

  test('an adverb may stand in "speaking briefly with X": the outlet is a source, and no person', () => {
    const text = 'In an interview with Complex, Dario Vell said he wrote the ending first. Mina Osei, speaking briefly with Complex, said she was tired.';
    const at = [text.indexOf('Complex'), text.lastIndexOf('Complex')];
    expect(outlets(text)).toEqual([{ name: 'Complex', mentions: at.map((i) => [i, i + 7, 'Complex']) }]);
    expect(entities(text).people.map((p) => p.name)).toEqual(['Dario Vell', 'Mina Osei']);
  });

  test('negative: an adverb after "speaking" with no "to" or "with" is no source context ("speaking frankly, Complex …")', () => {
    expect(outlets('Speaking frankly, Complex rules apply to samples, Lena Tarrow said.')).toEqual([]);
  });

  test('"a Variety reporter": an outlet before one of its staff jobs; not the word alone', () => {
    const text = 'When a Variety reporter asked Mona Reyes about the ending, she left. Variety is what the festival lacked.';
    expect(outlets(text)).toEqual([{ name: 'Variety', mentions: [[text.indexOf('Variety'), text.indexOf('Variety') + 7, 'Variety']] }]);
  });
});

describe('outlets: a title in quotation marks with its kind of medium after it', () => {
  test('"the “Night Shift” podcast" is the outlet Night Shift, small words and all ("“Behind the Curtain” podcast")', () => {
    expect(outlets('Speaking on the "Night Shift" podcast, Rosa Vell said she was ready. Tom Hale told the "Behind the Curtain" podcast he agreed.')).toEqual([
      { name: 'Night Shift', mentions: [[17, 28, 'Night Shift']] },
      { name: 'Behind the Curtain', mentions: [[88, 106, 'Behind the Curtain']] },
    ]);
  });

  test('negative: a show\'s title before "weekly ratings" or "episode" is no outlet', () => {
    expect(outlets('The "Night Shift" weekly ratings fell, and the "Harbour Lane" episode drew complaints, Rosa Vell said.')).toEqual([]);
  });
});

describe('outlets: the first word of an outlet named in full is that outlet', () => {
  test('"told Gazzetta" after "Gazzetta dello Sport" is one outlet with both mentions, and no person', () => {
    const text = 'Rosa Pane spoke to the sports daily Gazzetta dello Sport on Monday. "Nothing," she told Gazzetta.';
    const full = text.indexOf('Gazzetta dello');
    const short = text.lastIndexOf('Gazzetta');
    expect(outlets(text)).toEqual([{ name: 'Gazzetta dello Sport', mentions: [[full, full + 20, 'Gazzetta dello Sport'], [short, short + 8, 'Gazzetta']] }]);
    expect(entities(text).people.map((p) => p.name)).toEqual(['Rosa Pane']);
  });

  test('an outlet that is no first word of another stays its own (negative case)', () => {
    const text = 'Rosa Pane spoke to the sports daily Gazzetta dello Sport on Monday. "Nothing," she told Reuters.';
    expect(outlets(text).map((o) => o.name)).toEqual(['Gazzetta dello Sport', 'Reuters']);
  });
});

describe('outlets: the first word of an outlet named in full, as the asker of a question', () => {
  test('"Questioned by Süddeutsche …" is a mention of Süddeutsche Zeitung, listed once, and no person', () => {
    const text = 'Keeper looks back\n\nJonas Brehm sat for an hour with the German daily Süddeutsche Zeitung.\n\nQuestioned by Süddeutsche about the shoot-out, Brehm grinned. “I guessed left, like always,” he said.';
    const full = text.indexOf('Süddeutsche Zeitung');
    const short = text.indexOf('Süddeutsche about');
    expect(outlets(text)).toEqual([{ name: 'Süddeutsche Zeitung', mentions: [[full, full + 19, 'Süddeutsche Zeitung'], [short, short + 11, 'Süddeutsche']] }]);
    expect(entities(text).people.map((p) => p.name)).toEqual(['Jonas Brehm']);
  });

  test('the word with a capital after it is part of another name, no mention (negative case)', () => {
    const text = 'Keeper looks back\n\nJonas Brehm sat for an hour with the German daily Süddeutsche Zeitung.\n\nQuestioned by Süddeutsche Rundfunk reporters about the shoot-out, Brehm grinned.';
    expect(outlets(text).find((o) => o.name === 'Süddeutsche Zeitung')?.mentions.length).toBe(1);
  });
});

describe('outlets: an abbreviation the article spells out', () => {
  test('"ET" beside "Entertainment Tonight" is one outlet named in full; "EW" alone keeps its abbreviation', () => {
    const text = 'Lina Voss said the tour was over, speaking to Entertainment Tonight on Friday. "I am tired," she told ET. Her sister told EW last year that it would end.';
    const full = text.indexOf('Entertainment Tonight');
    const et = text.indexOf('ET.');
    const ew = text.indexOf('EW');
    expect(outlets(text)).toEqual([
      { name: 'Entertainment Tonight', mentions: [[full, full + 21, 'Entertainment Tonight'], [et, et + 2, 'ET']] },
      { name: 'EW', mentions: [[ew, ew + 2, 'EW']] },
    ]);
  });

  test('"ET" never spelled out stays "ET" (negative case)', () => {
    const text = '"I am tired," Lina Voss told ET on Friday.';
    expect(outlets(text).map((o) => o.name)).toEqual(['ET']);
  });
});

describe('outlets: a known outlet that is also an ordinary word, before a writer\'s name', () => {
  test('"the Telegraph’s Oliver Brant", "Deadline’s Ana Ruiz": the possessive before a person\'s full name is the outlet, and the writer a person', () => {
    const text = 'The film drew mixed notices, while the Telegraph’s Oliver Brant gave it two stars.';
    expect(outlets(text)).toEqual([{ name: 'Telegraph', mentions: [[39, 48, 'Telegraph']] }]);
    expect(entities(text).people.map((p) => p.name)).toEqual(['Oliver Brant']);
    expect(outlets('Deadline’s Ana Ruiz reported the deal.')).toEqual([{ name: 'Deadline', mentions: [[0, 8, 'Deadline']] }]);
  });

  test('negative: a possessive before a name with no known given name, or an ordinary word that is no outlet, names none', () => {
    expect(outlets('The film drew mixed notices, while the Telegraph’s Ivo Brant gave it two stars.')).toEqual([]);
    expect(outlets('Hope’s Ana Ruiz sang first.')).toEqual([]);
  });
});

describe('outlets: the fashion trade paper in the gazetteer', () => {
  test('"told WWD" and its spelled-out name are the outlet, and the quote takes it', () => {
    expect(outlets('Ivo Brant told WWD that sales grew.')).toEqual([{ name: 'WWD', mentions: [[15, 18, 'WWD']] }]);
    expect(outlets('Ivo Brant told Women’s Wear Daily that sales grew.')).toEqual([{ name: 'Women’s Wear Daily', mentions: [[15, 33, 'Women’s Wear Daily']] }]);
    const text = 'The show closed on Sunday. Ivo Brant, a buyer for a Tokyo store, told WWD that the coats would sell well in Asia.';
    expect(extractArticle(text, { id: 'o' }).quotes.map((q) => [q.type, q.start, q.end, q.speaker, q.cue, q.outlet])).toEqual([['indirect', 79, 112, 'Ivo Brant', 'told', 'WWD']]);
  });

  test('negative: a capitalised word sharing its letters in another case is no outlet ("Wwd" is no name)', () => {
    expect(outlets('The wwd team met Ivo Brant on Friday.')).toEqual([]);
  });
});

describe('outlets: a capital "The" opening the sentence belongs to a known outlet\'s name', () => {
  test('"… mixed. The Atlantic\'s critic" is "The Atlantic", as written mid-sentence', () => {
    const text = 'Notices were mixed. The Atlantic’s critic, Ana Vell, called the opera "a long sulk."';
    expect(outlets(text)).toEqual([{ name: 'The Atlantic', mentions: [[20, 32, 'The Atlantic']] }]);
  });

  test('negative: an outlet whose known name has no "the" keeps none ("The BBC said")', () => {
    const text = 'Ratings fell. The BBC said the drama would return in spring.';
    expect(outlets(text)).toEqual([{ name: 'BBC', mentions: [[18, 21, 'BBC']] }]);
  });
});

describe('outlets: a critic\'s or writer\'s outlet after "reviewing … for" / "writing for"', () => {
  test('"Reviewing the album for Variety, critic …": Variety, an ordinary word, is the outlet there', () => {
    const text = 'Reviewing the album for Variety, critic Jon Mell called it "a glorious mess."';
    expect(outlets(text)).toEqual([{ name: 'Variety', mentions: [[24, 31, 'Variety']] }]);
  });

  test('"…, writing for Time, called it …"', () => {
    expect(outlets('Jon Mell, writing for Time, called the tour "a victory lap."').map((o) => o.name)).toEqual(['Time']);
  });

  test('negative: a longer name going on after the word is no outlet ("reviewed its plans for Variety Street")', () => {
    expect(outlets('The council reviewed its plans for Variety Street in May.')).toEqual([]);
    expect(outlets('She was reviewing the budget for People First when the call came.')).toEqual([]);
  });
});

describe('outlets: a name between a possessive and a kind of news medium ("his Beacon newsletter")', () => {
  test('"Writing in his Beacon newsletter, the analyst …": Beacon is the outlet, the kind word no part of it', () => {
    const text = 'Writing in his Beacon newsletter, the analyst Tom Hale said the merger would fail.';
    expect(outlets(text)).toEqual([{ name: 'Beacon', mentions: [[15, 21, 'Beacon']] }]);
  });

  test('"the newsletter Popwire": "newsletter" is a kind word before a name too', () => {
    expect(outlets('Tom Hale told the newsletter Popwire that the merger would fail.').map((o) => o.name)).toEqual(['Popwire']);
  });

  test('negative: a platform is no outlet ("her Substack newsletter"), nor a town after "the" ("The Springfield newspaper")', () => {
    expect(outlets('Writing in her Substack newsletter, the analyst Tina Hale said the merger would fail.')).toEqual([]);
    expect(outlets('The Springfield newspaper said the plan would fail.')).toEqual([]);
  });
});

describe('outlets: a nationality before a kind of outlet describes the outlet named after it', () => {
  test('"the Australian broadcaster Harbour Nine": the name after the kind word is the outlet, the nationality none', () => {
    const text = 'The footage was first aired by the Australian broadcaster Harbour Nine late on Sunday.';
    const at = text.indexOf('Harbour Nine');
    expect(outlets(text)).toEqual([{ name: 'Harbour Nine', mentions: [[at, at + 12, 'Harbour Nine']] }]);
  });

  test('a modifier may stand between ("the Irish public broadcaster Clare Radio"), and "an Australian newspaper" is no outlet', () => {
    const text = 'Ines Varga told the Irish public broadcaster Clare Radio that the pier would close. An Australian newspaper reported the same.';
    const at = text.indexOf('Clare Radio');
    expect(outlets(text)).toEqual([{ name: 'Clare Radio', mentions: [[at, at + 11, 'Clare Radio']] }]);
  });

  test('negative: the newspaper called The Australian stays an outlet, with or without its kind word after it', () => {
    // (Named "The Australian", the capital "The" opening the sentence being the name's: see the sentence-opening "The" rule above.)
    expect(outlets('The Australian reported on Friday that the mine would reopen.').map((o) => o.name)).toEqual(['The Australian']);
    expect(outlets('The Australian newspaper reported on Friday that the mine would reopen.').map((o) => o.name)).toEqual(['The Australian']);
  });

  test('negative: a person after "broadcaster" is no outlet ("the veteran broadcaster Ray Cotter")', () => {
    const found = entities('The veteran broadcaster Ray Cotter said he would retire in May.');
    expect(found.outlets).toEqual([]);
    expect(found.people.map((p) => p.name)).toEqual(['Ray Cotter']);
  });
});

describe('outlets: "broadcaster" alone is also a person\'s job', () => {
  const article = (text: string) => extractArticle(text, { id: 'o' });

  test('an unlisted given name after "the seasoned broadcaster" is a person speaker, no outlet', () => {
    const text = 'The seasoned broadcaster Fenwick Oduya said the programme would be rested.';
    const found = article(text);
    expect(found.entities.outlets).toEqual([]);
    expect(found.quotes.map((q) => [q.text, q.type, q.speaker, q.speaker_kind, q.cue, q.outlet])).toEqual([['the programme would be rested', 'indirect', 'Fenwick Oduya', 'person', 'said', null]]);
  });

  test('a given name that is also a known outlet opens a person\'s name there, not the outlet ("the broadcaster Oprah Tennant")', () => {
    const found = article('The broadcaster Oprah Tennant said the novel had moved her.');
    expect(found.entities.outlets).toEqual([]);
    expect(found.quotes.map((q) => [q.speaker, q.speaker_kind])).toEqual([['Oprah Tennant', 'person']]);
  });

  test('after a nationality or "public"/"state", or with an outlet-shaped name, the name is the outlet', () => {
    expect(outlets('The state broadcaster Tavro Vision said the vote was fair.').map((o) => o.name)).toEqual(['Tavro Vision']);
    expect(outlets('The broadcaster KTRV said the bridge had reopened.').map((o) => o.name)).toEqual(['KTRV']);
    expect(outlets('The broadcaster Channel Eleven said the bridge had reopened.').map((o) => o.name)).toEqual(['Channel Eleven']);
  });
});

describe('an outlet whose name is an ordinary word, opening a sentence before its writer', () => {
  test('"In Variety, X was cooler, writing that …" names Variety; "In Time, X became …" names nothing (negative case)', () => {
    expect(entities('The reviews were mixed. In Variety, Sarah Quinn was cooler, writing that the play ran long.').outlets.map((o) => o.name)).toEqual(['Variety']);
    expect(entities('In Time, Sarah Quinn became a better actor.').outlets).toEqual([]);
  });
});

describe('outlets named by their staff or their owner, or as publishing', () => {
  const outletNames = (text: string) => entities(text).outlets.map((o) => o.name);

  test('"Variety\'s chief TV critic, NAME," at a sentence\'s start: two modifiers before the staff job', () => {
    expect(outletNames('Variety’s chief TV critic, Tom Bell, wrote that the show was “a gem”.')).toEqual(['Variety']);
  });

  test('"against the publisher of the Daily Ledger" and "The Ledger published …": an unknown paper by its news word', () => {
    expect(outletNames('The actor won his claim against the publisher of the Daily Ledger on Friday. The Ledger published four photographs of him.')).toEqual(['Daily Ledger']);
  });

  test('negative: a firm that publishes books is no outlet ("Harbour Books published the memoir")', () => {
    expect(outletNames('Harbour Books published the memoir in March, said Ana Ruiz.')).toEqual([]);
  });
});

describe('a capital "The" inside a sentence', () => {
  test('an outlet first named at a sentence start takes "The" from a later mention written with it', () => {
    expect(outlets('The Ridgeway Times reported the news on Sunday. He told The Ridgeway Times that he was tired.').map((o) => o.name)).toEqual(['The Ridgeway Times']);
  });
  test('a "The" that only opens a sentence is no part of the name a mid-sentence mention gave', () => {
    expect(outlets('Lee told the Guardian that she would run. The Guardian later confirmed the interview.').map((o) => o.name)).toEqual(['Guardian']);
    expect(outlets('Lee spoke to the Washington Post on Monday. The Washington Post said she would run.').map((o) => o.name)).toEqual(['Washington Post']);
  });
});

describe('"The Times" after the one outlet named in full that ends in "Times"', () => {
  test('is a mention of that outlet, not an outlet of its own', () => {
    const text = 'Speaking to The Seattle Times in May, Ivo Brandt said the ferry would run. “We start in June,” Brandt told The Times.';
    const full = text.indexOf('The Seattle Times');
    const short = text.lastIndexOf('The Times');
    expect(outlets(text)).toEqual([{ name: 'The Seattle Times', mentions: [[full, full + 17, 'The Seattle Times'], [short, short + 9, 'The Times']] }]);
  });
  test('negative: with two such outlets, or none, "The Times" stays itself', () => {
    expect(outlets('Ivo Brandt spoke to The Seattle Times and to the Los Angeles Times. Later he told The Times he was done.').map((o) => o.name)).toEqual(['The Seattle Times', 'Los Angeles Times', 'The Times']);
    expect(outlets('Later Ivo Brandt told The Times he was done.').map((o) => o.name)).toEqual(['The Times']);
  });
});

describe('a city is never the paper named after it', () => {
  test('"in Sacramento" beside The Sacramento Bee is no mention of the paper', () => {
    const text = 'The Sacramento Bee reported the fine in May. Forecaster Lia Moreno of the weather office in Sacramento said the rain would stop.';
    expect(outlets(text)).toEqual([{ name: 'The Sacramento Bee', mentions: [[0, 18, 'The Sacramento Bee']] }]);
  });
});

describe('outlets before a noun for land, and long names matched as written', () => {
  test('"the ABC industrial belt" is a place, no outlet', () => {
    expect(outlets('Osei, who organised workers in the ABC industrial belt, said the reform would pass.')).toEqual([]);
  });
  test('"Time Out New York" opening a sentence is the listings magazine', () => {
    const text = 'The revue opened on Monday. Time Out New York gave it four stars.';
    const i = text.indexOf('Time Out');
    expect(outlets(text)).toEqual([{ name: 'Time Out New York', mentions: [[i, i + 17, 'Time Out New York']] }]);
  });
});

describe('outlets: "The Times" after a longer Times, a land noun that is no phrase\'s last, titles around a long name', () => {
  const names = (text: string) => entities(text).outlets.map((o) => o.name);
  const span = (text: string, s: string) => [text.indexOf(s), text.indexOf(s) + s.length, s];

  test('"The Times" is a paper of its own beside the Financial Times or the Sunday Times', () => {
    const a = 'The chancellor told the Financial Times that rates would hold. In a separate interview, she told The Times that she would not resign.';
    expect(outlets(a)).toEqual([{ name: 'Financial Times', mentions: [span(a, 'Financial Times')] }, { name: 'The Times', mentions: [span(a, 'The Times')] }]);
    expect(names('The minister wrote in the Sunday Times that the plan was sound. Later she told The Times that she would not resign.')).toEqual(['Sunday Times', 'The Times']);
  });

  test('"The Times" after "The New York Times" is that paper; not where an apposition says otherwise', () => {
    const a = 'The New York Times reported the merger. The Times said that the talks had stalled.';
    expect(outlets(a)).toEqual([{ name: 'The New York Times', mentions: [span(a, 'The New York Times'), [a.indexOf('The Times'), a.indexOf('The Times') + 9, 'The Times']] }]);
    expect(names('The Times, a London paper, reported the merger after The New York Times did.')).toEqual(['The Times', 'The New York Times']);
  });

  test('the town of "the Edmonton Journal" or "the Hamilton Spectator" alone is no mention of the paper', () => {
    const a = 'Defenceman Luc Roy told the Edmonton Journal he was healthy. Edmonton said on Friday that Roy would miss two games.';
    expect(outlets(a)).toEqual([{ name: 'Edmonton Journal', mentions: [span(a, 'Edmonton Journal')] }]);
    const b = 'Roy told the Hamilton Spectator he was retiring. “I\'m done,” Hamilton said.';
    expect(outlets(b)).toEqual([{ name: 'Hamilton Spectator', mentions: [span(b, 'Hamilton Spectator')] }]);
  });

  test('a land noun before another noun is no place: "the BBC district office", "the NBC area bureau"', () => {
    const a = 'The BBC district office said that the programme would move to Salford.';
    expect(outlets(a)).toEqual([{ name: 'BBC', mentions: [span(a, 'BBC')] }]);
    expect(names('“We are covering the whole area,” said Ana Ruiz, who runs the NBC area bureau.')).toEqual(['NBC']);
  });

  test('capitalised words between the name and the land noun: "the ABC Paulista region" is a place', () => {
    expect(outlets('Factories in the ABC Paulista region have shed jobs, the union said.')).toEqual([]);
  });

  test('a long name inside a longer title-case run is the title\'s: "Nobody Is Above the Law", "Rising Above the Law"', () => {
    expect(outlets('Nobody Is Above the Law, the campaign slogan read.')).toEqual([]);
    expect(outlets('Rising Above the Law: A Memoir will be published in May, Ruiz said.')).toEqual([]);
    expect(names('But Above the Law reported that the firm had cut bonuses.')).toEqual(['Above the Law']);
  });
});

describe('outlets: programmes named by ordinary phrases, "the Times" beside a longer Times', () => {
  const names = (text: string) => entities(text).outlets.map((o) => o.name);

  test('a programme named by an ordinary phrase needs a programme signalled, and is no part of a longer run', () => {
    expect(names('Lena Ortiz, who runs the Fresh Air Fund, said the camp would reopen in June.')).toEqual([]);
    expect(names('The band\'s new album, As It Happens, is out on Friday, Lena Ortiz said.')).toEqual([]);
    expect(names('Lena Ortiz said on As It Happens that she would appeal.')).toEqual(['As It Happens']);
    expect(names('Lena Ortiz told NPR\'s Fresh Air that she would appeal.')).toEqual(['NPR', 'Fresh Air']);
    expect(names('Tomas Reid, the host of Fresh Air, said he would retire.')).toEqual(['Fresh Air']);
  });

  test('a quoted programme after a network\'s possessive is an outlet, no film', () => {
    const e = entities('Lena Ortiz said on the network\'s “Morning Joe” program that she would appeal.');
    expect(e.outlets.map((o) => o.name)).toEqual(['Morning Joe']);
    expect(e.films).toEqual([]);
  });

  test('"the Times" after the Irish or the Sunday Times is listed apart', () => {
    expect(names('The Irish Times reported the deal on Monday. “It was a long year,” Lena Ortiz told the Times.')).toEqual(['The Irish Times', 'Times']);
    expect(names('The Sunday Times reported the deal on Monday. “It was a long year,” Lena Ortiz told the Times.')).toEqual(['The Sunday Times', 'Times']);
    // (Nor is a bare "the Times" elsewhere a mention of the Financial Times.)
    const a = 'The Financial Times reported the deal. The figures in the Times were wrong, Lena Ortiz said.';
    expect(outlets(a).find((o) => o.name === 'Financial Times')?.mentions).toEqual([[a.indexOf('Financial'), a.indexOf('Financial') + 15, 'Financial Times']]);
  });
});

describe('outlets: a paper or a station known by the form of its name after a source context', () => {
  test('"told La Voce di Lucca", "told Radio Cinque": outlets, never people, with no kind word before them', () => {
    const text = 'Gino Rota told La Voce di Lucca about the landslide, which had closed the road. Elena Basso told Radio Cinque about the strike.';
    const voce = text.indexOf('La Voce');
    const radio = text.indexOf('Radio Cinque');
    expect(outlets(text)).toEqual([{ name: 'La Voce di Lucca', mentions: [[voce, voce + 16, 'La Voce di Lucca']] }, { name: 'Radio Cinque', mentions: [[radio, radio + 12, 'Radio Cinque']] }]);
    expect(entities(text).people.map((p) => p.name)).toEqual(['Gino Rota', 'Elena Basso']);
  });

  test('without a source context before it, such a name is left to the other readers (negative case)', () => {
    const text = 'Gino Rota walked past Radio Cinque on his way home.';
    expect(outlets(text)).toEqual([]);
  });
});

const names = (text: string) => entities(text).outlets.map((o) => o.name);

describe('outlets whose names are common things in capitals count only in a source context', () => {
  test('"CCTV footage", "CCTV cameras", "the TRT test", "into The Ring": no outlet', () => {
    expect(names('CCTV footage shows the suspect leaving the store, police spokesman Dan Oyelaran said.')).toEqual([]);
    expect(names('The manager said CCTV cameras had been “switched off” for a week.')).toEqual([]);
    expect(names('Police said the TRT test was positive, adding it was “conclusive”.')).toEqual([]);
    expect(names('The boxer stepped into The Ring at Madison Square Garden and said, “I am ready.”')).toEqual([]);
  });

  test('after "told" or a kind of medium they are the outlets', () => {
    expect(names('The minister told CCTV that the talks were “fruitful”.')).toEqual(['CCTV']);
    expect(names('The minister told TRT that the talks were “fruitful”.')).toEqual(['TRT']);
    expect(names('The champion told The Ring that he was “not done yet”.')).toEqual(['The Ring']);
    expect(names('The minister said on the state broadcaster CCTV that the talks were “fruitful”.')).toEqual(['CCTV']);
  });
});

describe('a person whose surname opens an outlet\'s name keeps it', () => {
  test('"coach Jim Fox said" beside Fox Sports: a person and an outlet', () => {
    const e = entities('“We were robbed,” coach Jim Fox said after the game. Fox Sports showed the replay twice.');
    expect(e.people.map((p) => p.name)).toEqual(['Jim Fox']);
    expect(outlets('“We were robbed,” coach Jim Fox said after the game. Fox Sports showed the replay twice.')).toEqual([{ name: 'Fox Sports', mentions: [[53, 63, 'Fox Sports']] }]);
  });

  test('"Fox reported" with no given name before it stays an outlet (negative of the given-name rule)', () => {
    const text = 'Fox Sports showed the replay twice. The match was “a disgrace”, Fox reported.';
    expect(names(text)).toEqual(['Fox Sports', 'Fox']);
  });
});

describe('outlets: a known outlet reporting first or breaking a story', () => {
  test('an adverb of order between the outlet and "reported" keeps it the source ("Deadline first reported")', () => {
    expect(outlets('Deadline first reported the merger of the two studios.')).toEqual([{ name: 'Deadline', mentions: [[0, 8, 'Deadline']] }]);
  });

  test('"broke the news" after a known outlet names it the source', () => {
    const text = 'Last week The Guardian broke the news of the ferry sale.';
    const at = text.indexOf('The Guardian');
    expect(outlets(text)).toEqual([{ name: 'The Guardian', mentions: [[at, at + 12, 'The Guardian']] }]);
  });
});

describe('outlets: long names with "of" and "Higher Education" (data/outlets.json)', () => {
  test('"The Chronicle of Higher Education" is one outlet, and "the Chronicle" after it a mention of it', () => {
    const text = 'Ruth Okafor told The Chronicle of Higher Education that the library would close. Borrowing fell by a third, the Chronicle reported.';
    const full = text.indexOf('The Chronicle of');
    const short = text.indexOf('Chronicle reported');
    expect(outlets(text)).toEqual([{ name: 'The Chronicle of Higher Education', mentions: [[full, full + 33, 'The Chronicle of Higher Education'], [short, short + 9, 'Chronicle']] }]);
  });
});

describe('a podcast named after its kind in quotation marks is an outlet, whatever its words', () => {
  test('"The history podcast “Salt Kings” will end": the outlet Salt Kings, listed once, no film', () => {
    const text = 'The history podcast “Salt Kings” will end this year, its producers said.';
    expect(outlets(text)).toEqual([{ name: 'Salt Kings', mentions: [[text.indexOf('Salt Kings'), text.indexOf('Salt Kings') + 10, 'Salt Kings']] }]);
    expect(entities(text).films).toEqual([]);
  });

  test('near miss: an unquoted run ending in a plural after the kind is still no outlet', () => {
    const text = 'She topped the weekly Harbour League Rankings again.';
    expect(outlets(text)).toEqual([]);
  });
});

describe('outlets: the Irish article "An" before a news word names no paper', () => {
  test('"An Post said …" (the Irish postal service) lists no outlet, by its name or its news word; the quote keeps its speaker', () => {
    const text = 'An Post said it welcomed the plan. The post office will stay open.';
    expect(outlets(text)).toEqual([]);
    expect(extractArticle(text, { id: 'o' }).quotes.map((q) => [q.text, q.speaker])).toEqual([['it welcomed the plan', 'An Post']]);
  });

  test('near miss: "The Denver Post said" and the Portuguese "A Bola" stay outlets', () => {
    expect(outlets('The Denver Post said it welcomed the plan.')).toEqual([{ name: 'The Denver Post', mentions: [[0, 15, 'The Denver Post']] }]);
    expect(outlets('Sports daily A Bola reported the transfer.').map((o) => o.name)).toEqual(['A Bola']);
  });
});
