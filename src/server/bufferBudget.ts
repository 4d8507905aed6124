import {CLOSE_TRY_AGAIN_LATER} from './closeCodes';

/** What the budget needs of a connection: what it holds, and how to cut it. */
interface Holder {
  ws: {bufferedAmount: number; terminate(): void};
  sendClose(code: number, reason: string, mode: 'overload'): void;
}

/**
 * Unsent bytes of all sockets together against the server's budget (`maxTotalBufferedBytes`):
 * each socket's own limit bounds one slow reader, this bounds ten thousand of them.
 */
export class BufferBudget {
  private total = 0;
  constructor(readonly limit: number) {}

  over(): boolean {
    return this.total > this.limit;
  }

  /** Bytes just queued on a socket: counted until the next measure sees them in its bufferedAmount. */
  add(bytes: number): void {
    this.total += bytes;
  }

  /**
   * Measures what the sockets hold and, over budget, cuts the ones holding the most (1013, then
   * terminated: a close frame queued behind data the peer does not read would never leave).
   */
  enforce(connections: Iterable<Holder>): void {
    let total = 0;
    const holding: Holder[] = [];
    for (const connection of connections) {
      const buffered = connection.ws.bufferedAmount;
      total += buffered;
      if (buffered > 0) holding.push(connection);
    }
    if (total > this.limit) {
      holding.sort((a, b) => b.ws.bufferedAmount - a.ws.bufferedAmount);
      for (const connection of holding) {
        if (total <= this.limit) break;
        total -= connection.ws.bufferedAmount;
        connection.sendClose(CLOSE_TRY_AGAIN_LATER, 'Server buffer budget exceeded', 'overload');
        connection.ws.terminate();
      }
    }
    this.total = total;
  }
}

/** Measures the budget every `every` ms while sockets are open; returns the stop function. */
export function startBudget(connections: ReadonlySet<Holder>, budget: BufferBudget, every = 100): () => void {
  const timer = setInterval(() => {
    if (connections.size > 0) budget.enforce(connections);
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}
