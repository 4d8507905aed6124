import {describe, expect, it} from 'vitest';
import {highlight} from '../highlight';

describe('highlight', () => {
  it('marks the Latin words whose terms matched, identifiers by their parts', () => {
    expect(highlight('Set KeepAliveInterval and keep going.', ['keep', 'interval'])).toEqual([
      {text: 'Set ', mark: false},
      {text: 'KeepAliveInterval', mark: true},
      {text: ' and ', mark: false},
      {text: 'keep', mark: true},
      {text: ' going.', mark: false},
    ]);
  });

  it('marks the Chinese characters whose pairs matched', () => {
    expect(highlight('設定中介軟體。', ['中介', '介軟', '軟體'])).toEqual([
      {text: '設定', mark: false},
      {text: '中介軟體', mark: true},
      {text: '。', mark: false},
    ]);
  });

  it('leaves a sentence without matches whole', () => {
    expect(highlight('No match here.', ['websocket'])).toEqual([{text: 'No match here.', mark: false}]);
  });
});
