import {describe, expect, it} from 'vitest';
import {parseSpanPairs, renderPair} from '../../markdown/spanPairs';
import {alignToEnglish, maskUntranslatable, untranslatableParts} from '../alignment';
import {englishSentences} from '../englishSentences';

/** A localized paragraph of the given pairs, parsed, and the English page aligned with it. */
function align(english: string, pairs: Array<[id: string, target: string, source: string, state?: string]>) {
  const localized = pairs.map(([id, target, source, state]) => renderPair(id, target, source, state)).join(' ');
  const {units, obsolete} = alignToEnglish(parseSpanPairs(localized), english, englishSentences(english));
  return {
    units: units.map((u) => [u.english, u.state, u.segment?.id, u.similarity]),
    obsolete: obsolete.map((s) => s.id),
  };
}

describe('alignToEnglish', () => {
  it('keeps translations whose English is unchanged, whitespace aside', () => {
    expect(
      align('One.  Two.\n', [
        ['k-1', '一。', 'One.'],
        ['k-2', '二。', 'Two.'],
      ]),
    ).toEqual({
      units: [
        ['One.', 'translated', 'k-1', undefined],
        ['Two.', 'translated', 'k-2', undefined],
      ],
      obsolete: [],
    });
  });

  it('covers a sentence the translation tool split in two with its two segments (a real ASP.NET Core sentence)', () => {
    expect(
      align('In the example, a response of "Hello from main pipeline." is written for all requests. Next.\n', [
        ['k-1', '範例中，回應 "Hello from main pipeline."', 'In the example, a response of "Hello from main pipeline."'],
        ['k-2', '會寫入所有要求。', 'is written for all requests.'],
        ['k-3', '下一步。', 'Next.'],
      ]),
    ).toEqual({
      units: [
        ['In the example, a response of "Hello from main pipeline."', 'translated', 'k-1', undefined],
        ['is written for all requests.', 'translated', 'k-2', undefined],
        ['Next.', 'translated', 'k-3', undefined],
      ],
      obsolete: [],
    });
  });

  it('reads a no-loc term kept outside the pair, and a pair inside a whole emphasis, as translated (real ASP.NET Core and Edge lines)', () => {
    expect(
      align('---\nno-loc:\n- SignalR\n---\nSignalR provides an API. Now SignalR is here.\n\n**Discoverability**\n', [
        ['k-1', ' には API があります。', 'provides an API.'],
        ['k-2', 'ここに。', 'SignalR is here.'],
        ['k-3', '検出', 'Discoverability'],
      ]),
    ).toEqual({
      units: [
        ['provides an API.', 'translated', 'k-1', undefined],
        ['Now SignalR is here.', 'stale', 'k-2', expect.any(Number)],
        ['Discoverability', 'translated', 'k-3', undefined],
      ],
      obsolete: [],
    });
  });

  it('reads inline code kept outside the pair, an image inside it and <br/> between sentences as the tools do (real Edge, Mixed Reality and Architecture Center lines)', () => {
    expect(
      align('`url`: The HTTPS URI.\n\n![Close icon](close.png) **Close**: Closes it.\n\n| Monorepo |\n|--|\n| Code sharing<br/>Easier refactoring |\n', [
        ['k-1', '：HTTPS URI。', ': The HTTPS URI.'],
        ['k-2', '![關閉](close.png) **關閉**：關閉。', '![Close icon](close.png) **Close**: Closes it.'],
        ['k-3', '單一存放庫', 'Monorepo'],
        ['k-4', '程式碼共用', 'Code sharing'],
        ['k-5', '更容易重構', 'Easier refactoring'],
      ]).units.map(([english, state, id]) => [english, state, id]),
    ).toEqual([
      [': The HTTPS URI.', 'translated', 'k-1'],
      ['**Close**: Closes it.', 'translated', 'k-2'],
      ['Monorepo', 'translated', 'k-3'],
      ['Code sharing', 'translated', 'k-4'],
      ['Easier refactoring', 'translated', 'k-5'],
    ]);
  });

  it('matches one old segment to a run of sentences of the same block, longest run first', () => {
    expect(
      align('One. Two. Three.\n', [
        ['k-1', '一。二。', 'One. Two.'],
        ['k-3', '三。', 'Three.'],
      ]),
    ).toEqual({
      units: [
        ['One. Two.', 'translated', 'k-1', undefined],
        ['Three.', 'translated', 'k-3', undefined],
      ],
      obsolete: [],
    });
  });

  it('calls English that changed only in URLs or code updatable, and anything else similar stale', () => {
    const english = 'See [the guide](https://b.example) for `Start()`.\n\nThe server closes the socket at once.\n';
    const pairs: Array<[string, string, string]> = [
      ['k-1', '請參閱[指南](https://a.example)的 `Begin()`。', 'See [the guide](https://a.example) for `Begin()`.'],
      ['k-2', '伺服器立即關閉連線。', 'The server closes the connection at once.'],
    ];
    expect(align(english, pairs)).toEqual({
      units: [
        ['See [the guide](https://b.example) for `Start()`.', 'updatable', 'k-1', undefined],
        ['The server closes the socket at once.', 'stale', 'k-2', 0.857],
      ],
      obsolete: [],
    });
  });

  it('leaves new English untranslated and reports translations whose English is gone', () => {
    expect(align('A brand new sentence.\n', [['k-1', '舊的。', 'Something else entirely.']])).toEqual({
      units: [['A brand new sentence.', 'untranslated', undefined, undefined]],
      obsolete: ['k-1'],
    });
  });

  it('keeps a sentence that sync marked untranslated as such, never as obsolete or stale', () => {
    expect(align('Kept as English.\n', [['k-7', 'Kept as English.', 'Kept as English.', 'untranslated']])).toEqual({
      units: [['Kept as English.', 'untranslated', 'k-7', undefined]],
      obsolete: [],
    });
  });
});

