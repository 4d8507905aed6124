/**
 * DocFX version monikers: `::: moniker range="<expr>"` … `::: moniker-end`. A range is a list of
 * `||` alternatives; each is a space-separated conjunction of `=`, `>`, `<`, `>=`, `<=` comparisons
 * (a bare version means `=`) over an ordered list of versions.
 */
export const ASPNETCORE_VERSIONS = ['aspnetcore-1.0', 'aspnetcore-1.1', 'aspnetcore-2.0', 'aspnetcore-2.1', 'aspnetcore-2.2'] as const;

export class MonikerRangeError extends Error {
  readonly code = 'ERR_MONIKER_RANGE';
}

type Comparison = {op: '=' | '>' | '<' | '>=' | '<='; index: number};

function parseComparison(term: string, versions: readonly string[]): Comparison {
  const m = /^(>=|<=|=|>|<)?\s*([\w.-]+)$/.exec(term);
  if (!m) throw new MonikerRangeError(`"${term}" is not a comparison such as ">= ${versions[0]}"`);
  const [, op = '=', version = ''] = m;
  const index = versions.indexOf(version);
  if (index < 0) throw new MonikerRangeError(`unknown version "${version}"; known versions: ${versions.join(', ')}`);
  return {op: op as Comparison['op'], index};
}

/** The versions a range includes, in version order. Throws MonikerRangeError on bad syntax or versions. */
export function versionsInRange(range: string, versions: readonly string[] = ASPNETCORE_VERSIONS): string[] {
  const alternatives = range.split('||').map((alt) => {
    // "> = x" is not allowed, but ">= x" and ">=x" are: glue operators to their version first.
    const terms = alt
      .trim()
      .replace(/(>=|<=|=|>|<)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    if (terms.length === 0) throw new MonikerRangeError(`empty alternative in "${range}"`);
    return terms.map((t) => parseComparison(t, versions));
  });
  const matches = (i: number, {op, index}: Comparison) =>
    op === '=' ? i === index : op === '>' ? i > index : op === '<' ? i < index : op === '>=' ? i >= index : i <= index;
  return versions.filter((_, i) => alternatives.some((all) => all.every((c) => matches(i, c))));
}

export type MonikerMarker = {kind: 'start'; range: string} | {kind: 'end'};

/** A moniker fence line, or undefined. */
export function parseMonikerMarker(line: string): MonikerMarker | undefined {
  const start = /^:::\s*moniker\s+range\s*=\s*"([^"]*)"\s*$/i.exec(line.trim());
  if (start) return {kind: 'start', range: start[1] ?? ''};
  return /^:::\s*moniker-end\s*$/i.test(line.trim()) ? {kind: 'end'} : undefined;
}

/** Any line that looks like a moniker fence, well-formed or not. */
export function looksLikeMonikerFence(line: string): boolean {
  return /^:::\s*moniker/i.test(line.trim());
}
