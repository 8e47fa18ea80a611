import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../types.js';

export interface HtmlInfo {
  id: string;
  path: string;
  url?: string | null;
  offset?: number;
}

export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  date: string | null;
  url: string | null;
  outlet: string | null;
}

// Elements that end a paragraph. Readability's textContent glues them (`…killings".He vowed…`).
// linkedom nodes; the DOM lib types are not part of this Node project.
type DomNode = any;

const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE',
  'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER',
  'ASIDE', 'ADDRESS', 'HR', 'BR', 'MAIN', 'NAV', 'CAPTION',
]);
// Captions carry photo credits, not article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'FIGCAPTION']);

/** The main article text and metadata of an HTML page. Text paragraphs are separated by a blank line. */
export function htmlToArticle(html: string, info: HtmlInfo): Article {
  // linkedom needs a full document: a bare fragment would have no <body>.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = pageMetadata(document, info.url ?? null);
  // Readability mutates the document: read metadata first.
  let parsed: ReturnType<Readability['parse']> = null;
  // Readability recurses and measures every subtree's text: on markup nested thousands deep (tags never
  // closed) it overflows the stack or takes minutes. Such a page is read whole, below.
  const readable = depthOf(document.documentElement) <= READABLE_DEPTH;
  if (readable) {
    try {
      parsed = new Readability(document as any, { charThreshold: 300 }).parse();
    } catch {
      parsed = null; // malformed markup Readability cannot score: fall back to the whole body below
    }
  }
  let text = '';
  const emphasis = new Set<string>();
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(content.body as DomNode, emphasis);
  }
  if (!text) {
    // Readability changed the document it read; one it did not read is still whole.
    const fallback = readable ? parseHTML(page).document : document;
    const root = fallback.body ?? fallback.documentElement;
    text = root ? blockText(root as DomNode, emphasis) : '';
  }
  return {
    id: info.id,
    path: info.path,
    ...(info.offset !== undefined ? { offset: info.offset } : {}),
    // Readability's own metadata first (it is what its test suite expects), the page's tags after.
    url: meta.url ?? info.url ?? null,
    title: parsed?.title?.trim() || meta.title,
    date: parsed?.publishedTime ?? meta.date,
    outlet: parsed?.siteName ?? meta.outlet,
    authors: parsed?.byline?.trim() ? [parsed.byline.trim()] : meta.authors,
    text,
    ...(emphasis.size ? { emphasis: [...emphasis] } : {}),
  };
}

/**
 * Text of a DOM subtree: one paragraph per block element, white space collapsed inside paragraphs.
 * Walked with a stack of its own, not by recursion: a page may nest tags thousands deep.
 */
export function blockText(root: DomNode, emphasis?: Set<string>): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    // A short paragraph with a copyright sign is a photo credit or a footer, not article text.
    if (p && !(p.length < 300 && p.includes('©'))) paragraphs.push(p);
    current = '';
  };
  // A node to enter, or (leaving) a block element to close.
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.tagName as string;
    if (SKIP.has(name)) continue;
    const block = BLOCKS.has(name.toUpperCase());
    // Italics and citations often set titles of works: "<i>Night Ferry</i>".
    if (emphasis && /^(?:I|EM|CITE)$/i.test(name)) {
      const phrase = shortText(node, 120);
      if (phrase) emphasis.add(phrase);
    }
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    }
    for (const child of childrenOf(node).reverse()) stack.push({ node: child, leaving: false });
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Deeper nesting than this is no page Readability can read in reasonable time (real pages nest tens deep). */
const READABLE_DEPTH = 400;

/** How deep elements nest under root (stopping once past READABLE_DEPTH). */
function depthOf(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = root ? [[root, 1]] : [];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > READABLE_DEPTH) break;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

function childrenOf(node: DomNode): DomNode[] {
  const children: DomNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/**
 * A node's text with white space collapsed, or null once it is longer than `limit` (or spread over
 * more nodes than that could take): an emphasised phrase is short, and reading the whole text of every
 * <i> in a page nested deep took time in the square.
 */
function shortText(node: DomNode, limit: number): string | null {
  let text = '';
  const stack: DomNode[] = [node];
  // … and a phrase that short never spans hundreds of elements.
  for (let visited = 0; stack.length; visited++) {
    if (visited > 4 * limit) return null;
    const n = stack.pop();
    if (n.nodeType === 3) {
      text = (text + (n.nodeValue ?? '')).replace(/[ \t\n\r\f\u00a0]+/g, ' ');
      if (text.trim().length > limit) return null;
    } else if (n.nodeType === 1) {
      stack.push(...childrenOf(n).reverse());
    }
  }
  return text.trim() || null;
}

function pageMetadata(document: any, fallbackUrl: string | null): HtmlMetadata {
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLd(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const author = metaContent('author', 'article:author', 'parsely-author', 'byl', 'dc.creator');
  const ldAuthors = ld.authors;
  return {
    title: metaContent('og:title', 'twitter:title') ?? ld.headline,
    authors: ldAuthors.length ? ldAuthors : author && !/^https?:/.test(author) ? [author] : [],
    date: metaContent('article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'DC.date.issued', 'sailthru.date') ?? ld.date,
    url: absolute(canonical, fallbackUrl) ?? metaContent('og:url') ?? fallbackUrl,
    outlet: metaContent('og:site_name', 'application-name') ?? ld.publisher,
  };
}

function jsonLd(document: any): { headline: string | null; date: string | null; authors: string[]; publisher: string | null } {
  const out = { headline: null as string | null, date: null as string | null, authors: [] as string[], publisher: null as string | null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes: any[] = [];
    const collect = (d: any) => {
      if (Array.isArray(d)) d.forEach(collect);
      else if (d && typeof d === 'object') {
        nodes.push(d);
        if (Array.isArray(d['@graph'])) d['@graph'].forEach(collect);
      }
    };
    collect(data);
    for (const node of nodes) {
      const type = String(node['@type'] ?? '');
      if (!/Article|Posting|Report/i.test(type)) continue;
      out.headline ??= typeof node.headline === 'string' ? node.headline : null;
      out.date ??= typeof node.datePublished === 'string' ? node.datePublished : null;
      if (!out.authors.length) {
        const a = Array.isArray(node.author) ? node.author : node.author ? [node.author] : [];
        out.authors = a.map((x: any) => (typeof x === 'string' ? x : x?.name)).filter((x: unknown): x is string => typeof x === 'string' && x.trim() !== '');
      }
      out.publisher ??= typeof node.publisher === 'string' ? node.publisher : node.publisher?.name ?? null;
    }
  }
  return out;
}

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return /^https?:\/\//.test(url) ? url : null;
  }
}
