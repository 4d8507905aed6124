/** The server's structured per-connection events: its JSON log lines, and what the demos' event stream carries. */
export type ServerEvent =
  | {event: 'open'; id: string; remote: string; origin: string | null; endpoint: string}
  | {event: 'message-in' | 'message-out'; id: string; type: 'text' | 'binary'; size: number; afterCloseSent?: boolean}
  | {event: 'message-ignored'; id: string; type: 'text' | 'binary'; size: number}
  | {event: 'ping-sent'; id: string}
  | {event: 'pong-received'; id: string; rttMs: number}
  | {event: 'close-received'; id: string; code: number; reason: string}
  | {event: 'close-sent'; id: string; code: number; reason: string; mode: 'answer' | 'CloseAsync' | 'CloseOutputAsync' | 'shutdown' | 'overload' | 'fault'}
  | {event: 'WebSocketCloseOutputSent'; eventId: 3427; id: string; message: string}
  | {event: 'closed'; id: string; code: number; reason: string; clean: boolean}
  | {event: 'abort'; id: string; reason: string}
  | {event: 'error'; id: string; code: string; message: string}
  | {event: 'rejected'; status: number; reason: string; remote: string; path: string}
  | {event: 'server-error'; code: string; message: string};

export type TimedEvent = ServerEvent & {time: string};
