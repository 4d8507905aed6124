import {describe, expect, it} from 'vitest';
import {isCjkTerm, searchTerms} from '../searchTerms';

describe('searchTerms', () => {
  it('cuts Chinese and Japanese runs into overlapping character pairs', () => {
    expect(searchTerms('設定中介軟體')).toEqual(['設定', '定中', '中介', '介軟', '軟體']);
    expect(searchTerms('ミドルウェアの構成')).toEqual(['ミド', 'ドル', 'ルウ', 'ウェ', 'ェア', 'アの', 'の構', '構成']);
    expect(searchTerms('訊')).toEqual(['訊']);
  });

  it('lower-cases Latin words, drops accents and keeps digits', () => {
    expect(searchTerms('Configurar o Middleware: solicitações 1001')).toEqual(['configurar', 'o', 'middleware', 'solicitacoes', '1001']);
  });

  it('indexes identifiers whole and by their parts', () => {
    expect(searchTerms('CloseOutputAsync')).toEqual(['closeoutputasync', 'close', 'output', 'async']);
    expect(searchTerms('HTTPServer2')).toEqual(['httpserver2', 'http', 'server', '2']);
    expect(searchTerms('WebSocket.CloseOutputAsync')).toEqual(['websocket', 'web', 'socket', 'closeoutputasync', 'close', 'output', 'async']);
  });

  it('reads mixed text: pairs for the CJK runs, words for the rest', () => {
    expect(searchTerms('接受 WebSocket 要求')).toEqual(['接受', '要求', 'websocket', 'web', 'socket']);
  });

  it('folds full-width Latin and half-width katakana as the reader may type them', () => {
    expect(searchTerms('ＷｅｂＳｏｃｋｅｔ')).toEqual(searchTerms('WebSocket'));
    expect(searchTerms('ﾐﾄﾞﾙ')).toEqual(searchTerms('ミドル'));
  });

  it('tells CJK terms from Latin ones', () => {
    expect([isCjkTerm('中介'), isCjkTerm('ミド'), isCjkTerm('close'), isCjkTerm('1001')]).toEqual([true, true, false, false]);
  });
});
