const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a stream, split as readline splits them (\n, \r\n or a lone \r ends a line; a last line
 * without an end still counts), each decoded from its own UTF-8 bytes.
 *
 * readline's async iterator reads ahead until 1024 lines wait for the consumer, and each waiting line
 * is a slice that keeps its whole decoded chunk alive: at ~15 KB a news record, 15–35 MB of a batch
 * run's main thread held lines the worker pool would not reach for seconds. Here nothing is read
 * before the consumer asks for the next line, so at most one chunk of the stream waits.
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
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
      yield decode(carry, chunk.subarray(start, end));
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
  if (carry.length) yield decode(carry, Buffer.alloc(0));
}

function decode(carry: Buffer[], last: Buffer): string {
  return (carry.length ? Buffer.concat([...carry, last]) : last).toString('utf8');
}
