import {fork, type ChildProcess} from 'node:child_process';
import {join} from 'node:path';
import {WebSocket} from 'ws';
import {formatRatio, median, roundOrder} from './measure';

export type Kind = 'bare' | 'ours';

export interface Started {
  child: ChildProcess;
  port: number;
}

export function startChild(kind: Kind): Promise<Started> {
  const child = fork(join(__dirname, 'echoServerChild.ts'), [kind], {execArgv: ['--import', 'tsx', '--expose-gc'], stdio: 'ignore'});
  return new Promise((resolve) => child.once('message', (m: {port: number}) => resolve({child, port: m.port})));
}

export interface Memory {
  rss: number;
  heap: number;
  /** V8 heap in use plus external buffers, after a full GC: what the connections really hold. */
  retained: number;
  /** CPU time the process has used so far (user + system), µs. */
  cpuMicros: number;
  descriptors: number;
}

export function memoryOf(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (m: Memory) => resolve(m));
    child.send('memory');
  });
}

export function open(port: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, {perMessageDeflate: false});
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Closed-loop load: each connection sends, waits for the echo, sends again, for `seconds`. */
async function load(port: number, connections: number, size: number, seconds: number): Promise<{rps: number; p50: number; p99: number}> {
  const sockets = await Promise.all(Array.from({length: connections}, () => open(port)));
  const payload = Buffer.alloc(size, 0x61);
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    sockets.map(
      (ws) =>
        new Promise<void>((resolve) => {
          let sentAt = 0;
          const send = () => {
            if (performance.now() >= end) return resolve();
            sentAt = performance.now();
            ws.send(payload);
          };
          ws.on('message', () => {
            latencies.push(performance.now() - sentAt);
            send();
          });
          send();
        }),
    ),
  );
  for (const ws of sockets) ws.terminate();
  latencies.sort((a, b) => a - b);
  return {rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99)};
}

/** Median round trip of one large message, alternating between the servers message by message. */
async function interleavedRoundTripMs(ports: Record<Kind, number>, size: number, rounds: number): Promise<Record<Kind, number>> {
  const sockets = {bare: await open(ports.bare), ours: await open(ports.ours)};
  const payload = Buffer.alloc(size, 0x62);
  const times: Record<Kind, number[]> = {bare: [], ours: []};
  const warmUp = 10;
  for (let i = 0; i < rounds + warmUp; i++) {
    for (const kind of roundOrder(['bare', 'ours'] as const, i)) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        sockets[kind].once('message', () => resolve());
        sockets[kind].send(payload);
      });
      if (i >= warmUp) times[kind].push(performance.now() - start);
    }
  }
  sockets.bare.terminate();
  sockets.ours.terminate();
  return {bare: median(times.bare), ours: median(times.ours)};
}

/** Memory per idle connection: what `count` open sockets add, after a full GC. */
export async function idleMemoryPerConnection(child: ChildProcess, port: number, count: number): Promise<{rss: number; retained: number}> {
  const before = await memoryOf(child);
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += 100) sockets.push(...(await Promise.all(Array.from({length: Math.min(100, count - i)}, () => open(port)))));
  await new Promise((r) => setTimeout(r, 300));
  const after = await memoryOf(child);
  for (const ws of sockets) ws.terminate();
  return {rss: (after.rss - before.rss) / count, retained: (after.retained - before.retained) / count};
}

const SECONDS = 1.5;
const ROUNDS = 6;
const CASES = [
  {connections: 1, size: 32},
  {connections: 1, size: 16 * 1024},
  {connections: 50, size: 32},
  {connections: 50, size: 16 * 1024},
];

/**
 * Our server against a bare ws echo, each in its own process, measured in the same run. Rounds
 * alternate between the two and the medians are compared: on 2 cores shared with the client, one
 * round alone varies by ±20 %.
 */
export async function benchServer(): Promise<boolean> {
  let ok = true;
  console.log(`echo server (ours vs bare ws, separate processes, closed-loop clients, median of ${ROUNDS} alternating ${SECONDS} s rounds):`);
  const servers = {bare: await startChild('bare'), ours: await startChild('ours')};
  for (const c of CASES) {
    const samples: Record<Kind, Array<{rps: number; p50: number; p99: number}>> = {bare: [], ours: []};
    for (const kind of ['bare', 'ours'] as const) await load(servers[kind].port, c.connections, c.size, 0.5); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of roundOrder(['bare', 'ours'] as const, round)) samples[kind].push(await load(servers[kind].port, c.connections, c.size, SECONDS));
    }
    const med = (kind: Kind, key: 'rps' | 'p50' | 'p99') => median(samples[kind].map((s) => s[key]));
    const throughput = med('ours', 'rps') / med('bare', 'rps');
    const p99 = med('ours', 'p99') / med('bare', 'p99');
    ok &&= throughput >= 0.95 && p99 <= 1.2;
    console.log(
      `  ${c.connections} conn × ${c.size} B: ours ${med('ours', 'rps').toFixed(0)} rt/s p50 ${med('ours', 'p50').toFixed(3)} ms p99 ${med('ours', 'p99').toFixed(3)} ms | bare ${med('bare', 'rps').toFixed(0)} rt/s p50 ${med('bare', 'p50').toFixed(3)} ms p99 ${med('bare', 'p99').toFixed(3)} ms | throughput ${throughput.toFixed(3)}× (≥ 0.95), p99 ${p99.toFixed(3)}× (≤ 1.2)`,
    );
  }
  const mib = await interleavedRoundTripMs({bare: servers.bare.port, ours: servers.ours.port}, 1024 * 1024, 60);
  for (const {child} of Object.values(servers)) child.kill();
  const memory = {} as Record<Kind, {rss: number; retained: number}>;
  for (const kind of ['bare', 'ours'] as const) {
    const {child, port} = await startChild(kind);
    memory[kind] = await idleMemoryPerConnection(child, port, 2000);
    child.kill();
  }
  ok &&= memory.ours.retained <= 1.2 * memory.bare.retained && mib.ours <= mib.bare * 1.05;
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `  2,000 idle connections, retained heap + buffers: ours ${kib(memory.ours.retained)}/conn, bare ${kib(memory.bare.retained)}/conn: ${formatRatio(memory.ours.retained, memory.bare.retained)} (≤ 1.2); RSS growth: ours ${kib(memory.ours.rss)}/conn, bare ${kib(memory.bare.rss)}/conn: ${formatRatio(memory.ours.rss, memory.bare.rss)}`,
  );
  console.log(
    `  1 MiB round trip (median of 60, alternating): ours ${mib.ours.toFixed(2)} ms, bare ${mib.bare.toFixed(2)} ms: ${formatRatio(mib.ours, mib.bare)} (no slower)`,
  );
  return ok;
}
