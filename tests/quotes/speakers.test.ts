import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';


describe('person-like speakers win over other noun phrases', () => {
  test('a nearer cue whose subject is no person yields to the speaker further left', () => {
    const text = 'Jane Cole says the mayor’s late-night posts accusing the council of fraud are “lies and nonsense.”';
    expect(quote(text, 'lies and')).toMatchObject({
      text: 'lies and nonsense.', type: 'partial', speaker: 'Jane Cole', speaker_mention: 'Jane Cole', speaker_start: 0, cue: 'says', cue_start: at(text, 'says'),
    });
  });

  test('a participle cue after its object takes the subject of the sentence', () => {
    const text = 'Governor Alan Smith unleashed a series of posts early Monday saying that his rival had shown “very bad judgment.”';
    expect(quote(text, 'very bad')).toMatchObject({ type: 'partial', speaker: 'Alan Smith', speaker_mention: 'Alan Smith', cue: 'saying', cue_start: at(text, 'saying') });
  });

  test('a participle cue after a comma takes the subject of the sentence, not the place before the comma', () => {
    const text = 'Mary Adams spoke on Tuesday about the flood in Dayton, Ohio, arguing that the delay was “a disgrace to the county.”';
    expect(quote(text, 'a disgrace')).toMatchObject({ type: 'partial', speaker: 'Mary Adams', speaker_mention: 'Mary Adams', speaker_start: 0, cue: 'arguing' });
  });

  test('"posts" after a determiner or adjective is a noun, not a cue', () => {
    const text = 'Jane Cole says Baker’s flurry of late-night posts about the judge was “reckless, even by his standards.”';
    expect(quote(text, 'reckless')).toMatchObject({ type: 'partial', speaker: 'Jane Cole', speaker_mention: 'Jane Cole', cue: 'says', cue_start: at(text, 'says') });
  });

  test('a document still speaks when no person is in reach', () => {
    const text = '“Entry is free for children under five,” the notice said.';
    expect(quote(text, 'Entry is free')).toMatchObject({ type: 'direct', speaker_mention: 'the notice', speaker_kind: 'anonymous', cue: 'said' });
  });
});

