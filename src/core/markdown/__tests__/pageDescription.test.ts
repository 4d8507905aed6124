import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {splitFrontMatter} from '../frontMatter';
import {pageDescription} from '../pageDescription';

const site = (path: string) => splitFrontMatter(readFileSync(join(__dirname, '../../../..', path), 'utf8')).body;

describe('pageDescription', () => {
  it('takes the first paragraph of prose after the byline, in English', () => {
    expect(pageDescription(site('docs/websockets.md'))).toBe(
      'This article explains how to get started with WebSockets in ASP.NET Core. WebSocket (RFC 6455) is a protocol that enables two-way persistent communication channels over TCP connections.',
    );
  });

  it('takes the translations of a localized paragraph, not their English', () => {
    expect(pageDescription(site('i18n/pt-BR/docusaurus-plugin-content-docs/current/websockets.md'))).toMatch(
      /^Este artigo explica como começar a usar o WebSockets no ASP.NET Core. WebSocket \(RFC 6455\) é um protocolo [^<>]*$/,
    );
  });

  it('skips headings, tables and code to the first sentence of prose', () => {
    expect(pageDescription(site('docs/3427-websocketcloseoutputsent.md'))).toBe('This event is emitted when WebSocket close output is sent.');
    expect(pageDescription('# T\n\n```js\nconst a = 1;\n```\n\n| a | b |\n|-|-|\n\nSome *real* [text](x.md).\n')).toBe('Some real text.');
  });

  it('shortens a long paragraph at a sentence end', () => {
    const long = `${'A first sentence that goes on for a while. '.repeat(3)}${'x'.repeat(200)}`;
    expect(pageDescription(long)).toBe(
      'A first sentence that goes on for a while. A first sentence that goes on for a while. A first sentence that goes on for a while.',
    );
  });

  it('has none for a page of headings and code only', () => {
    expect(pageDescription('# Title\n\n```\ncode\n```\n')).toBeUndefined();
  });
});
