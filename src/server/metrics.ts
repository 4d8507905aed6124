import {Counter, Gauge, Registry} from 'prom-client';
import type {ServerEvent} from '../core/protocol/serverEvents';

type Collector = (registry: Registry, config: object) => void;

/**
 * prom-client's default process metrics (CPU, memory, heap spaces, handles, file descriptors,
 * event-loop delay, version) but its GC duration histogram: its PerformanceObserver runs on every
 * collection, and a server echoing 16 KiB messages to 50 clients collects hundreds of times a
 * second (throughput 0.76× bare ws with it, 0.96× without, same run). prom-client offers no switch
 * for one default, so its collectors are taken one by one (prom-client is pinned; a test holds the names).
 */
function registerProcessMetrics(registry: Registry): void {
  const names = [
    'processCpuTotal',
    'processStartTime',
    'osMemoryHeap',
    'processOpenFileDescriptors',
    'processMaxFileDescriptors',
    'eventLoopLag',
    'processHandles',
    'processRequests',
    'processResources',
    'heapSizeAndUsed',
    'heapSpacesSizeAndUsed',
    'version',
  ];
  for (const name of names) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- prom-client's own collectors, not exported one by one
    const collect = require(`prom-client/lib/metrics/${name}`) as Collector;
    collect(registry, {eventLoopMonitoringPrecision: 10});
  }
}

/** What the metrics read at scrape time: the open sockets by endpoint and the bytes they hold unsent. */
export interface MetricsSource {
  openByEndpoint(): Map<string, number>;
  bufferedBytes(): number;
}

/**
 * The server's Prometheus metrics, all named here. The event hub hands every event it is given to
 * `observe` (logged or not), the echo loop counts its messages, and gauges read the server at
 * scrape time; Node's process defaults (CPU, memory, event-loop delay, handles) come with them.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly refusals: Counter<'status'>;
  private readonly closes: Counter<'code'>;
  private readonly serverCloses: Counter<'mode'>;
  private readonly aborts: Counter;
  // The echo loop counts every message: plain numbers there, handed to the counters when scraped.
  private echoes = 0;
  private echoedBytes = 0;

  constructor(source: MetricsSource) {
    const registers = [this.registry];
    registerProcessMetrics(this.registry);
    new Gauge({
      name: 'websocket_connections_open',
      help: 'Open WebSocket connections, by endpoint path (/ws, /ws/server-close, /ws/events).',
      labelNames: ['endpoint'],
      registers,
      collect() {
        this.reset();
        for (const [endpoint, count] of source.openByEndpoint()) this.set({endpoint}, count);
      },
    });
    new Gauge({
      name: 'websocket_buffered_bytes',
      help: 'Bytes queued on all sockets and not yet sent (peers that do not read).',
      registers,
      collect() {
        this.set(source.bufferedBytes());
      },
    });
    const echoes = () => ({count: this.echoes, bytes: this.echoedBytes});
    new Counter({
      name: 'websocket_messages_total',
      help: 'Messages echoed, by direction.',
      labelNames: ['direction'],
      registers,
      collect() {
        this.reset();
        for (const direction of ['in', 'out']) this.inc({direction}, echoes().count);
      },
    });
    new Counter({
      name: 'websocket_message_bytes_total',
      help: 'Bytes of echoed messages, by direction.',
      labelNames: ['direction'],
      registers,
      collect() {
        this.reset();
        for (const direction of ['in', 'out']) this.inc({direction}, echoes().bytes);
      },
    });
    this.refusals = new Counter({
      name: 'websocket_refusals_total',
      help: 'Requests and upgrades refused, by HTTP status (403 origin, 429 trace streams, 503 full, 400/408/431 malformed or slow).',
      labelNames: ['status'],
      registers,
    });
    this.closes = new Counter({
      name: 'websocket_closes_total',
      help: 'Connections closed, by close code (1006: no close frame).',
      labelNames: ['code'],
      registers,
    });
    this.serverCloses = new Counter({
      name: 'websocket_server_closes_total',
      help: 'Closes the server decided, by reason (shutdown, overload, fault, CloseAsync, CloseOutputAsync).',
      labelNames: ['mode'],
      registers,
    });
    this.aborts = new Counter({name: 'websocket_aborts_total', help: 'Connections aborted without a close handshake (no pong in time).', registers});
  }

  /** One message received and its echo sent. */
  echoed(size: number): void {
    this.echoes++;
    this.echoedBytes += size;
  }

  observe(event: ServerEvent): void {
    if (event.event === 'rejected') this.refusals.inc({status: String(event.status)});
    else if (event.event === 'closed') this.closeCounter(event.code).inc();
    else if (event.event === 'close-sent' && event.mode !== 'answer') this.serverCloses.inc({mode: event.mode});
    else if (event.event === 'abort') this.aborts.inc();
  }

  // Every connection ends with a close: its code's counter is looked up once, not hashed from labels each
  // time. Bounded as the label is: ws accepts only valid close codes (1000–1014, 3000–4999).
  private readonly byCode = new Map<number, {inc(): void}>();
  private closeCounter(code: number): {inc(): void} {
    let counter = this.byCode.get(code);
    if (!counter) {
      counter = this.closes.labels({code: String(code)});
      this.byCode.set(code, counter);
    }
    return counter;
  }

  /** The metrics in Prometheus' text format, and its content type. */
  async scrape(): Promise<{body: string; contentType: string}> {
    return {body: await this.registry.metrics(), contentType: this.registry.contentType};
  }
}
