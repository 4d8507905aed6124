import type {ServerEvent, TimedEvent} from '../core/protocol/serverEvents';

/** Structured per-connection events: JSON lines on the log and a stream for demos that ask. */
type Listener = (event: TimedEvent) => void;

/** Per-message traffic: logged at debug level only, always streamed to a trace subscriber. */
const DEBUG_EVENTS = new Set<ServerEvent['event']>(['message-in', 'message-out', 'message-ignored', 'ping-sent', 'pong-received']);

export class EventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  constructor(
    private readonly log: (line: string) => void,
    private readonly level: 'info' | 'debug' = 'info',
    /** Sees every event emitted, logged or not (the metrics). */
    private readonly observer?: (event: ServerEvent) => void,
  ) {}

  private lastMillis = -1;
  private lastTime = '';
  /** The time in ISO form, formatted once per millisecond however many events share it. */
  private now(): string {
    const millis = Date.now();
    if (millis !== this.lastMillis) {
      this.lastMillis = millis;
      this.lastTime = new Date(millis).toISOString();
    }
    return this.lastTime;
  }

  /** Whether per-message events of this trace token would be logged or streamed. */
  wants(trace: string | undefined): boolean {
    return this.level === 'debug' || (trace !== undefined && this.listeners.has(trace));
  }

  /**
   * Logs the event and hands it to the subscribers of the connection's trace token, if any. The
   * peer's address (`remote`) goes to the log only: a stream shows whoever holds the token, so it
   * reads "client" there.
   */
  emit(event: ServerEvent, trace?: string, remote?: string): void {
    this.observer?.(event);
    const subscribers = trace ? this.listeners.get(trace) : undefined;
    const logged = this.level === 'debug' || !DEBUG_EVENTS.has(event.event);
    if (!logged && !subscribers) return;
    const time = this.now();
    // Every connection logs two lines: written as text, without copying the event into a new object first.
    if (logged) this.log(`{"time":"${time}",${JSON.stringify(event).slice(1)}`);
    if (!subscribers) return;
    const timed: TimedEvent = {time, ...event};
    // Only two events name the peer: `open` in its field, 3427 in its message. Per-message events pass as they are.
    const namesPeer = remote !== undefined && ('remote' in timed || timed.event === 'WebSocketCloseOutputSent');
    const streamed = namesPeer ? (JSON.parse(JSON.stringify(timed).split(remote).join('client')) as TimedEvent) : timed;
    for (const listener of subscribers) listener(streamed);
  }

  /** Event streams open on a trace token. */
  subscribers(trace: string): number {
    return this.listeners.get(trace)?.size ?? 0;
  }

  subscribe(trace: string, listener: Listener): () => void {
    const set = this.listeners.get(trace) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(trace, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(trace);
    };
  }
}

/** The message of .NET trace event 3427, WebSocketCloseOutputSent. */
export function closeOutputSentMessage(id: string, remote: string, status: string): string {
  return `WebSocketId:${id} sending close output message to '${remote}' with close status '${status}'.`;
}
