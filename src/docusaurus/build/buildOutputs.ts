/**
 * Files a plugin writes into a locale's build in postBuild, which Docusaurus runs for all plugins at
 * once: precompressPlugin compresses the rest of the build meanwhile, then these once written.
 */
const writes = new Map<string, Array<{paths: readonly string[]; written: Promise<unknown>; compressed: boolean}>>();

/**
 * Called synchronously at the start of a postBuild (before its first await), so later plugins see
 * it: `paths`, files or directories, are what `written` writes; `compressed` when the plugin writes
 * their compressed copies itself.
 */
export function addBuildOutput(outDir: string, paths: readonly string[], written: Promise<unknown>, {compressed = false} = {}): void {
  writes.set(outDir, [...(writes.get(outDir) ?? []), {paths, written, compressed}]);
}

/** The files and directories plugins are writing into the directory. */
export function buildOutputPaths(outDir: string): string[] {
  return (writes.get(outDir) ?? []).flatMap((w) => w.paths);
}

/**
 * Settles when every output added for the directory is written (a failed one fails its own plugin),
 * with the paths still to compress.
 */
export async function buildOutputsWritten(outDir: string): Promise<string[]> {
  const outputs = writes.get(outDir) ?? [];
  await Promise.allSettled(outputs.map((w) => w.written));
  writes.delete(outDir);
  return outputs.filter((w) => !w.compressed).flatMap((w) => w.paths);
}
