import type {ChildProcess} from 'node:child_process';
import {connect, type Socket} from 'node:net';
import {formatRatio, median, roundOrder} from './measure';
import {idleMemoryPerConnection, memoryOf, open, percentile, startChild, type Kind, type Memory} from './server';

const KINDS: readonly [Kind, Kind] = ['bare', 'ours'];

/** One connect, echo, close cycle after another on `parallel` lanes, until `count` are done. */
async function cycles(port: number, count: number, parallel = 50): Promise<void> {
  let started = 0;
  const lane = async () => {
    while (started < count) {
      started++;
      const ws = await open(port);
      await new Promise<void>((resolve) => {
        ws.once('message', () => {
          ws.close(1000);
          ws.once('close', () => resolve());
        });
        ws.send('x');
      });
    }
  };
  await Promise.all(Array.from({length: parallel}, lane));
}

/** Server CPU time per cycle (µs), per chunk of cycles, the servers alternating chunk by chunk. */
async function cpuPerCycle(servers: Record<Kind, {child: ChildProcess; port: number}>, total: number, chunks: number): Promise<Record<Kind, number[]>> {
  const samples: Record<Kind, number[]> = {bare: [], ours: []};
  for (let chunk = 0; chunk < chunks; chunk++) {
    for (const kind of roundOrder(KINDS, chunk)) {
      const before = await memoryOf(servers[kind].child);
      await cycles(servers[kind].port, total / chunks);
      const after = await memoryOf(servers[kind].child);
      samples[kind].push((after.cpuMicros - before.cpuMicros) / (total / chunks));
    }
  }
  return samples;
}

/** A bystander's round trips, one message every `pause` ms until `end`: what a reader of the demo feels meanwhile. */
async function pacedBystander(port: number, end: number, pause: number): Promise<number[]> {
  const bystander = await open(port);
  const times: number[] = [];
  while (performance.now() < end) {
    const sent = performance.now();
    await new Promise<void>((resolve) => {
      bystander.once('message', () => resolve());
      bystander.send('bystander');
    });
    times.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  bystander.terminate();
  return times;
}

/** `busy` closed-loop clients for `seconds`, with a bystander every 10 ms. */
async function bystanderUnderLoad(port: number, busy: number, seconds: number): Promise<number[]> {
  const sockets = await Promise.all(Array.from({length: busy}, () => open(port)));
  const end = performance.now() + seconds * 1000;
  const payload = Buffer.alloc(32, 0x61);
  for (const ws of sockets) {
    ws.on('message', () => {
      if (performance.now() < end) ws.send(payload);
    });
    ws.send(payload);
  }
  const times = await pacedBystander(port, end, 10);
  for (const ws of sockets) ws.terminate();
  return times;
}

/** Readers that never read their echoes and slowloris clients that never finish their headers. */
async function hostileClients(port: number, slowReaders: number, slowloris: number, seconds: number): Promise<{bystanderMs: number[]}> {
  const readers: Socket[] = [];
  const header = `GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${Buffer.alloc(16, 1).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`;
  const chunk = Buffer.concat([Buffer.from([0x82, 0xfe, 0xea, 0x60, 0, 0, 0, 0]), Buffer.alloc(60_000, 0x63)]);
  for (let i = 0; i < slowReaders; i++) {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(header);
      socket.pause();
      for (let n = 0; n < 200; n++) socket.write(chunk);
    });
    socket.on('error', () => undefined);
    readers.push(socket);
  }
  const loris: Socket[] = [];
  for (let i = 0; i < slowloris; i++) {
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    socket.on('error', () => undefined);
    loris.push(socket);
  }
  const drip = setInterval(() => {
    for (const socket of loris) if (!socket.destroyed) socket.write('X-Slow: 1\r\n');
  }, 1000);
  const bystanderMs = await pacedBystander(port, performance.now() + seconds * 1000, 20);
  clearInterval(drip);
  for (const socket of [...readers, ...loris]) socket.destroy();
  return {bystanderMs};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

/**
 * `npm run bench -- --only soak`: our server against a bare ws echo, each in its own process,
 * through connection cycles, idle connections, busy clients with a bystander and hostile clients.
 * Targets: no crash, descriptors and heap back to their baseline (±5 %) after it all; CPU per cycle
 * ≤ 1.1× bare ws (with the metrics on), memory per idle connection and the bystander's p99 ≤ 1.2×.
 */
