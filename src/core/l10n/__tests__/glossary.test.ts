import {describe, expect, it} from 'vitest';
import {glossaryFindings, parseGlossary, termsIn} from '../glossary';

const CSV = 'en,zh-TW,note\nmiddleware,中介軟體,ASP.NET Core pipeline\nSignalR,SignalR,product name\n"Kestrel, the server",Kestrel 伺服器,\n';

describe('parseGlossary', () => {
  it('reads the header and one term a row, quoted fields included', () => {
    expect(parseGlossary(`\uFEFF${CSV}`, 'zh-TW', 'g.csv')).toEqual([
      {english: 'middleware', translation: '中介軟體', note: 'ASP.NET Core pipeline'},
      {english: 'SignalR', translation: 'SignalR', note: 'product name'},
      {english: 'Kestrel, the server', translation: 'Kestrel 伺服器', note: ''},
    ]);
  });

  it('names the file and line of what it cannot read', () => {
    expect(() => parseGlossary('en,ja-JP,note\n', 'zh-TW', 'g.csv')).toThrow('g.csv:1:1: the first line must be "en,zh-TW,note", got "en,ja-JP,note"');
    expect(() => parseGlossary('en,zh-TW,note\nmiddleware,,\n', 'zh-TW', 'g.csv')).toThrow('g.csv:2:1: a term needs its English and its zh-TW');
    expect(() => parseGlossary('en,zh-TW,note\n"middleware,中介軟體,x\n', 'zh-TW', 'g.csv')).toThrow(
      'g.csv:2:1: not a CSV file CAT tools can read (the parsing is finished with an opening quote at line 2)',
    );
    expect(() => parseGlossary('en,zh-TW,note\nmiddleware,中介軟體\n', 'zh-TW', 'g.csv')).toThrow(
      'g.csv:2:1: a row has 2 fields; every row has 3: en, zh-TW, note',
    );
  });
});

describe('glossary checks', () => {
  const glossary = parseGlossary(CSV, 'zh-TW', 'g.csv');

  it('finds terms as words, any case for terms to translate, exact for names to keep', () => {
    expect(termsIn('Configure the Middleware for SignalR and WebSockets.', glossary, ['WebSockets']).map((t) => t.english)).toEqual([
      'middleware',
      'SignalR',
      'WebSockets',
    ]);
    expect(termsIn('middlewares and signalr', glossary).map((t) => t.english)).toEqual([]);
  });

  it('warns where a term is rendered otherwise or a name to keep is translated', () => {
    expect(glossaryFindings('Configure the middleware for SignalR.', '為 SignalR 設定中介軟體。', glossary)).toEqual([]);
    expect(glossaryFindings('Configure the middleware for SignalR.', '為信號設定中介軟體。', glossary)).toEqual([
      {code: 'L10N_NO_LOC', message: '"SignalR" is not to be translated, and the translation does not have it'},
    ]);
    expect(glossaryFindings('Configure the middleware.', '設定中繼軟體。', glossary)).toEqual([
      {code: 'L10N_GLOSSARY', message: 'the glossary has "middleware" as "中介軟體", which the translation does not have'},
    ]);
  });
});