describe('dash attribution in a list of quotes', () => {
  test('a horizontal bar and a name ending at the line break, one quote a line', () => {
    const text = 'Readers wrote in.\n\n“The new bridge is ugly and far too expensive for a town this size.” ― Ana Ruiz\n“I cross it every morning and it has cut my commute in half.”― Tom G. Becker\n';
    expect(quote(text, 'The new bridge')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', speaker_start: at(text, 'Ana Ruiz'), cue: '―', cue_start: at(text, '― Ana') });
    expect(quote(text, 'I cross it')).toMatchObject({ type: 'direct', speaker: 'Tom G. Becker', speaker_mention: 'Tom G. Becker', cue: '―' });
  });
});

describe('cue-less partial quotes and weak verbs', () => {
  test('a partial quote takes the pronoun subject of its own sentence, not the earlier speaker of the paragraph', () => {
    const text = 'Mayor Ruth Vance said the budget was fine. Her rival Tom Abel disagreed. He called for a “full and honest audit of every account.”';
    expect(quote(text, 'full and honest')).toMatchObject({ type: 'partial', speaker: 'Tom Abel', speaker_mention: 'He', speaker_start: at(text, 'He called'), cue: null });
  });

  test('a partial quote with no cue in a sentence opened by a pronoun', () => {
    const text = 'Senator Ann Pike spoke first. “We will vote today,” she said. Later Paul Ortiz took the floor.\n\nShe also wants a “fair hearing for every town in the state.”';
    expect(quote(text, 'fair hearing')).toMatchObject({ type: 'partial', speaker: 'Ann Pike', speaker_mention: 'She', speaker_start: at(text, 'She also'), cue: null });
  });

  test('a weak verb right after a quote that breaks off is its cue', () => {
    const text = '“As far as I can tell,” she elaborated, “nobody loses.” Earlier, Dana Kerr had opened the hearing.';
    expect(quote(text, 'As far as I')).toMatchObject({ type: 'direct', speaker_mention: 'she', speaker_start: at(text, 'she'), cue: 'elaborated', cue_start: at(text, 'elaborated') });
  });

  test('a weak verb in a clause after the quote is not its cue', () => {
    const text = 'Ed Moss defended the plan on Friday, saying “That makes it cheaper,” when Ortiz criticised him for the cost.';
    expect(quote(text, 'That makes it')).toMatchObject({ speaker: 'Ed Moss', speaker_mention: 'Ed Moss', cue: 'saying' });
  });

  test('a cue after the quote whose subject is no person yields to a named speaker before it', () => {
    const text = 'The fact-checkers claimed Smith made a “selective reading of the data,” and concluded his comments were wrong.';
    expect(quote(text, 'selective reading')).toMatchObject({ type: 'partial', speaker_mention: 'The fact-checkers', cue: 'claimed', cue_start: at(text, 'claimed') });
  });
});

describe('more attribution patterns', () => {
  test('inverted "said X" when the tagger reads the capitalised name or town as a verb', () => {
    const text = 'Voters were split. “I cannot vote for him,” said Concord resident Skip Morrow.';
    expect(quote(text, 'I cannot vote')).toMatchObject({ type: 'direct', speaker: 'Skip Morrow', speaker_mention: 'Skip Morrow', speaker_start: at(text, 'Skip'), cue: 'said', cue_start: at(text, 'said') });
  });

  test('an infinitive cue takes the subject of its sentence: "X went on to say, “…”"', () => {
    const text = 'Laura Lowe spoke for an hour. Lowe went on to say, “With all my heart, I believe this is right.”';
    expect(quote(text, 'With all my')).toMatchObject({ type: 'direct', speaker: 'Laura Lowe', speaker_mention: 'Lowe', speaker_start: at(text, 'Lowe went'), cue: 'say', cue_start: at(text, 'say,') });
  });

  test('a colon introduction with no cue: the subject of the introduction', () => {
    const text = 'Governor Tom Hale spoke last. He also leaned on his record in the race: “Who can really beat him in the fall? I can.”';
    expect(quote(text, 'Who can really')).toMatchObject({ type: 'direct', speaker: 'Tom Hale', speaker_mention: 'He', speaker_start: at(text, 'He also'), cue: null });
  });

  test('a colon introduction with no cue and no personal subject: the name before the colon', () => {
    const text = 'The timing of the surge does not surprise Republican pollster Dana Shaw: “Lesser-known candidates have often seen the biggest boost.”';
    expect(quote(text, 'Lesser-known')).toMatchObject({ type: 'direct', speaker: 'Dana Shaw', speaker_mention: 'Dana Shaw', speaker_start: at(text, 'Dana'), cue: null });
  });

  test('a one-word scare quote after a colon is not attributed by it', () => {
    const text = 'It was the actor’s final act: “sulking” at the side of the stage.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });
});

describe('headlines', () => {
  test('a title-case first line is a headline even with a full stop: its quoted words are not quotes', () => {
    const text = 'Angry Mayor Lena Brooks Says City Budget Is ‘a total mess’, Vows Veto.\n\nMayor Lena Brooks spoke on Monday. “We will not sign it,” Brooks said.';
    const quotes = quotesOf(text).filter((q) => q.type !== 'indirect');
    expect(quotes.map((q) => q.text)).toEqual(['We will not sign it,']);
    expect(quote(text, 'We will not')).toMatchObject({ type: 'direct', speaker: 'Lena Brooks', speaker_mention: 'Brooks', cue: 'said' });
  });
});

describe('weak verbs', () => {
  test('the phrase after a weak verb is its object, not the speaker; "and called" takes the sentence subject', () => {
    const text = 'The singer Paul Dane said it would be a quieter record, and called his old style of music “dead and buried.”';
    expect(quote(text, 'dead and buried')).toMatchObject({ type: 'partial', speaker: 'Paul Dane', speaker_mention: 'The singer Paul Dane'.slice(11), cue: 'called', cue_start: at(text, 'called') });
  });

  test('an inverted weak verb right after the closing mark still names the speaker', () => {
    const text = '“That was the best night of my life,” laughed actress Mia Torres.';
    expect(quote(text, 'That was the best')).toMatchObject({ type: 'direct', speaker: 'Mia Torres', speaker_mention: 'Mia Torres', cue: 'laughed', cue_start: at(text, 'laughed') });
  });

  test('"signed" after a quoted sign-off', () => {
    const text = 'The note went up on Friday. “Your old friend and partner in crime, Jo,” Jo Marsh signed her note.';
    expect(quote(text, 'Your old friend')).toMatchObject({ type: 'direct', speaker: 'Jo Marsh', speaker_mention: 'Jo Marsh', cue: 'signed', cue_start: at(text, 'signed') });
  });
});

describe('definite descriptions', () => {
  test('"The actress, who …, revealed" refers back to the woman named before', () => {
    const text = 'Emma Quinn directed her first film this year. The actress, who became famous in a police drama, revealed it took ten years to get the money together.';
    expect(quote(text, 'it took ten years')).toMatchObject({ type: 'indirect', speaker: 'Emma Quinn', speaker_mention: 'The actress', speaker_kind: 'person', cue: 'revealed' });
  });

  test('inverted "said the label founder" refers back to the person named before', () => {
    const text = 'Tony Marsh founded the label in 1978.\n\n“I am not an actor and I was awful in that film,” said the label founder.';
    expect(quote(text, 'I am not an actor')).toMatchObject({ type: 'direct', speaker: 'Tony Marsh', speaker_mention: 'the label founder', speaker_kind: 'person', cue: 'said' });
  });

  test('a plural or indefinite description stays anonymous', () => {
    const text = 'Tony Marsh founded the label in 1978. “The deal is off,” a spokesman said.';
    expect(quote(text, 'The deal is off')).toMatchObject({ speaker: null, speaker_mention: 'a spokesman', speaker_kind: 'anonymous' });
  });
});

describe('outlet nouns', () => {
  test('"appearing on the show" does not borrow an outlet named earlier', () => {
    const text = 'Kim Lowe left Fox News in 2017. Debra Mays said after appearing on the show that she regretted it. “It was a mistake to go on,” Mays said.';
    expect(quote(text, 'It was a mistake')).toMatchObject({ speaker: 'Debra Mays', outlet: null });
  });
});

describe('quoted sentences inside narration', () => {
  test('a question about him, then his quoted answer with no cue', () => {
    const text = 'Actor Jake Moss is famously private.\n\nWould he like to talk about the divorce? “I would rather talk about the film, to be honest.” The room goes quiet.';
    expect(quote(text, 'I would rather')).toMatchObject({ type: 'direct', speaker: 'Jake Moss', speaker_mention: 'he', speaker_start: at(text, 'he like'), cue: null });
  });

  test('a quoted sentence followed by "He trails off"', () => {
    const text = 'Actor Jake Moss is famously private.\n\nThe rumours come up. “Everyone has an opinion about my life, but …” He trails off and looks away.';
    expect(quote(text, 'Everyone has an opinion')).toMatchObject({ type: 'direct', speaker: 'Jake Moss', cue: null });
  });

  test('a short quoted phrase in narration gets no speaker from its neighbours', () => {
    const text = 'Actor Jake Moss is famously private. He smiles. “Not now.” The room goes quiet.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });
});

describe('a cue in a clause after a partial quote', () => {
  test('"X said … “…” until Y said …": the quote is X\'s, the later cue reports its own clause', () => {
    const text = 'The council met late. Tom Bell said he was “kind of sitting on the fence” until Ruiz declared her support for the levy.';
    expect(quote(text, 'kind of sitting')).toMatchObject({ type: 'partial', speaker: 'Tom Bell', speaker_mention: 'Tom Bell', speaker_start: at(text, 'Tom Bell'), cue: 'said', cue_start: at(text, 'said he') });
  });

  test('"X accuses Y of “…” and Z says …": the clause joined by "and" is Z\'s, the quote before it X\'s', () => {
    const text = 'The harbour vote is close. Lena Ortiz accuses the mayor of “hiding the repair bills” and Tom Hart says the town is “losing its harbour.”';
    expect(quote(text, 'hiding the repair')).toMatchObject({ type: 'partial', speaker: 'Lena Ortiz', cue: 'accuses' });
    expect(quote(text, 'losing its harbour')).toMatchObject({ type: 'partial', speaker: 'Tom Hart', cue: 'says' });
  });

  test('a clause closed by a comma before the cue does not hide it: "“…” when the lights went down, according to a source"', () => {
    const text = 'After the anchor Lena Park asked about the loan, the pair grew “testy” when the lights went down, according to one person at the studio.';
    expect(quote(text, 'testy')).toMatchObject({ type: 'partial', speaker_mention: 'one person at the studio', cue: 'according to' });
  });
});

describe('a plain-form "verb" after "a"/"an" and a noun is a noun', () => {
  test('"left a Twitter comment …, saying “…”": the writer speaks, not Twitter', () => {
    const text = 'The ferries came back on Sunday. Mayor Ana Ruiz left a Twitter comment for the crews, saying, “The boats are home at last!”';
    expect(quote(text, 'The boats are home')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', speaker_kind: 'person' });
  });

  test('"a senior Reed advise(r) who …": a misspelt title does not make Reed the speaker', () => {
    const text = '“We have until June,” said Omar Diallo, a senior Reed advise who ran the count. “It is a long count.”';
    expect(quote(text, 'It is a long count')).toMatchObject({ type: 'direct', speaker: 'Omar Diallo' });
  });

  test('a past tense spelled like the plain form is still a cue: "as an aide put it"', () => {
    const text = 'The mayor, who won by what an aide put it as “a landslide of goodwill,” left early.';
    expect(quote(text, 'a landslide')).toMatchObject({ speaker_mention: 'an aide', cue: 'put' });
  });
});

describe('a long apposition between the quote and its cue', () => {
  test('"“…,” NAME, a six-word description, said" reaches the cue beyond the usual window', () => {
    const text = 'The delay reflects the board\'s worries. “Nobody here thinks the harbour can wait,” Peter Lund, a veteran outside harbour board adviser, said at a forum.';
    expect(quote(text, 'Nobody here')).toMatchObject({ type: 'direct', speaker: 'Peter Lund', speaker_mention: 'Peter Lund', cue: 'said', cue_start: at(text, 'said') });
  });

  test('a comma after a name that opens a new clause is no apposition', () => {
    const text = 'The levy vote slipped again. “Nobody here thinks the harbour can wait,” Peter Lund, who chairs the board, told the council, and left. The board met on Friday and the mayor said nothing.';
    expect(quote(text, 'Nobody here')).toMatchObject({ speaker: 'Peter Lund', cue: 'told' });
  });
});

describe('a verb of finding or thinking whose that-clause holds the quote', () => {
  test('"An audit found that … “…”": the audit is the source', () => {
    const text = 'The ferry board met on Monday. A city audit found that the ferry fund had lost “the tolls and fees” of a whole year.';
    expect(quote(text, 'the tolls and fees')).toMatchObject({ type: 'partial', speaker_mention: 'A city audit', cue: 'found', cue_start: at(text, 'found') });
  });

  test('a speaker after the quote still wins over the verb before it', () => {
    const text = 'The ferry board hopes that the tolls will cover “the whole repair bill,” said Nora Vidal, its chair.';
    expect(quote(text, 'the whole repair')).toMatchObject({ speaker: 'Nora Vidal', cue: 'said' });
  });
});

describe('a surname that is also a role word', () => {
  test('"Mila Dean", "Tomas Judge": after a given name the role word is the surname', () => {
    const text = 'The school board met. Fees are “a tax on every family,” Mila Dean told the board. “Nobody asked us,” Tomas Judge said.';
    expect(quote(text, 'a tax on every')).toMatchObject({ type: 'partial', speaker: 'Mila Dean', speaker_mention: 'Mila Dean', cue: 'told' });
    expect(quote(text, 'Nobody asked us')).toMatchObject({ type: 'direct', speaker: 'Tomas Judge', speaker_mention: 'Tomas Judge', cue: 'said' });
  });

  test('a role word with no given name before it is still a role: "the dean said", "Dean Lena Moss said"', () => {
    const text = 'The school board met. “Nobody asked us,” the dean said. “We will vote no,” said Dean Lena Moss.';
    expect(quote(text, 'Nobody asked us')).toMatchObject({ speaker_mention: 'the dean', speaker_kind: 'anonymous' });
    expect(quote(text, 'We will vote no')).toMatchObject({ speaker: 'Lena Moss', speaker_role: 'dean' });
  });
});

describe('abbreviations after the quote', () => {
  test('a party-state tag in parentheses does not end the sentence before the cue', () => {
    const text = 'The vote was close. “We expect the override to pass easily,” Senate Majority Leader Tom Kell (R-Ky.) said on Wednesday.';
    expect(quote(text, 'We expect the override')).toMatchObject({ type: 'direct', speaker: 'Tom Kell', speaker_mention: 'Tom Kell', speaker_role: 'leader', cue: 'said', cue_start: at(text, 'said') });
  });

  test('"U.S." before a word that opens a sentence ends the sentence, so its report is not lost to the next one\'s quotation', () => {
    const text = 'The hearing ran long.\n\nPaula Oduya says the agency is hiding how many ferries it has sold abroad since leaving the U.S. She now wants “open books from day one.”';
    expect(quote(text, 'the agency is hiding')).toMatchObject({ text: 'the agency is hiding how many ferries it has sold abroad since leaving the U.S.', type: 'indirect', speaker: 'Paula Oduya', cue: 'says', cue_start: at(text, 'says') });
    expect(quote(text, 'open books')).toMatchObject({ type: 'partial', speaker: 'Paula Oduya', speaker_mention: 'She' });
  });

  test('"U.S." before a capitalised name stays inside the sentence', () => {
    const text = 'The hearing ran long. Paul Oduya told the U.S. Senate panel that the agency is hiding its ferry sales.';
    expect(quote(text, 'the agency is hiding')).toMatchObject({ text: 'the agency is hiding its ferry sales', speaker: 'Paul Oduya', cue: 'told' });
  });
});

describe('sentence subjects', () => {
  test('an opening adverbial phrase is stepped over to find the subject of a cue-less partial quote', () => {
    const text = 'The race is tight. In recent weeks, Tom Reid has gone after his rival as a “human vacuum cleaner for donor money.”';
    expect(quote(text, 'human vacuum')).toMatchObject({ type: 'partial', speaker: 'Tom Reid', speaker_mention: 'Tom Reid', speaker_start: at(text, 'Tom Reid'), cue: null });
  });

  test('a magazine describing something speaks for itself over the sentence subject', () => {
    const text = 'At its peak, the show had eight million viewers, with the TV Weekly magazine describing it as “a cross between a sitcom and a circus.”';
    expect(quote(text, 'a cross between')).toMatchObject({ type: 'partial', speaker_mention: 'the TV Weekly magazine', cue: 'describing' });
  });
});

describe('names the tagger reads as verbs', () => {
  test('"“…,” Lynch said" and the full name registered across the verb-tagged surname', () => {
    const text = 'Maria Lynch spoke first. “I asked the first question and he took the second,” Lynch said.';
    expect(quote(text, 'I asked the first')).toMatchObject({ type: 'direct', speaker: 'Maria Lynch', speaker_mention: 'Lynch', speaker_start: at(text, 'Lynch said'), cue: 'said', cue_start: at(text, 'said') });
  });
});

describe('more weak cues', () => {
  test('"“…,” X sings" and "chanting “…”"', () => {
    const text = 'The event ran late. “Promise me you will come home safe,” Ana Blige sings to the candidate. Tom Hart strode onto the stage, chanting “We will win! We will win!”';
    expect(quote(text, 'Promise me')).toMatchObject({ type: 'direct', speaker: 'Ana Blige', speaker_mention: 'Ana Blige', cue: 'sings', cue_start: at(text, 'sings') });
    expect(quote(text, 'We will win')).toMatchObject({ speaker: 'Tom Hart', speaker_mention: 'Tom Hart', cue: 'chanting' });
  });

  test('a document that "reads"', () => {
    const text = 'The letter was signed by ten members. “We see new schools offering parents hope,” the letter reads.';
    expect(quote(text, 'We see new schools')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'the letter', speaker_kind: 'anonymous', cue: 'reads', cue_start: at(text, 'reads') });
  });
});

describe('participles', () => {
  test('an opening participle phrase with a place in it is stepped over to the subject', () => {
    const text = 'The race went on. Addressing a crowd in Dayton, Ohio, Tom Hadley went after his rival, calling him “a cardboard cutout.”';
    expect(quote(text, 'a cardboard cutout')).toMatchObject({ type: 'partial', speaker: 'Tom Hadley', speaker_mention: 'Tom Hadley', cue: 'calling', cue_start: at(text, 'calling') });
  });

  test('the phrase after a participle cue is its content, not its speaker', () => {
    const text = 'The talks stalled. A foreign ministry official responded by saying the government should be careful “to stay out of the dispute” in the strait.';
    const q = quote(text, 'to stay out');
    expect(q.speaker_mention).not.toBe('Japan');
    expect(q).toMatchObject({ type: 'partial', speaker_kind: 'anonymous' });
  });
});

describe('inverted weak cues', () => {
  test('"“…,” remembered X"', () => {
    const text = 'The board met in 1999. “A lot of analysts said no, and she set out to prove them wrong,” remembered Roy Vance, the firm’s former spokesman.';
    expect(quote(text, 'A lot of analysts')).toMatchObject({ type: 'direct', speaker: 'Roy Vance', speaker_mention: 'Roy Vance', cue: 'remembered', cue_start: at(text, 'remembered') });
  });
});

describe('more sentence subjects', () => {
  test('a partial quote after "In an August speech, X attacked …"', () => {
    const text = 'The speech was long. In an August speech, Tom Hadley attacked “the spiteful creed of his opponents.”';
    expect(quote(text, 'the spiteful creed')).toMatchObject({ type: 'partial', speaker: 'Tom Hadley', speaker_mention: 'Tom Hadley', cue: null });
  });

  test('"Meanwhile, it attacked X, saying …": the subject, not the object before the comma', () => {
    const text = 'The ad ran on Monday in three states. Meanwhile, it attacked Tom Hadley, saying he “has offended veterans and their families.”';
    expect(quote(text, 'has offended')).toMatchObject({ type: 'partial', speaker_mention: 'it', speaker_start: at(text, 'it attacked'), cue: 'saying' });
  });
});

describe('a new sentence after a quote that ends with a full stop', () => {
  test('"He said that …" after the quote is a new report; the quote keeps its own cue', () => {
    const text = 'The ruling came on Friday. In a statement, Tom Hadley said the decision “will force us to put dead voters back on the rolls.” He said that the state would appeal.';
    expect(quote(text, 'will force us')).toMatchObject({ type: 'partial', speaker: 'Tom Hadley', speaker_mention: 'Tom Hadley', cue: 'said', cue_start: at(text, 'said the') });
  });

  test('a bare "he said." after the quote still belongs to it', () => {
    const text = 'Tom Hadley spoke last. “We intend to appeal.” he said.';
    expect(quote(text, 'We intend to appeal')).toMatchObject({ speaker: 'Tom Hadley', speaker_mention: 'he', cue: 'said' });
  });
});

describe('pronouns and the sentence they stand in', () => {
  test('a pronoun after its own sentence’s subject refers to that subject, not to a name in between', () => {
    const text = '“The race was exhausting for everyone,” said Dana Reyes.\n\nRuth Okafor spoke next. Okafor says she thanked Lena Ortiz for standing firm during what she calls a “long season of bitter remarks.”';
    expect(quote(text, 'long season')).toMatchObject({
      type: 'partial', speaker: 'Ruth Okafor', speaker_mention: 'she', speaker_start: text.lastIndexOf('she calls'), cue: 'calls',
    });
  });

  test('"what it called" takes the organisation the sentence is about', () => {
    const text = 'The Harbour Council promised new fines for dumping, which it called “a growing danger to the bay.”';
    expect(quote(text, 'a growing danger')).toMatchObject({ type: 'partial', speaker: 'Harbour Council', speaker_mention: 'it', speaker_kind: 'organization', cue: 'called' });
  });

  test('a hyphenated given name stays whole', () => {
    const text = 'Officials met on Friday.\n\nChairman Park Min-jun criticised the vote, which he called a “shameful mistake” by the board.';
    expect(quote(text, 'shameful mistake')).toMatchObject({ type: 'partial', speaker: 'Park Min-jun', speaker_mention: 'he', cue: 'called' });
  });
});

describe('a quote that ends its sentence', () => {
  test('a cue with its own clause after it reports the next sentence, not the quote', () => {
    const text = 'Mayor Ann Green said on Friday she likes the ferry scheme but said “the price still worries us.” Gov. Tom Hart said it would be unwise to rush.';
    expect(quote(text, 'the price')).toMatchObject({ type: 'partial', speaker: 'Ann Green', speaker_mention: 'Ann Green', speaker_start: at(text, 'Ann Green'), cue: 'said', cue_start: text.indexOf('said “') });
  });

  test('"X said Wednesday she …" after the quote is a new report too', () => {
    const text = 'Prosecutor Lena Marsh argued that “faith in the courts has collapsed.” Senator Ann Reed said Wednesday she, too, wanted a review.';
    expect(quote(text, 'faith in')).toMatchObject({ type: 'partial', speaker: 'Lena Marsh', cue: 'argued' });
  });

  test('"He said X “…”" after the quote introduces its own quotation', () => {
    const text = 'The head of the union, Jonah Green, argued that the new rule would be “unfair to our members.” He said local workers “have seen this happen before.”';
    expect(quote(text, 'unfair')).toMatchObject({ type: 'partial', speaker: 'Jonah Green', speaker_mention: 'Jonah Green', cue: 'argued' });
    expect(quote(text, 'have seen')).toMatchObject({ type: 'partial', speaker: 'Jonah Green', speaker_mention: 'He', cue: 'said' });
  });

  test('words quoted at the end of a sentence with a cue before them keep that cue', () => {
    const text = 'Denmark insisted that its neighbour “stop the dangerous games.” The agency said the region had shown restraint.';
    expect(quote(text, 'stop the')).toMatchObject({ type: 'partial', speaker: 'Denmark', speaker_mention: 'Denmark', cue: 'insisted' });
  });
});

describe('names with a party label or a nickname', () => {
  test('"NAME (PARTY-Place), said" takes the name before the label', () => {
    const text = '“We will fund the schools,” Maria Lane (D-Norfolk), said on Tuesday.';
    expect(quote(text, 'We will fund')).toMatchObject({ type: 'direct', speaker: 'Maria Lane', speaker_mention: 'Maria Lane', speaker_start: at(text, 'Maria'), cue: 'said' });
  });

  test('an apposition with a title and a party label before the cue', () => {
    const text = '“What a night for our town!” Scott’s niece, state Del. Maria Lane (D-Norfolk), shouted to the crowd.';
    expect(quote(text, 'What a night')).toMatchObject({ type: 'direct', speaker: 'Maria Lane', speaker_mention: 'Maria Lane', cue: 'shouted' });
  });

  test('a nickname in quotation marks is neither a quote nor a barrier to the cue', () => {
    const text = '“What a night for our town!” Del. Maria “Mia” Lane (D-Norfolk) shouted to the crowd.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['What a night for our town!']);
    expect(quotes[0]).toMatchObject({ speaker: 'Maria Lane', speaker_mention: 'Maria “Mia” Lane', speaker_start: at(text, 'Maria'), cue: 'shouted' });
  });
});

describe('more subjects before the cue', () => {
  test('a plural possessive apostrophe in a relative clause is not a quotation mark', () => {
    const text = 'Ruth Miller, who leads the fund for the nurses’ children, said, “Nobody on the council listens to them.”';
    expect(quote(text, 'Nobody on')).toMatchObject({ type: 'direct', speaker: 'Ruth Miller', speaker_mention: 'Ruth Miller', speaker_start: 0, cue: 'said' });
  });

  test('"NAME insisted that …" after a quote that ends its sentence starts a new report', () => {
    const text = 'Norway branded the plan an “outlaw scheme in the region.” Sweden insisted that Oslo “stop its games.”';
    expect(quote(text, 'outlaw scheme')).toMatchObject({ type: 'partial', speaker_mention: 'Norway', cue: 'branded' });
    expect(quote(text, 'stop its games')).toMatchObject({ type: 'partial', speaker_mention: 'Sweden', cue: 'insisted' });
  });

  test('"he" after a speaker whose gender the article never gives refers to that speaker, not to an earlier man', () => {
    const text = '“We are ready,” said Tom Reilly, the party chairman.\n\n“Our cities have had floods before,” Okonjo said after the meeting with the council. He did not promise more money. “Our aim is not to panic but to prepare.”';
    expect(quote(text, 'Our aim')).toMatchObject({ type: 'direct', speaker: 'Okonjo' });
  });
});

describe('sentences the splitter breaks at a party label', () => {
  test('"Sen. X (D-Ill.), noting …, said, “…”" keeps the senator as the speaker', () => {
    const text = 'But Sen. Richard J. Dunn (D-Ill.), pointing at the packed hall, said, “Nobody expected this many people.”';
    expect(quote(text, 'Nobody expected')).toMatchObject({ type: 'direct', speaker: 'Richard J. Dunn', speaker_mention: 'Richard J. Dunn', speaker_start: at(text, 'Richard'), cue: 'said', cue_start: at(text, 'said') });
  });
});

describe('weak cues right after a question', () => {
  test('“…?” X questioned. / “…?” reacted X.', () => {
    const text = 'The panel met twice.\n\n“What was the turning point?” Beck questioned.\n\n“Which team is he talking about?” reacted Dorsey.';
    expect(quote(text, 'What was')).toMatchObject({ type: 'direct', speaker: 'Beck', speaker_start: at(text, 'Beck'), cue: 'questioned' });
    expect(quote(text, 'Which team')).toMatchObject({ type: 'direct', speaker: 'Dorsey', speaker_start: at(text, 'Dorsey'), cue: 'reacted' });
  });
});

describe('nested reports by the same speaker', () => {
  test('"She said she recalls … “…”" gives the outer mention', () => {
    const text = 'Dana Holt ran a bakery in her twenties.\n\nShe said she remembers the customers being “puzzled,” and the staff being patient.';
    expect(quote(text, 'puzzled')).toMatchObject({ type: 'partial', speaker: 'Dana Holt', speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said' });
  });

  test('a different person in the inner clause keeps the inner report', () => {
    const text = 'Tom Hart said Dana Holt called the plan “a costly mistake.”';
    expect(quote(text, 'a costly')).toMatchObject({ speaker: 'Dana Holt', speaker_mention: 'Dana Holt', cue: 'called' });
  });
});

describe('multi-word speech verbs and documents', () => {
  test('"X shot back" / "X fired back, “…”" are cues even when the tagger reads the verb as a noun', () => {
    const text = '“Ben wants to look tough tonight,” Hart shot back.\n\nMoss fired back, “The mayor called them out. They must have been crushed.”';
    expect(quote(text, 'Ben wants')).toMatchObject({ type: 'direct', speaker: 'Hart', speaker_start: at(text, 'Hart'), cue: 'shot back' });
    expect(quote(text, 'The mayor called')).toMatchObject({ type: 'direct', speaker: 'Moss', speaker_start: at(text, 'Moss'), cue: 'fired back' });
  });

  test('"X issued a statement saying …" gives X, not the statement', () => {
    const text = 'On Monday, Governor Ray Colton released a statement saying the coach had been “a generous mentor to the whole town.”';
    expect(quote(text, 'a generous')).toMatchObject({ type: 'partial', speaker: 'Ray Colton', speaker_mention: 'Ray Colton', cue: 'saying' });
  });

  test('a statement with no person near still speaks', () => {
    const text = 'The studio made no comment.\n\n“We are proud of the film and its cast,” the statement said.';
    expect(quote(text, 'We are proud')).toMatchObject({ type: 'direct', speaker_mention: 'the statement', speaker_kind: 'anonymous', cue: 'said' });
  });
});

describe('unnamed speakers described at length', () => {
  test('"said one retired Ohio teacher" / "said one well-placed organiser": participles inside the description', () => {
    const text = 'The vote is close.\n\n“Nothing in the numbers points that way,” said one retired Ohio teacher.\n\n“The turnout will surprise people,” said one well-placed organiser close to the count.';
    expect(quote(text, 'Nothing in')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'one retired Ohio teacher', speaker_kind: 'anonymous', cue: 'said' });
    expect(quote(text, 'The turnout')).toMatchObject({ speaker_mention: expect.stringMatching(/^one well-placed organiser\b/), speaker_kind: 'anonymous', cue: 'said' });
  });

  test('"An adviser, who …, said of the senator, “…”": the description before the relative clause', () => {
    const text = 'A Moreno aide, who asked not to be named, said of the governor, “He is furious about the leak.”';
    expect(quote(text, 'He is furious')).toMatchObject({ type: 'direct', speaker_mention: 'A Moreno aide', speaker_start: 0, cue: 'said' });
  });
});

describe('relative clauses', () => {
  test('"X, who said the race “…”, …": never the object after the cue', () => {
    const text = 'The debate was long.\n\nDana Reyes, who said the race “was exhausting for everyone,” left before the vote.';
    // ("who" is the mention, standing for Dana Reyes, with the cue of its clause.)
    expect(quote(text, 'was exhausting')).toMatchObject({ type: 'partial', speaker: 'Dana Reyes', speaker_mention: 'who', speaker_start: text.indexOf('who'), cue: 'said' });
  });
});

describe('groups that open a sentence', () => {
  test('"Democrats said" / "Others argued" are unnamed groups, not people', () => {
    const text = 'The vote was close.\n\n“We will fight this in court,” Democrats said on Tuesday.\n\nOthers argued that “the law is clear.”';
    expect(quote(text, 'We will fight')).toMatchObject({ speaker: null, speaker_mention: 'Democrats', speaker_kind: 'anonymous', cue: 'said' });
    expect(quote(text, 'the law is')).toMatchObject({ speaker: null, speaker_mention: 'Others', speaker_kind: 'anonymous', cue: 'argued' });
  });
});

describe('datelines', () => {
  test('"CITY (AP) — X pressed …, saying …": the subject after the dateline', () => {
    const text = 'Court News.\n\nDENVER (AP) — Ray Colton pressed on Wednesday for a new vote, saying in a radio interview that the count had been badly run.';
    expect(quote(text, 'the count')).toMatchObject({ type: 'indirect', speaker: 'Ray Colton', speaker_mention: 'Ray Colton', cue: 'saying' });
  });
});

describe('surveys and bodies are no people', () => {
  test('a survey that "shows" something does not take a later "she"', () => {
    const text = 'Attorney General Lynch spoke to students on Monday.\n\nData from the 2014 Regional Housing Survey show that rents rose by a third.\n\nLynch said she remembered wondering, “Is this what people warned me about?”';
    expect(quote(text, 'Is this what')).toMatchObject({ type: 'direct', speaker: 'Lynch', cue: 'remembered' });
  });
});

describe('sentence openers and long appositions', () => {
  test('an opening time phrase ("Days later,") is no speaker: the participle cue takes the name after it', () => {
    const text = 'Days later, Ramos changed course again, telling NPR that the tax rules “are settled and should stay that way.”';
    expect(quote(text, 'are settled')).toMatchObject({ type: 'partial', speaker: 'Ramos', speaker_mention: 'Ramos', speaker_start: at(text, 'Ramos'), cue: 'telling', outlet: 'NPR' });
  });

  test('an apposition holding a list of its own still ends at the name before it', () => {
    const text = 'The new rules “will not end the backlog, but they help,” Maria Lopez, deputy director of housing, planning, and zoning, said on the call.';
    expect(quote(text, 'will not end')).toMatchObject({
      type: 'partial', speaker: 'Maria Lopez', speaker_mention: 'Maria Lopez', speaker_start: at(text, 'Maria Lopez'), speaker_end: at(text, 'Maria Lopez') + 'Maria Lopez'.length, cue: 'said',
    });
  });
});

describe('cues a newcomer to the lexicon would miss', () => {
  test('"went on" after a quotation is a speech verb, for both halves of the split quotation', () => {
    const text = '“Well, these things happen, don’t they?” Reed went on, as if nobody had asked. “Then you move past them.”';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['Well, these things happen, don’t they?', 'Reed', 'went on'],
      ['Then you move past them.', 'Reed', 'went on'],
    ]);
  });

  test('"went on to say": the cue is the verb after "to", and a document can be the subject', () => {
    const person = 'Lee went on to say the rules “are the same as before.”';
    expect(quote(person, 'are the same')).toMatchObject({ speaker: 'Lee', cue: 'say', cue_start: at(person, 'say') });
    const memo = 'The memo goes on to say: “The county cannot afford another delay.”';
    expect(quote(memo, 'The county')).toMatchObject({ type: 'direct', speaker_mention: 'The memo', speaker_start: 0, cue: 'say' });
  });

  test('manner verbs ("mocked", "chuckled") attribute a quotation that breaks off right before them', () => {
    const text = '“That is rich,” Lee mocked.\n\n“We won,” she chuckled.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.speaker_mention, q.cue])).toEqual([
      ['That is rich,', 'Lee', 'Lee', 'mocked'],
      ['We won,', 'Lee', 'she', 'chuckled'],
    ]);
  });

  test('"said Kemp had …": a name followed by a verb is what was said, so the coordinated cue takes the subject', () => {
    const text = 'State Senator Tom Reed once backed Lee, but now said Kemp had “the chance and the duty to unite us.”';
    expect(quote(text, 'the chance')).toMatchObject({ type: 'partial', speaker: 'Tom Reed', speaker_mention: 'Tom Reed', speaker_start: at(text, 'Tom Reed'), cue: 'said' });
  });

  test('a sign "reads" what is on it, across a preposition in its description', () => {
    const text = '“We are open,” a sign on the door reads.';
    expect(quote(text, 'We are open')).toMatchObject({ type: 'direct', cue: 'reads', speaker_kind: 'anonymous' });
    expect(quote(text, 'We are open').speaker_start).toBeGreaterThan(at(text, 'a sign') - 1);
  });
});

describe('a quote-only paragraph after reported speech', () => {
  test('continues the reporter, not a speaker reported inside the report', () => {
    const text = 'Mayor Ann Lee said that for years critics had predicted the plant would close, but that would not happen.\n\n“This town still makes half the state’s steel.”';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.text.startsWith('the plant'))).toMatchObject({ type: 'indirect', speaker_mention: 'critics', cue: 'predicted' });
    expect(quote(text, 'This town')).toMatchObject({ type: 'direct', speaker: 'Ann Lee', speaker_mention: 'Ann Lee', speaker_start: at(text, 'Ann Lee'), cue: null });
  });

  test('a report opened by its medium ("In a video, Lee speculated that …") is the speaker’s own', () => {
    const text = 'In a video on Thursday, Ann Lee speculated that the vote could be delayed.\n\n“Nobody knows when it will happen. We need answers,” Lee in her kitchen.';
    expect(quote(text, 'Nobody knows')).toMatchObject({ type: 'direct', speaker: 'Ann Lee' });
  });
});

