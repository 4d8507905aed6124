import {describe, expect, it} from 'vitest';
import {createDemoI18n} from '../i18n';
import {describeServerEvent} from '../serverEvents';

const time = '2026-11-27T10:00:00.000Z';

describe('describeServerEvent', () => {
  it('says how the server closed in words, and an empty reason as “none”, in every locale', () => {
    const say = (locale: string) => {
      const {t} = createDemoI18n(locale);
      return [
        describeServerEvent(t, {time, event: 'close-sent', id: 'a', code: 1000, reason: '', mode: 'answer'}),
        describeServerEvent(t, {time, event: 'close-received', id: 'a', code: 1000, reason: ''}),
        describeServerEvent(t, {time, event: 'close-received', id: 'a', code: 4000, reason: 'done'}),
      ];
    };
    expect(say('zh-TW')).toEqual(['送出關閉 1000（回應用戶端的關閉）', '收到關閉 1000（無）', '收到關閉 4000「done」']);
    expect(say('en')).toEqual(["sent close 1000 (answer to the client's close)", 'received close 1000 (none)', 'received close 4000 “done”']);
    for (const locale of ['pt-BR', 'ja-JP']) {
      const lines = say(locale);
      expect(lines.join(' ')).not.toMatch(/answer|「」|“”/);
    }
  });
});
