import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

/** Text assets worth compressing ahead of time; the server sends these instead of compressing per request. */
const COMPRESSIBLE = /\.(html|js|css|svg|json|xml|txt|map)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes `.br` and `.gz` beside each text file of the build that gets smaller for it. */
export function compressBuild(buildDir: string): {files: number; bytes: number; brotli: number} {
  let count = 0;
  let bytes = 0;
  let brotli = 0;
  for (const file of files(buildDir).filter((f) => COMPRESSIBLE.test(f))) {
    const data = readFileSync(file);
    if (data.length < 512) continue;
    const br = brotliCompressSync(data, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length}});
    const gz = gzipSync(data, {level: 9});
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
    if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
    count++;
    bytes += data.length;
    brotli += Math.min(br.length, data.length);
  }
  return {files: count, bytes, brotli};
}

if (require.main === module) {
  const result = compressBuild(process.argv[2] ?? 'build');
  process.stdout.write(`compressed ${result.files} files: ${(result.bytes / 1024).toFixed(0)} KiB → ${(result.brotli / 1024).toFixed(0)} KiB with brotli\n`);
}
