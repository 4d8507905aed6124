import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {readLocalizedDoc} from '../../l10n/localizedDoc';
import {renderPair} from '../../markdown/spanPairs';
import {escapeTableCodePipes, maskTableCodePipes, tableCodePipes} from '../tablePipes';

const table = (row: string) => `| Option | Value |\n|--------|-------|\n${row}\n`;

describe('pipes in a table cell’s inline code', () => {
  it('are found in table rows only, outside fences, not when escaped or outside code', () => {
    const text = `${table('| `-v` | `<quiet|normal|detailed>` and a | b |')}\nText \`a|b\`.\n\n\`\`\`\n| \`x|y\` |\n|---|\n\`\`\`\n`;
    expect(tableCodePipes(text).map((p) => text.slice(p - 6, p + 1))).toEqual(['<quiet|', 'normal|']);
    expect(tableCodePipes(table('| `a \\| b` | c |'))).toEqual([]);
  });

  it('are escaped for GFM and masked for locating blocks, offsets kept', () => {
    const text = table('| `A | B` | c |');
    expect(escapeTableCodePipes(text)).toBe(table('| `A \\| B` | c |'));
    expect(maskTableCodePipes(text)).toHaveLength(text.length);
    expect(maskTableCodePipes(text)).toBe(table('| `A \u00a6 B` | c |'));
  });

  it('keep a pair whole in its cell (ASP.NET Core, host-and-deploy/proxy-load-balancer.md)', () => {
    const source = 'A common value is `ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto`.';
    const text = table(
      `| \`ForwardedHeaders\` | ${renderPair('b7525-192', '一般值為 `ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto`。', source)} |`,
    );
    const doc = readLocalizedDoc('page.md', text);
    expect(doc.segments.map((s) => s.source)).toEqual([source]);
  });

  it('ends on any row of backticks, pipes and escapes, naming only pipes in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('`', '``', '|', '\\', 'a', ' ', '\n'), {maxLength: 60}), (parts) => {
        const text = table(`| ${parts.join('')} |`);
        const pipes = tableCodePipes(text);
        expect(pipes.every((p, i) => text[p] === '|' && (i === 0 || p > (pipes[i - 1] ?? 0)))).toBe(true);
        expect(maskTableCodePipes(text)).toHaveLength(text.length);
      }),
      {numRuns: 500},
    );
  });
});
