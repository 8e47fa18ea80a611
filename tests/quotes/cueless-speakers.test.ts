import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a colon introduction with no cue, after a short opening phrase', () => {
  test('"Then she turned …: “…”" takes she, with no comma after the opener', () => {
    const text = 'Mara Okafor won the harbour prize. Then she turned to the crowd and spoke without notes: “We built this pier with our own hands. It will stand for a century.”';
    expect(quote(text, 'We built')).toMatchObject({
      text: 'We built this pier with our own hands. It will stand for a century.', type: 'direct',
      speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(text, 'she turned'),
    });
  });

  test('"On Tuesday she had a reply …: “…”" takes she after a prepositional opener', () => {
    const text = 'Mara Okafor was mocked for the delay. On Tuesday she had a reply for them: “The pier opens in May. Bring your boats.”';
    expect(quote(text, 'The pier opens')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(text, 'she had') });
  });

  test('an opener that is itself the subject phrase gives no pronoun speaker: "On the board it was …"', () => {
    const text = 'Mara Okafor was mocked for the delay. On the notice board it read: “The pier opens in May. Bring your boats.”';
    expect(quote(text, 'The pier opens')).toMatchObject({ type: 'direct', speaker: null });
  });
});

describe('a colon introduction with no cue whose subject is a description', () => {
  test('"One engineer on the project was blunt …: “…”" is the description’s', () => {
    const text = 'The Harbour Board met on Monday. One engineer on the project was blunt about the plan: “Nobody is paying for a new pier. We patch the old one.”';
    expect(quote(text, 'Nobody is paying')).toMatchObject({
      type: 'direct', speaker: null, speaker_mention: 'One engineer', speaker_start: at(text, 'One engineer'), speaker_kind: 'anonymous',
    });
  });

  test('a name in the clause still wins over the description', () => {
    const text = 'The Harbour Board met on Monday. One engineer, Mara Okafor, was blunt about the plan: “Nobody is paying for a new pier. We patch the old one.”';
    expect(quote(text, 'Nobody is paying')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor' });
  });

  test('a subject that is no speaker gives none: "The menu had three items: “…”"', () => {
    const text = 'The Harbour Board met on Monday. The menu had three items: “Fish soup with bread, grilled cod and apple cake.”';
    expect(quote(text, 'Fish soup')).toMatchObject({ speaker: null, speaker_mention: null });
  });

  test('a headline in capitals is no speaker', () => {
    const text = 'Polls of the week.\n\nTHE HARBOUR PILOTS ARE UNEASY: “Most pilots said the pier should be patched before the winter.”';
    expect(quote(text, 'Most pilots')).toMatchObject({ speaker_mention: null });
  });
});

describe('a colon introduction whose subject is a verdict noun: its owner speaks', () => {
  test('"The firm’s conclusion was blunt: “…”" is the firm’s', () => {
    const text = 'The survey was done by Keel & Brant Surveys. The firm\'s conclusion was unusually blunt: "The pier cannot carry heavy trucks any longer."';
    expect(quote(text, 'The pier cannot')).toMatchObject({
      type: 'direct', speaker_mention: 'The firm', speaker_start: at(text, 'The firm'), cue: null,
    });
  });

  test('"Okafor’s answer was short: “…”" is Okafor’s', () => {
    const text = 'Mara Okafor met the Harbour Board on Monday. Okafor’s answer was short: “We will not pay for a new pier this year.”';
    expect(quote(text, 'We will not')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'Okafor', speaker_start: at(text, 'Okafor’s') });
  });

  test('a noun that is no verdict gives no speaker: "The board’s menu was short: “…”"', () => {
    const text = 'The Harbour Board met on Monday. The board’s menu was short: “Fish soup with bread, grilled cod and apple cake.”';
    expect(quote(text, 'Fish soup')).toMatchObject({ speaker_mention: null });
  });

  test('an owner that speaks for no one gives no speaker: "The weather’s verdict was clear: “…”"', () => {
    const text = 'The Harbour Board met on Monday. The weather’s verdict was clear: “Rain all day, with wind from the north.”';
    expect(quote(text, 'Rain all day')).toMatchObject({ speaker_mention: null });
  });
});

describe('a colon introduction whose subject is a lone surname after an opening clause', () => {
  test('"When asked …, Reyes was blunt: “…”" is Reyes\'s, not the name inside the question', () => {
    const text = 'When asked whether Okafor would start on Sunday, Reyes was blunt: “He is not ready. Maybe next month.”';
    expect(quote(text, 'He is not ready')).toMatchObject({
      text: 'He is not ready. Maybe next month.', type: 'direct', speaker: 'Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes was'),
    });
  });

  test('a lone surname inside the opening clause is not the subject (negative case)', () => {
    const text = 'When the board met Reyes on Sunday, the mood was blunt: “Nobody is ready. Maybe next month.”';
    expect(quote(text, 'Nobody is ready')).toMatchObject({ speaker_mention: null });
  });
});

