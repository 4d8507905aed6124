import {join} from 'node:path';
import type {Code, Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {failure} from './vfileFailure';
import remarkCodeIncludes, {normalizeCodeIncludesOptions} from '../codeIncludes';
import {sharedFileCandidates} from '../../../core/i18n/paths';
import {markTripleColon} from '../../../core/docfx/tripleColon';

const SITE = join(__dirname, '../../../..');

function run(text: string, path: string): Root {
  const processor = unified().use(remarkParse).use(remarkCodeIncludes);
  const file = new VFile({value: text, path});
  return processor.runSync(processor.parse(file), file) as Root;
}

describe('remarkCodeIncludes', () => {
  it('shows the AcceptWebSocket region of the 2.x sample with line 7 highlighted', () => {
    const tree = run(
      '[!code-csharp[](websockets/samples/2.x/WebSocketsSample/Startup.cs?name=AcceptWebSocket&highlight=7)]\n',
      join(SITE, 'docs/websockets.md'),
    );
    const code = tree.children[0] as Code;
    expect({lang: code.lang, meta: code.meta}).toEqual({lang: 'csharp', meta: 'title="Startup.cs" {7}'});
    expect(code.value.split('\n')[6]).toBe('            WebSocket webSocket = await context.WebSockets.AcceptWebSocketAsync();');
    expect(code.value.split('\n')[0]).toBe('app.Use(async (context, next) =>');
  });

  it('shows a :::code marker the same way (language, source, id, highlight), as the site preprocesses it', () => {
    const text = markTripleColon(
      ':::code language="csharp" source="websockets/samples/2.x/WebSocketsSample/Startup.cs" id="AcceptWebSocket" highlight="7":::\n',
    );
    const code = run(text, join(SITE, 'docs/websockets.md')).children[0] as Code;
    expect({lang: code.lang, meta: code.meta}).toEqual({lang: 'csharp', meta: 'title="Startup.cs" {7}'});
    expect(code.value.split('\n')[6]).toBe('            WebSocket webSocket = await context.WebSockets.AcceptWebSocketAsync();');
  });

  it('finds a ~/ sample from the docs root down, for a localized page in its English folder', () => {
    const path = join(SITE, 'i18n/pt-BR/docusaurus-plugin-content-docs/current/websockets.md');
    const code = run('[!code-csharp[](~/websockets/samples/2.x/WebSocketsSample/Startup.cs?name=AcceptWebSocket)]\n', path).children[0] as Code;
    expect(code.value.split('\n')[6]).toBe('            WebSocket webSocket = await context.WebSockets.AcceptWebSocketAsync();');
  });

  it('resolves a localized article against the English article folder', () => {
    const path = join(SITE, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md');
    expect(sharedFileCandidates(path, 'websockets/sample/Startup.cs')).toEqual([
      join(SITE, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets/sample/Startup.cs'),
      join(SITE, 'docs/websockets/sample/Startup.cs'),
    ]);
    const tree = run('[!code-csharp[](websockets/sample/Startup.cs?name=Echo)]\n', path);
    expect((tree.children[0] as Code).value).toMatch(/^private async Task Echo\(HttpContext context, WebSocket webSocket\)/);
  });

  it('fails on a missing region naming the article, line:column, file and the regions that exist', () => {
    expect(failure(() => run('Intro\n\n[!code-csharp[](websockets/sample/Startup.cs?name=Nope)]\n', join(SITE, 'docs/websockets.md')))).toEqual({
      file: join(SITE, 'docs/websockets.md'),
      line: 3,
      column: 1,
      source: 'code-includes',
      ruleId: 'missing-region',
      reason:
        'Code include: region "Nope" not found in docs/websockets/sample/Startup.cs; its regions are: UseWebSockets, UseWebSocketsOptions, AcceptWebSocket, Echo. ' +
        'Mark the region with #region/#endregion or // <Name> … // </Name>.',
    });
  });

  it('fails on a missing file naming where it looked', () => {
    const {reason, ...where} = failure(() => run('[!code-csharp[](nope/Startup.cs?name=Echo)]\n', join(SITE, 'docs/websockets.md')));
    expect(where).toEqual({file: join(SITE, 'docs/websockets.md'), line: 1, column: 1, source: 'code-includes', ruleId: 'missing-sample'});
    expect(reason).toMatch(
      /^Code include: sample file "nope\/Startup\.cs" not found \(looked for .*docs\/nope\/Startup\.cs\)\. Add the file or fix the path\.$/,
    );
  });

  it('with onMissingSample: warn, reports a missing sample at its line and shows a notice in its place', () => {
    const processor = unified().use(remarkParse).use(remarkCodeIncludes, {onMissingSample: 'warn'});
    const path = join(SITE, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/ef/keys.md');
    const file = new VFile({value: 'Intro\n\n[!code-csharp[](../samples/Keys.cs?name=KeylessEntity)]\n\nAfter.\n', path});
    const tree = processor.runSync(processor.parse(file), file) as Root;
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'paragraph']);
    expect(tree.children[1]).toMatchObject({name: 'MissingContent', attributes: [{name: 'path', value: '../samples/Keys.cs'}]});
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal])).toEqual([[3, 1, 'missing-sample', false]]);
  });

  it('rejects a bad option with a TypeError quoting the value', () => {
    expect(() => normalizeCodeIncludesOptions({onMissingSample: 'ignore' as 'warn'})).toThrow(
      new TypeError(`onMissingSample must be 'fail' or 'warn', got "ignore"`),
    );
  });
});