describe('untranslatable parts', () => {
  it('are link URLs, inline code and bare URLs, in order', () => {
    expect(untranslatableParts('Read [this](a.md), run `npm test`, see https://x.example/y.')).toEqual(['](a.md)', '`npm test`', 'https://x.example/y.']);
    expect(maskUntranslatable('Run `a` then  `b`.')).toBe('Run \u0000 then \u0000.');
  });
});

describe('a translation inside a link', () => {
  it('aligns with the link text of a sentence that is only a link, as in a DocFX tab heading', () => {
    const english = '### [Fluent API](#tab/fluent-api)\n';
    const localized = `### [${renderPair('k-1', 'Fluent API (zh)', 'Fluent API')}](#tab/fluent-api)\n`;
    const {units, obsolete} = alignToEnglish(parseSpanPairs(localized), english, englishSentences(english));
    expect(units.map((u) => [english.slice(u.start, u.end), u.state, u.segment?.id])).toEqual([['Fluent API', 'translated', 'k-1']]);
    expect(obsolete).toEqual([]);
  });
});

describe('pairs of symbols alone', () => {
  it('are neither sentences nor obsolete translations, as the ✔ of a feature table', () => {
    const english = '| Feature | SQL Server |\n|-|-|\n| Buffer | ✔ |\n';
    const localized = `| ${renderPair('k-1', 'Recurso', 'Feature')} | SQL Server |\n|-|-|\n| ${renderPair('k-2', 'Buffer', 'Buffer')} | ${renderPair('k-3', '✔', '✔')} |\n`;
    const {units, obsolete} = alignToEnglish(parseSpanPairs(localized), english, englishSentences(english));
    expect(units.map((u) => [u.english, u.state, u.segment?.id])).toEqual([
      ['Feature', 'translated', 'k-1'],
      ['SQL Server', 'untranslated', undefined],
      ['Buffer', 'translated', 'k-2'],
    ]);
    expect(obsolete).toEqual([]);
  });
});
