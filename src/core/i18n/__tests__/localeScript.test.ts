import {describe, expect, it} from 'vitest';
import {localeScriptMismatch} from '../localeScript';

const chinese = ['本文說明如何開始使用。', '請使用 WebSocket 物件。', '設定中介軟體。', '接受要求。', '傳送和接收訊息。'];
const japanese = ['この記事では使用を開始する方法を説明します。', 'ミドルウェアの構成', '要求の受け入れ', 'メッセージの送受信', '次の手順'];
const portuguese = ['Este artigo explica como começar.', 'Configurar o middleware', 'Aceitar solicitações', 'Enviar e receber mensagens', 'Próximas etapas'];

describe('localeScriptMismatch', () => {
  it('accepts translations written as their locale writes', () => {
    expect([localeScriptMismatch('zh-TW', chinese), localeScriptMismatch('ja-JP', japanese), localeScriptMismatch('pt-BR', portuguese)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses Chinese as Japanese, Japanese as Chinese, CJK as Portuguese and Latin as Chinese', () => {
    expect(localeScriptMismatch('ja-JP', chinese)).toBe('it reads as Chinese: none of its 5 translations has kana, which Japanese sentences have');
    expect(localeScriptMismatch('zh-TW', japanese)).toBe('it reads as Japanese: 5 of its 5 translations have kana');
    expect(localeScriptMismatch('pt-BR', japanese)).toBe('it reads as Chinese or Japanese: 5 of its 5 translations are written in it');
    expect(localeScriptMismatch('zh-TW', portuguese)).toBe('none of its 5 translations is written in Chinese or Japanese');
  });

  it('says nothing from too few translations', () => {
    expect(localeScriptMismatch('ja-JP', chinese.slice(0, 2))).toBeUndefined();
  });
});