describe('a second quote in a paragraph', () => {
  test('continues its paragraph’s speaker when the next sentence is another person’s report', () => {
    const text = '“It is a sad day,” Dunn told reporters in Toledo. “This is what a campaign of insults brings.” Gov. Mark Ellis said he would have dismissed the aide.';
    expect(quote(text, 'This is what')).toMatchObject({ type: 'direct', speaker: 'Dunn', speaker_mention: 'Dunn', cue: 'told' });
  });
});

describe('titles before a name', () => {
  test('"House Speaker" is a role, and "State" after "Secretary of" is no given name', () => {
    const house = 'House Speaker Dana Cole said the bill was “dead on arrival.”';
    expect(quote(house, 'dead on')).toMatchObject({ speaker: 'Dana Cole', speaker_mention: 'Dana Cole', speaker_start: at(house, 'Dana'), speaker_role: 'speaker' });
    const state = 'Secretary of State John Marsh said the talks were “a step forward.”';
    expect(quote(state, 'a step')).toMatchObject({ speaker: 'John Marsh', speaker_mention: 'John Marsh', speaker_start: at(state, 'John') });
  });
});

describe('the subject of a sentence with no cue', () => {
  test('a capitalised common noun opening the sentence is no speaker; a name used elsewhere is', () => {
    const noun = 'Frustrations at the slow count grew all week, with the mood “grim and getting worse.”';
    expect(quotesOf(noun).filter((q) => q.speaker !== null)).toEqual([]);
    const name = 'Reporters asked Dunn about the vote on Friday. Dunn remains “cautiously hopeful” about the count.';
    expect(quote(name, 'cautiously')).toMatchObject({ type: 'partial', speaker: 'Dunn', speaker_mention: 'Dunn', speaker_start: at(name, 'Dunn remains') });
  });
});

