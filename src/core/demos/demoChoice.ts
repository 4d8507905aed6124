/**
 * Which live demo a page ends with. Declared in front matter (`demo: echo | close-modes | trace | none`)
 * or at import (`--demo`); otherwise read from the page's English: only pages about the WebSocket
 * APIs the demos show get one. Pure.
 */
export const DEMO_CHOICES = ['echo', 'close-modes', 'trace', 'none'] as const;
export type DemoChoice = (typeof DEMO_CHOICES)[number];
export type DemoKind = Exclude<DemoChoice, 'none'>;

export function isDemoChoice(value: unknown): value is DemoChoice {
  return typeof value === 'string' && (DEMO_CHOICES as readonly string[]).includes(value);
}

/** The server's trace of a connection (event 3427), the close handshake's two .NET flavours, then the WebSocket APIs the echo shows. */
const TRACE = /\bWebSocketCloseOutputSent\b|\bevent (?:id )?3427\b/i;
const CLOSE_MODES = /\bCloseOutputAsync\b/;
const ECHO =
  /\b(?:ClientWebSocket|AcceptWebSocketAsync|UseWebSockets|WebSocketOptions|WebSocketMiddleware|System\.Net\.WebSockets|IsWebSocketRequest)\b|\bnew WebSocket\(/;

/** The demo a page's English calls for: the most specific API it uses, or none. */
export function demoOfContent(english: string): DemoChoice {
  if (TRACE.test(english)) return 'trace';
  if (CLOSE_MODES.test(english)) return 'close-modes';
  if (ECHO.test(english)) return 'echo';
  return 'none';
}
