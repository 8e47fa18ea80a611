// Builds the binary files of corpus/ from the readable sources in scripts/corpus-sources/:
//   corpus/news/transit-strike.txt.gz        gzip-compressed plain text
//   corpus/news/harvest-festival-cp1252.txt  windows-1252 bytes (curly quotes as 0x93/0x94, dash 0x96)
//   corpus/archive/crawl.warc.gz             per-record gzip WARC: warcinfo, request, two HTML responses
//                                            (one chunked and gzip-encoded), a revisit and a redirect
// Run: npx tsx scripts/build-corpus.ts   (deterministic: same bytes every run)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const src = (name: string) => readFileSync(new URL(`./corpus-sources/${name}`, import.meta.url));
const out = (path: string) => new URL(`../corpus/${path}`, import.meta.url);
mkdirSync(out('news/'), { recursive: true });
mkdirSync(out('archive/'), { recursive: true });

writeFileSync(out('news/transit-strike.txt.gz'), gzipSync(src('transit-strike.txt')));
writeFileSync(out('news/harvest-festival-cp1252.txt'), iconv.encode(src('harvest-festival.txt').toString('utf8'), 'windows-1252'));

const DATE = '2024-05-01T12:00:00Z';
function record(type: string, uri: string | null, id: number, block: Buffer, extra: Record<string, string> = {}): Buffer {
  const headers = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}>`,
    `WARC-Date: ${DATE}`,
    ...(uri ? [`WARC-Target-URI: ${uri}`] : []),
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
    `Content-Type: ${type === 'warcinfo' ? 'application/warc-fields' : type === 'request' ? 'application/http; msgtype=request' : 'application/http; msgtype=response'}`,
    `Content-Length: ${block.length}`,
  ];
  return gzipSync(Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')]));
}
const http = (status: string, headers: string[], body: Buffer) => Buffer.concat([Buffer.from([`HTTP/1.1 ${status}`, ...headers].join('\r\n') + '\r\n\r\n'), body]);
const chunked = (body: Buffer) => {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += 700) {
    const piece = body.subarray(i, i + 700);
    parts.push(Buffer.from(piece.length.toString(16) + '\r\n'), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
};

const premiere = src('page-premiere.html');
const marathon = src('page-marathon.html');
const premiereUri = 'https://screennotes.example.com/night-ferry-premiere';
const warc = Buffer.concat([
  record('warcinfo', null, 1, Buffer.from('software: quotewire build-corpus\r\nformat: WARC File Format 1.1\r\n')),
  record('request', premiereUri, 2, Buffer.from(`GET /night-ferry-premiere HTTP/1.1\r\nHost: screennotes.example.com\r\n\r\n`)),
  record('response', premiereUri, 3, http('200 OK', ['Content-Type: text/html; charset=utf-8', 'Content-Encoding: gzip', 'Transfer-Encoding: chunked'], chunked(gzipSync(premiere)))),
  record('response', 'https://runners.example.org/marathon', 4, http('301 Moved Permanently', ['Location: https://runners.example.org/harbour-marathon-record', 'Content-Type: text/html'], Buffer.from('<html><body>Moved</body></html>'))),
  record('response', 'https://runners.example.org/harbour-marathon-record', 5, http('200 OK', ['Content-Type: text/html; charset=utf-8', `Content-Length: ${marathon.length}`], marathon)),
  record('revisit', premiereUri, 6, http('200 OK', ['Content-Type: text/html; charset=utf-8'], Buffer.alloc(0)), {
    'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
    'WARC-Refers-To-Target-URI': premiereUri,
  }),
]);
writeFileSync(out('archive/crawl.warc.gz'), warc);
console.log('corpus binaries written');