describe('times next to a cue', () => {
  test('"said Wednesday that" and "last week said" name no speaker: the phrase before the cue does', () => {
    const official = 'An Ohio official, speaking privately about the plans, said Wednesday that Lee “will meet with anyone who asks.”';
    expect(quote(official, 'will meet')).toMatchObject({ type: 'partial', speaker_mention: 'An Ohio official', speaker_start: 0, cue: 'said' });
    const senator = 'Senator Dana Reyes (D-Ore.) last month said Lee was not “the source of any leak.”';
    expect(quote(senator, 'the source')).toMatchObject({ speaker: 'Dana Reyes', speaker_mention: 'Dana Reyes', cue: 'said' });
    const agency = 'The Treasury Department less than three weeks ago said at last that “sealed” files had gone through the server.';
    expect(quote(agency, 'sealed')).toMatchObject({ speaker_mention: 'Treasury Department', cue: 'said' });
  });
});

describe('speech someone predicts', () => {
  test('is the words of the one predicting it', () => {
    const text = 'Asked about the race, Governor Ann Lee said she expected that voters will say “no” to the tax plan.';
    expect(quote(text, 'no')).toMatchObject({ type: 'partial', speaker: 'Ann Lee', speaker_mention: 'Ann Lee', cue: 'said' });
  });
});

