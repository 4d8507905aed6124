import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';

export function readIfExists(root: string, path: string): string | undefined {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

export interface StagedWrites {
  /** Writes a changed file's new content beside it; an unchanged file is left alone. */
  stage(path: string, content: string): void;
  /** Moves every staged file into place and returns their paths. */
  commit(): string[];
  /** Removes the staged files: the pages stay as they were. */
  abort(): void;
}

/**
 * Writes each file as it comes to a temporary sibling, and renames them all at the end: a reader or
 * a crash never sees a half-written page, a failure before the end changes no page, and a run over
 * thousands of pages holds their paths in memory, not their contents.
 */
export function stageWrites(root: string): StagedWrites {
  const staged: Array<{path: string; temporary: string; full: string}> = [];
  return {
    stage(path, content) {
      const full = join(root, path);
      if (readIfExists(root, path) === content) return;
      mkdirSync(dirname(full), {recursive: true});
      const temporary = `${full}.${process.pid}.tmp`;
      writeFileSync(temporary, content);
      staged.push({path, temporary, full});
    },
    commit() {
      for (const {temporary, full} of staged) renameSync(temporary, full);
      return staged.map((s) => s.path);
    },
    abort() {
      for (const {temporary} of staged) rmSync(temporary, {force: true});
    },
  };
}

/** Writes files through `stageWrites`; returns the paths whose content actually changed. */
export function writeFilesAtomically(root: string, files: Array<{path: string; content: string}>): string[] {
  const writes = stageWrites(root);
  try {
    for (const {path, content} of files) writes.stage(path, content);
  } catch (error) {
    writes.abort();
    throw error;
  }
  return writes.commit();
}
