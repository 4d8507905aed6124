import {cpSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const ROOT = join(__dirname, '../../..');

/** A scratch copy of the site's content (English pages, localized pages, UI strings, the demo's strings) to run commands on. */
export function copySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-site-'));
  for (const part of ['docs', 'i18n', 'src/core/i18n/demoStrings']) cpSync(join(ROOT, part), join(dir, part), {recursive: true});
  return dir;
}