describe('contractions before a quotation', () => {
  test('"he’s “excited …”" is a contraction, not a possessive modifier, so the partial quote stays', () => {
    const text = 'Tom Lee says he’s “thrilled about our position” before the vote.';
    expect(quote(text, 'thrilled')).toMatchObject({ type: 'partial', text: 'thrilled about our position', speaker: 'Tom Lee', cue: 'says' });
  });
});

describe('names with "of" and "on"', () => {
  test('"NAME of PLACE" is the person; an organisation head before "of"/"on" makes the whole run the organisation', () => {
    const rep = 'Republican Rep. Tom Haskell of New Mexico, a party loyalist, said the talks would help both sides.';
    expect(quotesOf(rep)[0]).toMatchObject({ speaker: 'Tom Haskell', speaker_mention: 'Tom Haskell', speaker_kind: 'person' });
    const panel = 'Aides to the Senate Committee on Ports said the panel holds every memo.';
    expect(quotesOf(panel)[0]).toMatchObject({ speaker: 'Senate Committee on Ports', speaker_kind: 'organization' });
    const expert = '“A staged weapon would be a stretch for them,” Jeffrey Lane of the Martin Center for Arms Studies wrote in December.';
    expect(quotesOf(expert)[0]).toMatchObject({ speaker: 'Jeffrey Lane', speaker_mention: 'Jeffrey Lane' });
  });
});

