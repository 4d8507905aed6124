import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {pageSections} from '../pageSections';
import {createSearchIndex} from './miniSearchReference';

const fixture = readFileSync(join(__dirname, '__fixtures__/bilingualPage.html'), 'utf8');

describe('pageSections', () => {
  it('cuts a built bilingual page into sections of sentence pairs, leaving out navigation and notices', () => {
    expect(pageSections(fixture, '/zh-TW/docs/demo')).toEqual([
      {
        path: '/zh-TW/docs/demo',
        anchor: '',
        title: '設定中介軟體',
        titleEn: 'Configure the middleware',
        heading: '設定中介軟體',
        headingEn: 'Configure the middleware',
        sentences: [
          {t: '新增 KeepAliveInterval 選項。', e: 'Add the KeepAliveInterval option.'},
          {t: 'A sentence not translated yet.', en: 1},
        ],
        code: '',
      },
      {
        path: '/zh-TW/docs/demo',
        anchor: 'send-and-receive-messages',
        title: '設定中介軟體',
        titleEn: 'Configure the middleware',
        heading: '傳送和接收訊息',
        headingEn: 'Send and receive messages',
        // Text outside segments is in the language its element says: here the page's.
        sentences: [{t: 'Plain text in a list item, bold too.'}, {t: '第二項'}, {t: 'Not a section'}, {t: 'After the small heading.'}],
        code: 'await webSocket.ReceiveAsync(buffer, CancellationToken.None);\n',
      },
      {
        path: '/zh-TW/docs/demo',
        anchor: 'demo-title-echo',
        title: '設定中介軟體',
        titleEn: 'Configure the middleware',
        heading: '即時示範：WebSocket 回應',
        sentences: [{t: '連線到回應伺服器。'}, {t: '關閉代碼'}],
        code: '',
      },
    ]);
  });

  it('reads the text of an English page as English, with no English copy', () => {
    const html =
      '<html lang="en"><body><article><h1>Deploying</h1><p>Run <code>npm start</code>.</p><h2 id="run">Run it</h2><p>It listens on port 5000.</p></article></body></html>';
    expect(pageSections(html, '/docs/deployment')).toEqual([
      {path: '/docs/deployment', anchor: '', title: 'Deploying', heading: 'Deploying', sentences: [{t: 'Run npm start.'}], code: ''},
      {path: '/docs/deployment', anchor: 'run', title: 'Deploying', heading: 'Run it', sentences: [{t: 'It listens on port 5000.'}], code: ''},
    ]);
  });

  it('marks text under lang="en" on a page in another language as English (a page not translated yet)', () => {
    const html = '<html lang="ja-JP"><body><article><div lang="en"><h1>Deploying</h1><p>Run it.</p></div></article></body></html>';
    expect(pageSections(html, '/ja-JP/docs/deployment')[0]?.sentences).toEqual([{t: 'Run it.', en: 1}]);
  });

  it('reads headings that repeat an anchor as one section, so every section has its own id (ASP.NET Core migration/31-to-50.md)', () => {
    const html =
      '<html lang="en"><body><article><h1>Migrate</h1><h2 id="a">Update</h2><p>One.</p><h2 id="a">Update</h2><p>Two.</p><pre><code>dotnet</code></pre></article></body></html>';
    const sections = pageSections(html, '/docs/migrate');
    expect(sections.map((s) => [s.anchor, s.sentences.map((x) => x.t), s.code])).toEqual([['a', ['One.', 'Two.'], 'dotnet\n']]);
    expect(() => createSearchIndex(sections)).not.toThrow();
  });

  it('indexes nothing from a page without an article or main element', () => {
    expect(pageSections('<html><body><p>Redirecting…</p></body></html>', '/old')).toEqual([]);
  });
});
