import {describe, expect, it} from 'vitest';
import {identifierPieces} from '../identifierBreaks';

describe('identifierPieces', () => {
  it('cuts long identifiers at their words and dots', () => {
    expect(identifierPieces('3427 - WebSocketCloseOutputSent')).toEqual(['3427 - Web', 'Socket', 'Close', 'Output', 'Sent']);
    expect(identifierPieces('AspNetWebSocket.CloseOutputAsync(WebSocketCloseStatus)')).toEqual([
      'Asp',
      'Net',
      'Web',
      'Socket.',
      'Close',
      'Output',
      'Async(Web',
      'Socket',
      'Close',
      'Status)',
    ]);
  });

  it('leaves words and short identifiers whole', () => {
    expect(identifierPieces('WebSockets support in ASP.NET Core')).toEqual(['WebSockets support in ASP.NET Core']);
    expect(identifierPieces('設定中介軟體')).toEqual(['設定中介軟體']);
  });
});