describe('a pronoun after its sentence’s subject', () => {
  test('does not take a single word of unknown gender that is no name in the article ("Acme, she said, …")', () => {
    const text = 'Dana Cole ran the firm for a decade. She wanted a merger with Acme. Acme, she said, would call first.';
    expect(quote(text, 'Acme, she said')).toMatchObject({ type: 'indirect', speaker: 'Dana Cole', speaker_mention: 'she' });
  });

  test('takes a surname used with a given name elsewhere in the article, even when the given name is unknown to us', () => {
    const text = 'Awards went to Zandra Okoye and Mel Pike.\n\nIn her speech, Okoye declared the need for drive: “Change the world,” she said.';
    expect(quote(text, 'Change the world')).toMatchObject({ speaker: 'Okoye', speaker_mention: 'she' });
  });
});

describe('sentence subjects', () => {
  test('the subject of a passive verb is no speaker: "The screen rights to Glimmers were snapped up" names none', () => {
    const text = 'Reed will promote his picture book Glimmers in March. The screen rights to Glimmers were snapped up last year, yet Reed wants to take it slowly. "A film will come in a few years, but I want to start small on TV first."';
    expect(quote(text, 'A film will').speaker).not.toBe('Glimmers');
  });

  test('a reflexive after the subject repeats it: "Ortega himself struggled to explain …: “…”"', () => {
    const text = 'Ortega himself struggled to explain the success of the show: "I guess viewers like seeing a loud family like ours."';
    expect(quote(text, 'I guess')).toMatchObject({ type: 'direct', speaker: 'Ortega', speaker_mention: 'Ortega', speaker_start: 0 });
  });
});

describe('cues the tagger reads as nouns', () => {
  test('a cue before an object pronoun is a verb: "Lee and Reed call them “lone actors”"', () => {
    const text = 'Lee and Reed call them “lone actors” and move on.';
    expect(quote(text, 'lone actors')).toMatchObject({ type: 'partial', speaker: 'Reed', cue: 'call', cue_start: at(text, 'call') });
  });
});

describe('"quoted as saying"', () => {
  test('the subject of "is quoted as saying" said it', () => {
    const text = '“Our method works where others fail,” Ruiz is quoted as saying. “We call fewer people.”';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['Our method works where others fail,', 'Ruiz', 'saying'],
      ['We call fewer people.', 'Ruiz', 'saying'],
    ]);
  });
});

describe('a paragraph that is only a quotation', () => {
  test('with no speaker quoted before it, belongs to the person the paragraph before ends on', () => {
    const text = 'The race tightened all week.\n\nVance Ortiz is upbeat about the senator’s chances this fall.\n\n“She can win this fall, and her odds beat every rival we polled.”';
    expect(quote(text, 'She can win')).toMatchObject({ type: 'direct', speaker: 'Vance Ortiz', speaker_mention: 'Vance Ortiz', speaker_start: at(text, 'Vance Ortiz'), cue: null });
  });
});

describe('datelines in any case', () => {
  test('"Washington (AFP) –" is a dateline, not the subject', () => {
    const text = 'Washington (AFP) – Democrat Ann Lee has broken with her rival on trade, saying that “loud threats” hurt workers most.';
    expect(quote(text, 'loud threats')).toMatchObject({ speaker: 'Ann Lee', speaker_mention: 'Ann Lee', cue: 'saying' });
  });
});

