import {describe, expect, it} from 'vitest';
import {englishSentences} from '../englishSentences';
import {readLocalizedDoc} from '../localizedDoc';
import {pageOnCurrentEnglish} from '../pageOnCurrentEnglish';

const pair = (id: string, target: string, source: string, state?: string) =>
  `<span data-ttu-id="${id}"${state ? ` data-l10n-state="${state}"` : ''}>${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

const read = (localized: string, english: string) => pageOnCurrentEnglish(readLocalizedDoc('zh-TW/page.md', localized), english, englishSentences(english));

const LOCALIZED = [
  '---',
  'title: 標題',
  'ms.date: 2018-02-15',
  '---',
  `# ${pair('a-1', '標題', 'Title')}`,
  '',
  `${pair('a-2', '第一句。', 'The first sentence.')} ${pair('a-3', '舊的句子。', 'A sentence the English dropped.')}`,
  '',
  '```csharp',
  'old();',
  '```',
  '',
  `${pair('a-4', '請設定逾時。', 'Set the timeout.')}`,
  '',
].join('\n');

describe('pageOnCurrentEnglish', () => {
  it('is undefined for a page that already is the current English', () => {
    const english =
      '---\nms.date: 2018-02-15\n---\n# Title\n\nThe first sentence. A sentence the English dropped.\n\n```csharp\nold();\n```\n\nSet the timeout.\n';
    expect(read(LOCALIZED, english)).toBeUndefined();
  });

  it('puts every sentence of the current English in its place: translated, stale with the current English, or new in English; gone ones left out', () => {
    const english = [
      '---',
      'ms.date: 2018-06-13',
      '---',
      '# Title',
      '',
      'The first sentence.',
      '',
      '## A new heading',
      '',
      '```csharp',
      'current();',
      '```',
      '',
      'Set the timeout value.',
      '',
    ].join('\n');
    expect(read(LOCALIZED, english)).toEqual({
      text: [
        // The translation's own front matter: its title and the date of the English it was made from.
        '---',
        'title: 標題',
        'ms.date: 2018-02-15',
        '---',
        `# ${pair('a-1', '標題', 'Title')}`,
        '',
        pair('a-2', '第一句。', 'The first sentence.'),
        '',
        `## ${pair('a-101', 'A new heading', 'A new heading', 'untranslated')}`,
        '',
        '```csharp',
        'current();',
        '```',
        '',
        pair('a-4', '請設定逾時。', 'Set the timeout value.', 'stale'),
        '',
      ].join('\n'),
      stale: 1,
      untranslated: 1,
      obsolete: 1,
    });
  });
});
