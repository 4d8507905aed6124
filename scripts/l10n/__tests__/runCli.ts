import {createProgram} from '../program';

/** Runs the CLI in-process with its output captured, as a user would call it. */
export async function runCli(root: string, args: string[]): Promise<{stdout: string; stderr: string; exitCode: number}> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await createProgram()
      .exitOverride()
      .parseAsync(['--root', root, ...args], {from: 'user'});
    return {stdout, stderr, exitCode: Number(process.exitCode ?? 0)};
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = before;
  }
}
