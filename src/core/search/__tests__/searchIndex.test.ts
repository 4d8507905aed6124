import {describe, expect, it} from 'vitest';
import type {SearchSection} from '../pageSections';
import {bestSentence} from '../searchIndex';
import {buildSearchShards, type ShardOptions} from '../searchShards';
import {searchShards, type ShardSource} from '../shardSearch';

const page = (anchor: string, heading: string, headingEn: string, sentences: SearchSection['sentences'], code = ''): SearchSection => ({
  path: '/zh-TW/docs/websockets',
  anchor,
  title: 'ASP.NET Core 中的 WebSockets 支援',
  titleEn: 'WebSockets support in ASP.NET Core',
  heading,
  headingEn,
  sentences,
  code,
});

const sections: SearchSection[] = [
  page('configure-the-middleware', '設定中介軟體', 'Configure the middleware', [
    {t: '在 Configure 方法中新增 WebSocket 中介軟體。', e: 'Add the WebSockets middleware in the Configure method.'},
    {t: 'KeepAliveInterval - 要將 "ping" 框架傳送到用戶端的頻率。', e: 'KeepAliveInterval - How frequently to send "ping" frames to the client.'},
  ]),
  page(
    'send-and-receive-messages',
    '傳送和接收訊息',
    'Send and receive messages',
    [{t: '請使用 WebSocket 物件來傳送和接收訊息。', e: 'Use the WebSocket object to send and receive messages.'}],
    'await webSocket.ReceiveAsync(buffer, CancellationToken.None);',
  ),
  {
    path: '/zh-TW/docs/api/closeoutputasync',
    anchor: '',
    title: 'CloseOutputAsync',
    heading: 'CloseOutputAsync',
    sentences: [{t: 'Closes the output side of the connection.', en: 1}],
    code: '',
  },
];

/** The shards as the browser gets them: each file written as JSON and read back when asked for. */
function search(options?: ShardOptions) {
  const shards = buildSearchShards(sections, options);
  const copy = <T>(value: T): Promise<T> => Promise.resolve(JSON.parse(JSON.stringify(value)) as T);
  const source: ShardSource = {chunk: (i) => copy(shards.chunks[i]!), fragment: (i) => copy(shards.fragments[i]!)};
  return (query: string, limit?: number) => searchShards(shards.manifest, source, query, limit);
}

// Whole, and cut into a chunk per term and a fragment per section: the answers are the same.
describe.each([
  ['one chunk', {}],
  ['a chunk per term', {chunkBytes: 1, fragmentBytes: 1}],
])('searchShards (%s)', (_, options: ShardOptions) => {
  const find = search(options);
  const top = async (query: string) => (await find(query, 3)).map((hit) => hit.anchor || hit.path);
  it('finds a section by its translation or by its English', async () => {
    expect((await top('中介軟體'))[0]).toBe('configure-the-middleware');
    expect((await top('send and receive messages'))[0]).toBe('send-and-receive-messages');
  });

  it('forgives a typo and finds words by their start', async () => {
    expect((await top('middlewere'))[0]).toBe('configure-the-middleware');
    expect((await top('CloseOut'))[0]).toBe('/zh-TW/docs/api/closeoutputasync');
  });

  it('finds identifiers whole, by their parts and in code', async () => {
    expect((await top('KeepAliveInterval'))[0]).toBe('configure-the-middleware');
    expect((await top('interval'))[0]).toBe('configure-the-middleware');
    expect((await top('ReceiveAsync'))[0]).toBe('send-and-receive-messages');
  });

  it('shows the sentence in the language that matched, the other beside it', async () => {
    const [english] = await find('frames client');
    expect(english?.sentence).toEqual({
      text: 'KeepAliveInterval - How frequently to send "ping" frames to the client.',
      english: true,
      other: 'KeepAliveInterval - 要將 "ping" 框架傳送到用戶端的頻率。',
    });
    const [chinese] = await find('框架');
    expect(chinese?.sentence).toEqual({
      text: 'KeepAliveInterval - 要將 "ping" 框架傳送到用戶端的頻率。',
      english: false,
      other: 'KeepAliveInterval - How frequently to send "ping" frames to the client.',
    });
  });

  it('finds nothing for words no page has', async () => {
    expect(await top('zebra quantum')).toEqual([]);
  });
});

describe('bestSentence', () => {
  it('picks the sentence sharing most terms, and marks an English-only sentence as English', async () => {
    expect(
      bestSentence(
        [
          {t: 'Closes the output.', en: 1},
          {t: 'Other text.', en: 1},
        ],
        ['closes', 'output'],
      ),
    ).toEqual({text: 'Closes the output.', english: true});
    expect(bestSentence([{t: '第二項'}], ['websocket'])).toBeUndefined();
  });
});
