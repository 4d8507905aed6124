/**
 * Files a plugin writes into a locale's build in postBuild, which Docusaurus runs for all plugins at
 * once: precompressPlugin waits for them, so what they write is compressed with the rest.
 */
const writes = new Map<string, Array<Promise<unknown>>>();

/** Called synchronously at the start of a postBuild (before its first await), so later plugins see it. */
export function addBuildOutput(outDir: string, written: Promise<unknown>): void {
  writes.set(outDir, [...(writes.get(outDir) ?? []), written]);
}

/** Settles when every output added for the directory is written (a failed one fails its own plugin). */
export async function buildOutputsWritten(outDir: string): Promise<void> {
  await Promise.allSettled(writes.get(outDir) ?? []);
  writes.delete(outDir);
}
