import {existsSync, readFileSync, writeFile as writeFileCallback} from 'node:fs';
import {mkdir, readFile, rename, rm} from 'node:fs/promises';
import {dirname, join} from 'node:path';

export function readIfExists(root: string, path: string): string | undefined {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

/** Whether the file already holds this content (text, or the bytes of a media file). */
async function unchanged(full: string, content: string | Uint8Array): Promise<boolean> {
  if (typeof content === 'string') return (await readFile(full, 'utf8').catch(() => undefined)) === content;
  return (await readFile(full).catch(() => undefined))?.equals(content) ?? false;
}

export function readBytesIfExists(root: string, path: string): Buffer | undefined {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full) : undefined;
}

export interface StagedWrites {
  /**
   * Starts writing a file's new content beside it; resolves when another write may start. A file
   * whose content is unchanged is left alone, unless the caller already knows it changed (`known`).
   */
  stage(path: string, content: string | Uint8Array, known?: 'changed'): Promise<void>;
  /** Waits for the staged files, moves them all into place and returns their paths, in staging order. */
  commit(): Promise<string[]>;
  /** Removes the staged files: the pages stay as they were. */
  abort(): Promise<void>;
}

/**
 * Writes each file as it comes to a temporary sibling, and renames them all at the end: a reader or
 * a crash never sees a half-written page, a failure before the end changes no page, and a run over
 * thousands of pages holds their paths in memory, not their contents. Up to `concurrency` writes
 * run on libuv's threads while the caller goes on computing: disks that stall on writes (this
 * machine's can take 2 s for 70 MB) then cost little of a run's time.
 */
export function stageWrites(root: string, {concurrency = 16} = {}): StagedWrites {
  const staged: Array<{path: string; temporary: string; full: string; written: boolean}> = [];
  const running = new Set<Promise<void>>();
  const folders = new Map<string, Promise<unknown>>();
  let failure: {error: unknown} | undefined;
  const settle = async () => {
    await Promise.all(running);
    if (failure) throw failure.error;
  };
  const remove = async () => {
    await Promise.allSettled(running);
    await Promise.all(staged.filter((s) => s.written).map((s) => rm(s.temporary, {force: true})));
  };
  return {
    async stage(path, content, known) {
      if (failure) throw failure.error;
      const full = join(root, path);
      const entry = {path, temporary: `${full}.${process.pid}.tmp`, full, written: false};
      staged.push(entry);
      const write = (async () => {
        if (known !== 'changed' && (await unchanged(full, content))) return;
        const dir = dirname(full);
        // Thousands of pages share a few folders: each is made (or found) once.
        if (!folders.has(dir)) folders.set(dir, mkdir(dir, {recursive: true}));
        await folders.get(dir);
        // The callback API: fs/promises' file handles cost this thread several times more per file.
        await new Promise<void>((resolve, reject) => writeFileCallback(entry.temporary, content, (error) => (error ? reject(error) : resolve())));
        entry.written = true;
      })()
        .catch((error: unknown) => void (failure ??= {error}))
        .finally(() => running.delete(write));
      running.add(write);
      if (running.size >= concurrency) await Promise.race(running);
    },
    async commit() {
      try {
        await settle();
      } catch (error) {
        await remove();
        throw error;
      }
      const moved = staged.filter((s) => s.written);
      await Promise.all(moved.map((s) => rename(s.temporary, s.full)));
      return moved.map((s) => s.path);
    },
    abort: remove,
  };
}

/** Writes files through `stageWrites`; returns the paths whose content actually changed. */
export async function writeFilesAtomically(root: string, files: Array<{path: string; content: string | Uint8Array}>): Promise<string[]> {
  const writes = stageWrites(root);
  try {
    for (const {path, content} of files) await writes.stage(path, content);
  } catch (error) {
    await writes.abort();
    throw error;
  }
  return writes.commit();
}