describe('descriptions holding a name', () => {
  test('a person noun with a place or an employer ("an astronomer in New Zealand", "a spokeswoman for Reed") is the speaker, not the name', () => {
    const astronomer = 'An amateur astronomer in New Zealand has said the comet may be visible next winter.';
    expect(quotesOf(astronomer)[0]).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'An amateur astronomer in New Zealand', speaker_kind: 'anonymous' });
    const spokeswoman = '“The candidate has no more events this year,” a spokeswoman for Reed said.';
    expect(quotesOf(spokeswoman)[0]).toMatchObject({ speaker: null, speaker_mention: 'a spokeswoman for Reed' });
  });

  test('a noun for no person keeps the name: "no mention of Dana Cole, who said …"', () => {
    const text = 'Reed made no mention of Dana Cole, who said she would leave the race.';
    expect(quotesOf(text).find((q) => q.text.startsWith('she would'))).toMatchObject({ speaker: 'Dana Cole', speaker_mention: 'who' });
  });

  test('"According to Variety, …": the comma is no part of the outlet mention', () => {
    const text = 'According to Variety, Vega is in talks to star in the sequel.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Variety', speaker_mention: 'Variety', speaker_kind: 'outlet' });
  });
});

describe('limits of this session’s rules', () => {
  test('"went on" away from any quotation is no cue', () => {
    const text = 'The list goes on. “We have no more room,” a volunteer said.\n\nThe meeting went on until midnight. “It was exhausting.”';
    expect(quote(text, 'We have no more room')).toMatchObject({ speaker_mention: 'a volunteer', cue: 'said' });
    expect(quotesOf(text).some((q) => q.cue === 'went on' || q.cue === 'goes on')).toBe(false);
  });

  test('a month alone and a title with a time word are names, not times: "said May", "said The Week"', () => {
    expect(quotesOf('“We will win,” said May.')[0]).toMatchObject({ speaker_mention: 'May', cue: 'said' });
    expect(quotesOf('“It is over,” said The Week in an editorial.')[0]).toMatchObject({ speaker_mention: 'The Week', cue: 'said' });
  });

  test('a given name missing from our lists is kept: only common words before a name are cut', () => {
    expect(quotesOf('“We will not retreat,” said Nnamdi Daniel Okafor.')[0]).toMatchObject({ speaker: 'Nnamdi Daniel Okafor' });
  });

  test('exclamations before a role and a speech verb are speech, not titles', () => {
    const text = '“Welcome back!” host Ana Ruiz told the crowd.\n\n“We did it!” cast members shouted after the show.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention])).toEqual([['Welcome back!', 'Ana Ruiz'], ['We did it!', 'cast members']]);
  });

  test('a slogan someone campaigns on is still quoted', () => {
    const text = 'Ana Ruiz told reporters she would focus on “Care for All.”';
    expect(quotesOf(text).some((q) => q.type === 'partial' && q.text === 'Care for All.')).toBe(true);
  });
});

describe('a colon introduction naming only a surname', () => {
  test('takes a surname the article has used after a given name ("More from Jones: “…”")', () => {
    const text = 'Pollster Dana Jones has studied the map for years.\n\nWhat that means for this year - More from Jones: “The makeup of a state is only a starting point for its vote this year.”';
    expect(quote(text, 'The makeup')).toMatchObject({ type: 'direct', speaker: 'Dana Jones', speaker_mention: 'Jones', cue: null });
  });
});

describe('a question asked by a named agent', () => {
  test('"X was asked by host Y, “…?”": the asker speaks the question', () => {
    const text = 'At the forum, Tina Moss was asked by host Ned Park: “Will you cut the harbour budget?” Moss replied that she would not.';
    expect(quote(text, 'Will you')).toMatchObject({
      type: 'direct', text: 'Will you cut the harbour budget?', speaker: 'Ned Park', speaker_mention: 'Ned Park', speaker_start: at(text, 'Ned Park'), cue: 'asked', cue_start: at(text, 'asked'),
    });
  });

  test('an answer after "asked by Y about …:" is still the one asked', () => {
    const text = 'At the forum, Tina Moss was asked by host Ned Park about the race: “I will not run again.” The hall went quiet.';
    expect(quote(text, 'I will not')).toMatchObject({ type: 'direct', text: 'I will not run again.', speaker: 'Tina Moss', speaker_mention: 'Tina Moss' });
  });

  test('the one asked still answers in her own quotation', () => {
    const text = 'At the forum, Tina Moss was asked by host Ned Park whether she would cut the budget. “We will not cut a cent,” she said.';
    expect(quote(text, 'We will not')).toMatchObject({ type: 'direct', speaker: 'Tina Moss', speaker_mention: 'she', cue: 'said' });
  });

  test('a passive report after a quotation is no frame of it: "The plan was revealed by the Ledger."', () => {
    const text = 'Harbour chief Nell Dunn said the crews will “work through the winter.” The plan was revealed on Sunday by the Harbour Ledger.';
    expect(quote(text, 'work through')).toMatchObject({ type: 'partial', speaker: 'Nell Dunn' });
  });
});

describe('a quotation inside a relative clause with its own cue', () => {
  test('"X criticized the deal, which an audit said was “…”" is the audit’s, not X’s', () => {
    const text = 'The ferry deal closed in May. Councillor Nessa Quill criticized the ferry deal, which a state audit said was “deeply careless” in its costs.';
    expect(quote(text, 'deeply careless')).toMatchObject({ type: 'partial', speaker_mention: 'a state audit', cue: 'said', cue_start: at(text, 'said') });
    // The relative clause's own subject may be the main clause's speaker again ("which she said").
    const same = 'The ferry deal closed in May. Councillor Nessa Quill criticized the ferry deal, which she said was “deeply careless” in its costs.';
    expect(quote(same, 'deeply careless')).toMatchObject({ type: 'partial', speaker: 'Nessa Quill', speaker_mention: 'she', cue: 'said' });
  });

  test('a relative clause with no cue leaves the quotation to the main clause', () => {
    const plain = 'The ferry deal closed in May. Councillor Nessa Quill criticized the ferry deal, which was “deeply careless” in its costs.';
    expect(quote(plain, 'deeply careless')).toMatchObject({ type: 'partial', text: 'deeply careless', speaker: 'Nessa Quill', speaker_mention: 'Nessa Quill', cue: 'criticized', cue_start: at(plain, 'criticized') });
    const outside = 'The ferry deal closed in May. Councillor Nessa Quill said the ferry deal, which passed in May, was “deeply careless” in its costs.';
    expect(quote(outside, 'deeply careless')).toMatchObject({ type: 'partial', speaker: 'Nessa Quill', cue: 'said' });
  });
});

