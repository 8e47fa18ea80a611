import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  /** Neither valid UTF-8 nor a declared charset: windows-1252 was a guess, which the user is told of. */
  guessed?: boolean;
}

/** The note an article decoded by guess carries (its row's error column, the run's damaged count). */
export const GUESSED_ENCODING_NOTE = 'not valid UTF-8; decoded as windows-1252';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Bytes to text. Order: BOM → strict UTF-8 when the bytes are valid UTF-8 (a lying declaration loses)
 * → the declared charset → windows-1252. Node 20's TextDecoder('windows-1252') maps 0x80–0x9F to C1
 * controls (nodejs/node#60888), so single-byte charsets go through iconv-lite.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const label = normaliseCharset(declared);
  if (label && label !== 'utf-8' && iconv.encodingExists(label)) {
    return { text: iconv.decode(Buffer.from(bytes), label), encoding: label };
  }
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', guessed: true };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** WHATWG treats latin-1 labels as windows-1252; so do we. */
export function normaliseCharset(label?: string | null): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'cp1252', 'windows-1252', 'x-cp1252'].includes(l)) return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  return l;
}

/** The charset an HTML document declares in its first bytes: <meta charset>, http-equiv, or an XML declaration. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1]! : null;
}

/** A NUL byte in the first 8 KB marks a file as binary (text formats never contain one), unless a UTF-16 byte-order mark says it is text in two-byte units. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
