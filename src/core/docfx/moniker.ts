/**
 * DocFX version monikers: `::: moniker range="<expr>"` … `::: moniker-end`. A range is a list of
 * `||` alternatives; each is a space-separated conjunction of `=`, `>`, `<`, `>=`, `<=` comparisons
 * (a bare version means `=`) over the ordered versions of one product (`aspnetcore-3.1`,
 * `sql-server-ver15`, `vs-2019`).
 */
export const ASPNETCORE_VERSIONS = ['aspnetcore-1.0', 'aspnetcore-1.1', 'aspnetcore-2.0', 'aspnetcore-2.1', 'aspnetcore-2.2'] as const;

export class MonikerRangeError extends Error {
  readonly code = 'ERR_MONIKER_RANGE';
}

const VERSION = /^(.*?)-?(\d+(?:\.\d+)*)$/;

/** A version name's product and number parts: `aspnetcore-3.1` → aspnetcore, [3, 1]; a name with no number is a product of its own. */
function parseVersion(name: string): {product: string; parts: number[]} {
  const m = VERSION.exec(name);
  return m ? {product: m[1] ?? '', parts: (m[2] ?? '').split('.').map(Number)} : {product: name, parts: []};
}

/** Orders versions by product, then by number part by part (2.10 after 2.9). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (x.product !== y.product) return x.product < y.product ? -1 : 1;
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? -1) - (y.parts[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const VERSION_TERM = /(?:>=|<=|=|>|<)?\s*([\w.-]+)/g;

/**
 * The versions a page is read in: the known ones and every version its ranges name, in order. A
 * doc set of any product works without configuration; a known list adds the versions no range names
 * (`< aspnetcore-3.0` then still covers 2.2).
 */
export function versionsOfRanges(ranges: readonly string[], known: readonly string[] = ASPNETCORE_VERSIONS): string[] {
  const all = new Set(known);
  for (const range of ranges) for (const [, version = ''] of range.matchAll(VERSION_TERM)) all.add(version);
  return [...all].sort(compareVersions);
}

type Comparison = {op: '=' | '>' | '<' | '>=' | '<='; version: string};

function parseComparison(term: string, versions: readonly string[]): Comparison {
  const m = /^(>=|<=|=|>|<)?\s*([\w.-]+)$/.exec(term);
  if (!m) throw new MonikerRangeError(`"${term}" is not a comparison such as ">= ${versions[0]}"`);
  const [, op = '=', version = ''] = m;
  if (!versions.includes(version)) throw new MonikerRangeError(`unknown version "${version}"; known versions: ${versions.join(', ')}`);
  return {op: op as Comparison['op'], version};
}

/** The versions a range includes, in version order; a comparison holds only within its own product. Throws MonikerRangeError on bad syntax or versions. */
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
  const matches = (v: string, {op, version}: Comparison) => {
    if (parseVersion(v).product !== parseVersion(version).product) return false;
    const d = compareVersions(v, version);
    return op === '=' ? d === 0 : op === '>' ? d > 0 : op === '<' ? d < 0 : op === '>=' ? d >= 0 : d <= 0;
  };
  return versions.filter((v) => alternatives.some((all) => all.every((c) => matches(v, c))));
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

/**
 * The offered versions grouped by the content they show: two versions are in one group when every
 * zone shows for both or for neither (`zones` lists each zone's versions). Readers of a version
 * see which others the page reads the same for.
 */
export function sameContentGroups(offered: readonly string[], zones: ReadonlyArray<readonly string[]>): string[][] {
  const groups = new Map<string, string[]>();
  for (const version of offered) {
    const signature = zones.map((zone) => (zone.includes(version) ? '1' : '0')).join('');
    groups.set(signature, [...(groups.get(signature) ?? []), version]);
  }
  return [...groups.values()];
}