describe('a colon introduction after an opening "when … asked" clause', () => {
  test('a lone surname and a verb of manner before the colon speak the answer, not the asker', () => {
    const text = 'Tomas Ferreira chairs the Harbour Board. When a reporter asked whether the pier deal was dead, Ferreira grinned: “Ask me again on Monday.”';
    expect(quote(text, 'Ask me again')).toMatchObject({
      text: 'Ask me again on Monday.', type: 'direct', speaker: 'Tomas Ferreira', speaker_mention: 'Ferreira', speaker_start: at(text, 'Ferreira grinned'),
    });
  });

  test('any asking verb of cues.json asking_verbs opens the clause: "When a reporter questioned whether …"', () => {
    const text = 'Tomas Ferreira chairs the Harbour Board. When a reporter questioned whether the pier deal was dead, Ferreira grinned: “Ask me again on Monday.”';
    expect(quote(text, 'Ask me again')).toMatchObject({ type: 'direct', speaker: 'Tomas Ferreira', speaker_mention: 'Ferreira', cue: 'grinned' });
  });

  test('so does he or she right after the clause', () => {
    const text = 'Ines Duarte chairs the Harbour Board. When a reporter asked whether the pier deal was dead, she paused: “Ask me again on Monday.”';
    expect(quote(text, 'Ask me again')).toMatchObject({ type: 'direct', speaker: 'Ines Duarte', speaker_mention: 'she', speaker_start: at(text, 'she paused') });
  });

  test('a question put with a colon of its own is still the asker\'s', () => {
    const text = 'When the vote was over, a reporter asked the chair: “Is the pier deal dead?”';
    expect(quote(text, 'Is the pier')).toMatchObject({ speaker_mention: 'a reporter', cue: 'asked' });
  });
});

describe('a quoted sentence after narration about someone else is not continued from the speaker before', () => {
  test('"“We will win,” Tom Reed said. Mara Voss shook her head. “Leave now.”": Mara Voss', () => {
    const text = '"We will win," Tom Reed said. Mara Voss shook her head. "Leave now."';
    expect(quote(text, 'Leave now')).toMatchObject({ type: 'direct', text: 'Leave now.', start: at(text, 'Leave now'), speaker: 'Mara Voss', speaker_mention: 'Mara Voss', speaker_start: at(text, 'Mara Voss'), cue: null });
  });

  test('narration about no one named, or about the speaker again, keeps the continuation', () => {
    const crowd = '"We will win," Tom Reed said. The crowd cheered. "Leave now."';
    expect(quote(crowd, 'Leave now')).toMatchObject({ speaker: 'Tom Reed' });
    const again = '"We will win," Tom Reed said. Reed paused. "Leave now."';
    expect(quote(again, 'Leave now')).toMatchObject({ speaker: 'Tom Reed' });
    const pronoun = '"We will win," Tom Reed said. He paused. "Leave now."';
    expect(quote(pronoun, 'Leave now')).toMatchObject({ speaker: 'Tom Reed' });
  });

  test('a fact about someone else between the quotes, no turn they take, keeps the continuation with the speaker', () => {
    const text = '"We will take this ward," Tom Reed said at the rally. Mara Voss has led the count since noon. "Counts can change."';
    expect(quote(text, 'Counts can change')).toMatchObject({ type: 'direct', text: 'Counts can change.', start: at(text, 'Counts can'), speaker: 'Tom Reed', speaker_mention: 'Tom Reed', speaker_start: at(text, 'Tom Reed'), cue: null });
    const smiled = '"We will take this ward," Tom Reed said at the rally. Mara Voss just smiled. "Counts can change."';
    expect(quote(smiled, 'Counts can change')).toMatchObject({ speaker: 'Mara Voss', speaker_mention: 'Mara Voss', speaker_start: at(smiled, 'Mara Voss'), cue: null });
  });
});

describe('a colon introduction after a time written "12.03am"', () => {
  test('"The fan account NAME, which has …, posted at 12.03am on Friday: “…”" is the account\'s', () => {
    const text = 'Fans were as surprised as anyone. The fan account Lund Updates, which has more than 200,000 followers, posted at 12.03am on Friday: "THEY DID IT. WAKE UP EVERYONE."';
    expect(quote(text, 'THEY DID')).toMatchObject({
      type: 'direct', text: 'THEY DID IT. WAKE UP EVERYONE.', start: at(text, 'THEY DID'),
      speaker: 'Lund Updates', speaker_mention: 'Lund Updates', speaker_kind: 'organization', speaker_start: at(text, 'Lund Updates'), cue: 'posted', cue_start: at(text, 'posted'), outlet: null,
    });
  });
});
