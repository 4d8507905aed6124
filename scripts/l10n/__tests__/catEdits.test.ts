import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {runCli} from './runCli';
import {copySite} from './site';

/** Each `<unit>` of an export, by id: the unit's whole text, its segment state and its target. */
function unitsOf(xliff: string): Map<string, {text: string; state: string; target: string}> {
  const units = new Map<string, {text: string; state: string; target: string}>();
  for (const [text, id = ''] of xliff.matchAll(/<unit id="([^"]+)">[\s\S]*?<\/unit>/g)) {
    units.set(id, {text, state: /<segment state="([a-z]+)">/.exec(text)?.[1] ?? '', target: /<target>([\s\S]*?)<\/target>/.exec(text)?.[1] ?? ''});
  }
  return units;
}

/** The target's top-level inline codes (a `<pc>…</pc>` or a `<ph/>`), in order. */
const CODES = /<pc [^>]*>(?:(?!<\/pc>)[\s\S])*<\/pc>|<ph [^>]*\/>/g;

/** Every file of the copy, to prove a refused import changed no byte. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(root, 'i18n'), {recursive: true, encoding: 'utf8'})
      .filter((f) => /\.(md|json|csv)$/.test(f))
      .map((f) => [f, readFileSync(join(root, 'i18n', f), 'utf8')]),
  );
}

describe('what CAT tools do to an export', () => {
  it('comes back from import then export exactly as edited: a state changed, codes moved, a target emptied; a refused file changes no byte', async () => {
    const base = copySite();
    const file = join(base, 'zh.xlf');
    await runCli(base, ['export', '--locale', 'zh-TW', '--format', 'xliff', '--out', file]);
    const exported = readFileSync(file, 'utf8');
    const units = unitsOf(exported);
    // Sentences of pages: UI strings and front matter have no review state.
    const translated = [...units].filter(([id, u]) => u.state === 'translated' && u.target.trim() && /^[0-9a-f]{5}-\d+$/.test(id)).map(([id]) => id);
    const withTwoCodes = translated.filter((id) => (units.get(id)?.target.match(CODES)?.length ?? 0) >= 2);
    expect(withTwoCodes.length).toBeGreaterThan(3);

    const edit = fc.oneof(
      fc.record({kind: fc.constant('state' as const), id: fc.constantFrom(...translated), state: fc.constantFrom('reviewed', 'final')}),
      fc.record({kind: fc.constant('move' as const), id: fc.constantFrom(...withTwoCodes)}),
      fc.record({kind: fc.constant('empty' as const), id: fc.constantFrom(...translated)}),
      fc.record({kind: fc.constant('broken' as const), id: fc.constantFrom(...withTwoCodes)}),
    );
    await fc.assert(
      fc.asyncProperty(edit, async (e) => {
        const root = copySite();
        const unit = units.get(e.id);
        if (!unit) throw new Error(`no unit ${e.id}`);
        let text = unit.text;
        if (e.kind === 'state') text = text.replace('<segment state="translated">', `<segment state="${e.state}">`);
        if (e.kind === 'empty') text = text.replace(/<target>[\s\S]*?<\/target>/, '<target></target>');
        if (e.kind === 'move' || e.kind === 'broken') {
          // The translator swaps the first two codes (a word order change), or a tool loses a code's data.
          const [first = '', second = ''] = unit.target.match(CODES) ?? [];
          const target =
            e.kind === 'move'
              ? unit.target.replace(first, '\u0000').replace(second, first).replace('\u0000', second)
              : unit.target.replace(/dataRef(?:Start)?="d\d+"/, 'dataRefStart="d99"');
          text = text.replace(`<target>${unit.target}</target>`, `<target>${target}</target>`);
        }
        const edited = join(root, 'zh.xlf');
        writeFileSync(edited, exported.replace(unit.text, text));
        const before = snapshot(root);
        const result = await runCli(root, ['--json', 'import', edited]);
        if (e.kind === 'broken') {
          expect(result.exitCode).toBe(1);
          expect(snapshot(root)).toEqual(before);
          return;
        }
        expect(result.exitCode).toBe(0);
        const again = join(root, 'again.xlf');
        await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'xliff', '--out', again]);
        const back = unitsOf(readFileSync(again, 'utf8')).get(e.id);
        // An emptied target is nothing to apply: the unit comes back as it was.
        expect(back?.text).toBe(e.kind === 'empty' ? unit.text : text);
      }),
      {numRuns: 40},
    );
  });
});
