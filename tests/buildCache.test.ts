import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = join(__dirname, '..');

/** One locale built alone; its folder (a locale other than English builds under its own base URL, as in the whole site). */
function buildLocale(locale: string): string {
  const out = mkdtempSync(join(tmpdir(), 'build-cache-'));
  const result = spawnSync('npx', ['docusaurus', 'build', '--locale', locale, '--out-dir', out], {cwd: ROOT, encoding: 'utf8'});
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  return locale === 'en' ? out : join(out, locale);
}
const buildEnglish = () => buildLocale('en');

/** Edits a file for the duration of `run`, then puts it back byte for byte. */
function withEdit<T>(file: string, edit: (text: string) => string, run: () => T): T {
  const path = join(ROOT, file);
  const original = readFileSync(path, 'utf8');
  const {atime, mtime} = statSync(path);
  writeFileSync(path, edit(original));
  try {
    return run();
  } finally {
    writeFileSync(path, original);
    // The file is as it was, so the site build other tests use is not stale because of it.
    utimesSync(path, atime, mtime);
  }
}

// Each test runs two or three real builds (about 10 s each here, 2–4× that in a busy hour): the
// default 30 s is a hang guard these outgrow, not a target.
describe('the persistent build cache', {timeout: 180_000}, () => {
  it('rebuilds pages whose sample file or xref map changed', () => {
    buildEnglish(); // warm the cache
    const sample = withEdit(
      'docs/websockets/samples/2.x/WebSocketsSample/Startup.cs',
      (t) => t.replace('var buffer = new byte[4 * 1024];', 'var buffer = new byte[4 * 1024]; // edited-sample'),
      buildEnglish,
    );
    expect(readFileSync(join(sample, 'docs/websockets.html'), 'utf8')).toContain('edited-sample');
    const xref = withEdit(
      'src/data/xrefmap.json',
      (t) => t.replace('https://learn.microsoft.com/aspnet/core/tutorials/', 'https://learn.microsoft.com/aspnet/core/tutorials/edited-xref/'),
      buildEnglish,
    );
    expect(readFileSync(join(xref, 'docs/websockets.html'), 'utf8')).toContain('edited-xref');
  });

  it('rebuilds a localized page whose English page changed', () => {
    const page = 'docs/3427-websocketcloseoutputsent.html';
    const before = readFileSync(join(buildLocale('zh-TW'), page), 'utf8'); // also warms the cache
    expect(before).not.toContain('bi-stale');
    const edited = withEdit(
      'docs/3427-websocketcloseoutputsent.md',
      (t) => t.replace('This event is emitted when WebSocket close output is sent.', 'This event is emitted once WebSocket close output has been sent.'),
      () => buildLocale('zh-TW'),
    );
    expect(readFileSync(join(edited, page), 'utf8')).toContain('bi-stale');
  });
});
