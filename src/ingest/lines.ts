import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

const LF = 0x0a;
const CR = 0x0d;

/** A line's text, and whether its bytes were not valid UTF-8 and were decoded as windows-1252 by guess. */
export interface DecodedLine {
  text: string;
  guessed: boolean;
}

/** The lines of a stream as UTF-8 text (invalid bytes become U+FFFD, as readline gives them). */
export async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  for await (const line of splitLineBytes(stream)) yield line.toString('utf8');
}

/**
 * The lines of a stream, each decoded on its own as a whole file is: UTF-8 when its bytes are valid
 * UTF-8, else windows-1252 (a latin-1 JSONL feed), flagged so the record can say it was a guess.
 * Per line, not per file: a stream cannot be read twice, and a file that mixes encodings is read
 * right line by line.
 */
export async function* splitDecodedLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<DecodedLine> {
  for await (const line of splitLineBytes(stream)) {
    yield isUtf8(line) ? { text: line.toString('utf8'), guessed: false } : { text: iconv.decode(line, 'windows-1252'), guessed: true };
  }
}

/**
 * The lines of a stream as bytes, split as readline splits them (\n, \r\n or a lone \r ends a line; a
 * last line without an end still counts).
 *
 * readline's async iterator reads ahead until 1024 lines wait for the consumer, and each waiting line
 * is a slice that keeps its whole decoded chunk alive: at ~15 KB a news record, 15–35 MB of a batch
 * run's main thread held lines the worker pool would not reach for seconds. Here nothing is read
 * before the consumer asks for the next line, so at most one chunk of the stream waits.
 */
export async function* splitLineBytes(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  // Bytes of a line that began in an earlier chunk.
  let carry: Buffer[] = [];
  // The last chunk ended in \r: a \n opening the next one belongs to that line end.
  let afterCr = false;
  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (chunk.length === 0) continue;
    let start = afterCr && chunk[0] === LF ? 1 : 0;
    afterCr = false;
    let nextLf = chunk.indexOf(LF, start);
    let nextCr = chunk.indexOf(CR, start);
    while (nextLf >= 0 || nextCr >= 0) {
      const end = nextCr < 0 || (nextLf >= 0 && nextLf < nextCr) ? nextLf : nextCr;
      yield joined(carry, chunk.subarray(start, end));
      carry = [];
      start = end + 1;
      if (chunk[end] === CR) {
        if (start === chunk.length) afterCr = true;
        else if (chunk[start] === LF) start++;
      }
      if (nextLf >= 0 && nextLf < start) nextLf = chunk.indexOf(LF, start);
      if (nextCr >= 0 && nextCr < start) nextCr = chunk.indexOf(CR, start);
    }
    if (start < chunk.length) carry.push(chunk.subarray(start));
  }
  if (carry.length) yield joined(carry, Buffer.alloc(0));
}

function joined(carry: Buffer[], last: Buffer): Buffer {
  return carry.length ? Buffer.concat([...carry, last]) : last;
}
