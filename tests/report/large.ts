import type { Quote } from '../../src/types.js';
import type { ReportInput } from '../../src/report/index.js';

const NAMES = ['Ana Ruiz', 'Ben Okoro', 'Chen Wei', 'Dara Singh', 'Eli Novak', 'Fay Moreau', 'Gus Adler', 'Hana Sato'];
const OUTLETS = [null, 'Variety', 'Deadline', 'IndieWire', null, 'BBC'];
const WORDS = 'the film crew waited weeks for a storm and the sea kept its promise every night we shot until dawn'.split(' ');

/** A generated run: `articles` articles of `perArticle` quotes each, every quote at its true offsets. */
export function largeInput(articles: number, perArticle: number): ReportInput {
  const input: ReportInput = { label: 'generated', articles: [], quotes: [] };
  for (let a = 0; a < articles; a++) {
    const id = `gen/${a}`;
    let text = `Article ${a} about the film Storm ${a % 300}.\n\n`;
    for (let k = 0; k < perArticle; k++) {
      const speaker = `${NAMES[(a + k) % NAMES.length]} ${a % 500}`;
      const words = Array.from({ length: 8 + ((a * 7 + k) % 20) }, (_, w) => WORDS[(a + k * 3 + w) % WORDS.length]).join(' ');
      text += '"';
      const start = text.length;
      text += `${words} number ${a}-${k},`;
      const end = text.length;
      text += '" ';
      const speakerStart = text.length;
      text += speaker;
      const speakerEnd = text.length;
      text += ' said.\n\n';
      const quote: Quote = {
        id: `${id}#${start}-${end}`, article_id: id, text: text.slice(start, end), start, end, type: k % 5 === 4 ? 'partial' : 'direct',
        speaker, speaker_mention: speaker, speaker_start: speakerStart, speaker_end: speakerEnd, speaker_kind: 'person', speaker_role: null,
        cue: 'said', cue_start: speakerEnd + 1, cue_end: speakerEnd + 5, outlet: OUTLETS[(a + k) % OUTLETS.length]!, confidence: 0.9,
        pullquote: ((a * 31 + k * 17) % 1000) / 1000, pullquote_reasons: ['length-ok'], profanity: false,
        pullquote_text: `“${text.slice(start, end - 1)}.” — ${speaker}`,
      };
      input.quotes.push(quote);
    }
    input.articles.push({ id, title: `Generated article ${a}`, url: null, date: null, outlet: 'Generated', path: 'gen.jsonl', text, films: [`Storm ${a % 300}`] });
  }
  return input;
}
