import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export const SEEDS_DIR = join(__dirname, '__fixtures__', 'seeds');

/** The localized seed documents, by name, with the number of span pairs each one has. */
export const LOCALIZED_SEEDS = [
  {name: 'seed-zh-TW-event-3427.md', locale: 'zh-TW', docId: '3427-websocketcloseoutputsent', pairs: 15},
  {name: 'seed-zh-TW-websockets.md', locale: 'zh-TW', docId: 'websockets', pairs: 88},
  {name: 'seed-pt-BR-websockets.md', locale: 'pt-BR', docId: 'websockets', pairs: 84},
  {name: 'seed-ja-JP-websockets.md', locale: 'ja-JP', docId: 'websockets', pairs: 88},
] as const;

export function readSeed(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}
