import {describe, expect, it} from 'vitest';
import {normalizeSourceLinks, reportUrlFor} from '../sourceLinks';

const subject = {
  pageTitle: 'WebSockets 支援',
  pageUrl: 'https://docs.example.org/zh-TW/docs/websockets',
  locale: 'zh-TW',
  sourceFile: 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md',
};

describe('normalizeSourceLinks', () => {
  it('defaults to the repository on GitHub, branch main', () => {
    expect(normalizeSourceLinks()).toEqual({
      editBase: 'https://github.com/bilingual-docs/websocket-docs/edit/main/',
      reportTemplate: 'https://github.com/bilingual-docs/websocket-docs/issues/new?title={title}&body={body}',
    });
  });

  it('takes another repository and branch, a trailing slash or .git dropped; empty settings are the defaults', () => {
    expect(normalizeSourceLinks({repoUrl: 'https://git.example.org/team/docs.git', branch: 'release/2.1', reportUrl: ''})).toEqual({
      editBase: 'https://git.example.org/team/docs/edit/release/2.1/',
      reportTemplate: 'https://git.example.org/team/docs/issues/new?title={title}&body={body}',
    });
  });

  it('takes a report form of its own', () => {
    expect(normalizeSourceLinks({reportUrl: 'https://l10n.example.org/report?subject={title}&text={body}'}).reportTemplate).toBe(
      'https://l10n.example.org/report?subject={title}&text={body}',
    );
  });

  it('refuses what is not an http(s) URL or a branch name, quoting it', () => {
    expect(() => normalizeSourceLinks({repoUrl: 'git@github.com:a/b.git'})).toThrow(
      new TypeError('REPO_URL must be an http(s) URL, got "git@github.com:a/b.git"'),
    );
    expect(() => normalizeSourceLinks({repoUrl: 'javascript:alert(1)'})).toThrow(TypeError);
    expect(() => normalizeSourceLinks({branch: 'a b'})).toThrow(new TypeError('REPO_BRANCH must be a branch name, got "a b"'));
    expect(() => normalizeSourceLinks({reportUrl: 'https://example.org/report'})).toThrow(
      new TypeError('REPORT_URL must hold "{body}" where the report\'s text goes, got "https://example.org/report"'),
    );
  });
});

describe('reportUrlFor', () => {
  const decoded = (url: string) => Object.fromEntries(new URL(url).searchParams);

  it('names the page, its locale and file', () => {
    expect(decoded(reportUrlFor('https://example.org/new?title={title}&body={body}', subject))).toEqual({
      title: '[zh-TW] WebSockets 支援',
      body: [
        'Page: https://docs.example.org/zh-TW/docs/websockets',
        'Locale: zh-TW',
        'File: i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md',
        '',
        'What is wrong, and what it should say:',
        '',
      ].join('\n'),
    });
  });

  it('names the sentence with its id and both texts, a long one cut', () => {
    const sentence = {id: 'c67d8-104', translation: '本文說明\n如何開始。', english: 'x'.repeat(1000)};
    const {title, body} = decoded(reportUrlFor('https://example.org/new?title={title}&body={body}', {...subject, sentence}));
    expect(title).toBe('[zh-TW] WebSockets 支援 (sentence c67d8-104)');
    expect(body?.split('\n').slice(3, 6)).toEqual(['Sentence: c67d8-104', 'Translation: 本文說明 如何開始。', `English: ${'x'.repeat(399)}…`]);
  });
});