export async function benchSoak({cycleCount = 100_000, idle = 10_000, busy = 200, busySeconds = 30} = {}): Promise<boolean> {
  const servers = {bare: await startChild('bare'), ours: await startChild('ours')};
  const exited: string[] = [];
  for (const kind of KINDS) servers[kind].child.once('exit', (code) => exited.push(`${kind} exited with ${code}`));
  await cycles(servers.ours.port, 1000);
  await cycles(servers.bare.port, 1000);
  const baseline = {bare: await memoryOf(servers.bare.child), ours: await memoryOf(servers.ours.child)};
  console.log(`soak (ours vs bare ws, separate processes, same run):`);

  const cpu = await cpuPerCycle(servers, cycleCount, 4);
  const cpuRatio = median(cpu.ours) / median(cpu.bare);
  console.log(
    `  ${cycleCount.toLocaleString('en')} connect/echo/close cycles (4 alternating chunks): server CPU ours ${median(cpu.ours).toFixed(0)} µs/cycle, bare ${median(cpu.bare).toFixed(0)} µs/cycle: ${formatRatio(median(cpu.ours), median(cpu.bare))} (≤ 1.1)`,
  );

  const memory = {} as Record<Kind, {rss: number; retained: number}>;
  for (const kind of KINDS) memory[kind] = await idleMemoryPerConnection(servers[kind].child, servers[kind].port, idle);
  const memoryRatio = memory.ours.retained / memory.bare.retained;
  const kib = (n: number) => `${(n / 1024).toFixed(2)} KiB`;
  console.log(
    `  ${idle.toLocaleString('en')} idle connections, retained heap + buffers: ours ${kib(memory.ours.retained)}/conn, bare ${kib(memory.bare.retained)}/conn: ${formatRatio(memory.ours.retained, memory.bare.retained)} (≤ 1.2)`,
  );

  const bystander: Record<Kind, number[]> = {bare: [], ours: []};
  for (let round = 0; round < 2; round++)
    for (const kind of roundOrder(KINDS, round)) bystander[kind].push(...(await bystanderUnderLoad(servers[kind].port, busy, busySeconds / 2)));
  const p99 = (kind: Kind) =>
    percentile(
      [...bystander[kind]].sort((a, b) => a - b),
      99,
    );
  const p99Ratio = p99('ours') / p99('bare');
  console.log(
    `  ${busy} busy clients for ${busySeconds} s (2 alternating halves), bystander every 10 ms: p99 ours ${p99('ours').toFixed(2)} ms (${bystander.ours.length} round trips), bare ${p99('bare').toFixed(2)} ms: ${formatRatio(p99('ours'), p99('bare'))} (≤ 1.2)`,
  );

  const hostile = await hostileClients(servers.ours.port, 100, 200, 10);
  const sortedHostile = [...hostile.bystanderMs].sort((a, b) => a - b);
  console.log(
    `  100 slow readers (12 MB each unread) and 200 slowloris clients for 10 s, on ours: bystander p50 ${percentile(sortedHostile, 50).toFixed(2)} ms, p99 ${percentile(sortedHostile, 99).toFixed(2)} ms`,
  );

  await settle();
  const after = {bare: await memoryOf(servers.bare.child), ours: await memoryOf(servers.ours.child)};
  const back = (kind: Kind, key: keyof Memory) => after[kind][key] <= baseline[kind][key] * 1.05;
  const recovered = back('ours', 'descriptors') && back('ours', 'heap');
  console.log(
    `  afterwards, ours: ${after.ours.descriptors} descriptors (baseline ${baseline.ours.descriptors}), heap ${(after.ours.heap / 2 ** 20).toFixed(1)} MiB (baseline ${(baseline.ours.heap / 2 ** 20).toFixed(1)} MiB): ${recovered ? 'back to baseline' : 'NOT back to baseline'} (±5 %); bare: ${after.bare.descriptors} descriptors, heap ${(after.bare.heap / 2 ** 20).toFixed(1)} MiB`,
  );
  console.log(`  crashes: ${exited.length === 0 ? 0 : exited.join(', ')}`);
  for (const {child} of Object.values(servers)) child.kill();
  return exited.length === 0 && recovered && cpuRatio <= 1.1 && memoryRatio <= 1.2 && p99Ratio <= 1.2;
}