describe('a quotation continuing one whose frame has a clause of its own', () => {
  test('"“A,” Lee told X, after Ruiz stated … . “B.”" continues Lee, not the cue in the after-clause', () => {
    const text = 'The pier talks stalled. “The leases cannot be cancelled,” harbour spokesperson Ron Lee told the Calder Gazette in July, after Mayor Ana Ruiz hinted she might stop the ferry lease. “Every clause still holds.”';
    expect(quote(text, 'Every clause')).toMatchObject({ type: 'direct', text: 'Every clause still holds.', speaker: 'Ron Lee' });
    // Unchanged: a new sentence with its own report before the quotation belongs to that report.
    const own = 'The pier talks stalled. “The leases hold,” Ron Lee told the Calder Gazette. Mayor Ana Ruiz said she disagreed. “The lease can end.”';
    expect(quote(own, 'The lease can end')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz' });
  });

  test('a clause opening the next sentence is no clause of the earlier frame: "“A,” Lee said. After the vote Ruiz said … “B.”"', () => {
    const after = 'The pier talks stalled. “The leases hold,” Ron Lee told the Calder Gazette. After the vote Mayor Ana Ruiz said she disagreed. “The lease can end.”';
    expect(quote(after, 'The lease can end')).toMatchObject({ type: 'direct', text: 'The lease can end.', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', cue: 'said', cue_start: at(after, 'said she') });
    const since = 'The pier talks stalled. “The leases hold,” Ron Lee told the Calder Gazette. Since Monday Mayor Ana Ruiz has insisted on a new vote. “The lease can end.”';
    expect(quote(since, 'The lease can end')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'insisted' });
  });
});

describe('a cue whose colon opens the next quotation', () => {
  test('introduces that quotation, not the one before it: “A.” Ruiz said: “B.”', () => {
    const text = 'The ferry vote split Port Elwin.\n\n“We are pilots,” Mara Okafor said. “We are not smugglers.” Tomas Ruiz said: “The pier was sold in May.”';
    expect(quote(text, 'We are not smugglers')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor' });
    expect(quote(text, 'The pier was sold')).toMatchObject({
      type: 'direct', speaker: 'Tomas Ruiz', speaker_mention: 'Tomas Ruiz', speaker_start: at(text, 'Tomas Ruiz said'), cue: 'said', cue_start: at(text, 'said:'),
    });
  });

  test('still governs words quoted earlier in its own sentence that no other cue claims', () => {
    const text = 'The ferry vote split Port Elwin.\n\nGranting that a new pier would come “in good time” Tomas Ruiz warned: “It will not happen this year, not with this board.”';
    expect(quote(text, 'in good time')).toMatchObject({ type: 'partial', speaker: 'Tomas Ruiz', speaker_start: at(text, 'Tomas Ruiz'), cue: 'warned' });
  });

  test('a quotation that opens its paragraph is the colon speaker’s too, not the previous paragraph’s', () => {
    const text = 'Mara Okafor, the harbour chief, spoke first. Okafor replied: “Then find the money.”\n\n“The ramps are failing.” Tomas Ruiz added: “Every week we wait costs more.”';
    for (const words of ['The ramps are failing', 'Every week we wait']) {
      expect(quote(text, words)).toMatchObject({ type: 'direct', speaker: 'Tomas Ruiz', speaker_start: at(text, 'Tomas Ruiz added'), cue: 'added', cue_start: at(text, 'added:') });
    }
  });
});

describe('a cue coordinated with a verb that has its own pronoun subject', () => {
  test('“…, and he laughed and told me, “…”” is his, not the sentence subject’s', () => {
    const text = 'Tomas Brandt directed the film. I said the jacket would vanish at night, and he laughed and told me, “Then make the rocks lighter.”';
    expect(quote(text, 'Then make the rocks')).toMatchObject({
      type: 'direct', speaker: 'Tomas Brandt', speaker_mention: 'he', speaker_start: at(text, 'he laughed'), cue: 'told', cue_start: at(text, 'told me'),
    });
  });

  test('a pronoun inside a relative clause does not take over: “a toll, which she backs yet concedes …”', () => {
    const text = 'Mara Okafor backed a toll on cars, which she likes but concedes could fail at the board.';
    expect(quote(text, 'could fail')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', cue: 'concedes' });
  });
});

describe('a split quotation whose frame holds other quoted words', () => {
  const text = 'Mara Okafor won the seat on Tuesday.\n\n“We did not win this by luck,” Okafor said, as the crowd chanted “Ma-ra” and waved signs reading “Ferries Now.” “We won it by listening.”';

  test('"“A,” NAME said, as the crowd chanted “C” … “D.” “B”": B continues NAME', () => {
    expect(quote(text, 'We won it')).toMatchObject({ text: 'We won it by listening.', speaker: 'Mara Okafor', cue: null });
  });

  test('quoted words inside the frame keep their own frame, not the speaker’s; a sign’s words are no quote', () => {
    expect(quotesOf(text).map((q) => q.text)).not.toContain('Ferries Now.');
    expect(quote(text, 'Ma-ra')).not.toMatchObject({ speaker: 'Mara Okafor' });
  });

  test('with no quotation inside the frame the split quote continues as before', () => {
    const plain = 'Mara Okafor won the seat on Tuesday.\n\n“We did not win this by luck,” Okafor said. “We won it by listening.”';
    expect(quote(plain, 'We won it')).toMatchObject({ speaker: 'Mara Okafor' });
  });
});

describe('a record capitalised at a sentence start is an unnamed source, not a person', () => {
  test('"Documents reviewed by … show", "Memos show": the record speaks, kind anonymous (described by a participle, it is a description with no name)', () => {
    const text = 'Documents reviewed by the Courier show the council knew of the leak.';
    expect(quote(text, 'the council knew')).toMatchObject({ type: 'indirect', text: 'the council knew of the leak', speaker: null, speaker_mention: 'Documents', speaker_kind: 'anonymous', cue: 'show', start: at(text, 'the council') });
    const memos = 'Memos show the council knew of the leak.';
    // (The two read alike: no canonical speaker for either, the record's word the mention.)
    expect(quote(memos, 'the council knew')).toMatchObject({ speaker: null, speaker_mention: 'Memos', speaker_kind: 'anonymous' });
  });

  test('negative: a firm whose name ends in a record word, and a lone surname, are still named', () => {
    expect(quote('Harlan Records said the album was late.', 'the album')).toMatchObject({ speaker: 'Harlan Records', speaker_kind: 'organization' });
    expect(quote('Tavaro said the album was late.', 'the album')).toMatchObject({ speaker: 'Tavaro', speaker_kind: 'person' });
  });
});

describe('"a NOUN to/for TITLE NAME": a lower-case title before the name after the preposition', () => {
  test('"An assistant to talent manager NAME said …": the assistant speaks, a description naming no one', () => {
    const text = 'An assistant to talent manager Ana Ruiz said the files were lost.';
    expect(quote(text, 'the files')).toMatchObject({
      type: 'indirect', text: 'the files were lost', speaker: null, speaker_mention: 'An assistant to talent manager Ana Ruiz',
      speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"A former driver for bus company owner NAME testified that …"', () => {
    const text = 'A former driver for bus company owner Tomas Ekberg testified on Monday that he was told to skip safety checks.';
    expect(quote(text, 'he was told')).toMatchObject({ speaker: null, speaker_mention: 'A former driver for bus company owner Tomas Ekberg', speaker_kind: 'anonymous', cue: 'testified' });
  });

  test('near miss: the title opening the phrase leaves the name the speaker', () => {
    const text = 'Bus company owner Tomas Ekberg said the checks were done.';
    expect(quote(text, 'the checks')).toMatchObject({ speaker: 'Tomas Ekberg', speaker_mention: 'Tomas Ekberg', speaker_start: at(text, 'Tomas'), speaker_kind: 'person' });
  });
});

describe('a cue coordinated inside a reported clause shares that clause’s subject', () => {
  test('"She said he had listened but told her he saw …": the second report is his', () => {
    const text = 'Ines Varga met Tom Holm in May. She said he had listened but told her he saw no reason to act.';
    expect(quote(text, 'he had listened')).toMatchObject({ type: 'indirect', text: 'he had listened', speaker: 'Ines Varga', speaker_mention: 'She', cue: 'said' });
    expect(quote(text, 'he saw')).toMatchObject({
      type: 'indirect', text: 'he saw no reason to act', start: at(text, 'he saw'), speaker: 'Tom Holm', speaker_kind: 'person',
      speaker_mention: 'he', speaker_start: at(text, 'he had'), cue: 'told', outlet: null,
    });
  });

  test('near miss: a cue coordinated with the main clause’s own verb stays the subject’s', () => {
    const text = 'Ines Varga visited the mill and told the board she saw no reason to act.';
    expect(quote(text, 'she saw')).toMatchObject({ speaker: 'Ines Varga', speaker_mention: 'Ines Varga', cue: 'told' });
  });
});
