/**
 * DocFX code includes: `[!code-csharp[Title](path/File.cs?name=Region&highlight=7)]` (any case, a space before the title allowed: `[!code-JSON [title](path)]`), also with
 * `?range=2,5-7,9-`, `?start=3&end=10`, `?dedent=4`, `#L3-L10` or `#Region`. Pure: the caller reads files.
 */
export interface CodeInclude {
  lang: string;
  title: string;
  path: string;
  region?: string;
  range?: string;
  start?: number;
  end?: number;
  dedent?: number;
  highlight?: string;
}

const INCLUDE = /^\[!code-([\w+#-]+)\s*\[([^\]]*)\]\(\s*([^)?#\s]+)(\?[^)#\s]*)?(#[^)\s]*)?\s*\)\]$/i;

export function parseCodeInclude(text: string): CodeInclude | undefined {
  const m = INCLUDE.exec(text.trim());
  if (!m) return undefined;
  const [, lang = '', title = '', path = '', query = '', fragment = ''] = m;
  const params = new URLSearchParams(query.slice(1));
  const include: CodeInclude = {lang: lang.toLowerCase(), title, path};
  const lines = /^#L(\d+)(?:-L(\d+))?$/i.exec(fragment);
  if (lines) include.range = lines[2] ? `${lines[1]}-${lines[2]}` : lines[1];
  else if (fragment.length > 1) include.region = fragment.slice(1);
  const name = params.get('name');
  const range = params.get('range');
  if (name !== null) include.region = name;
  if (range !== null) include.range = range;
  if (params.has('start')) include.start = Number(params.get('start'));
  if (params.has('end')) include.end = Number(params.get('end'));
  if (params.has('dedent')) include.dedent = Number(params.get('dedent'));
  const highlight = params.get('highlight');
  if (highlight !== null) include.highlight = highlight;
  return include;
}

/** The include a `:::code language="csharp" source="…" range="…" highlight="…" id="…":::` marker names, or undefined without a source. */
export function codeIncludeOfMarker(attributes: Readonly<Record<string, string>>): CodeInclude | undefined {
  const {language = '', source, range, highlight, id} = attributes;
  if (!source) return undefined;
  return {lang: language.toLowerCase(), title: '', path: source, ...(id ? {region: id} : {}), ...(range ? {range} : {}), ...(highlight ? {highlight} : {})};
}

/** `2,5-7,9-` → the 1-based line numbers it names, up to `last`. */
export function expandLineRanges(spec: string, last: number): number[] {
  const lines = new Set<number>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d+)(?:(-)(\d*))?$/.exec(part);
    if (!m) throw new RangeError(`"${part}" is not a line number or range (use 3, 2-5 or 9-)`);
    const from = Number(m[1]);
    const to = m[2] ? (m[3] ? Number(m[3]) : last) : from;
    for (let n = from; n <= Math.min(to, last); n++) lines.add(n);
  }
  return [...lines].sort((a, b) => a - b);
}

const REGION_START = [/^\s*#region\s+(\S+)/, /^\s*\/\/\s*<(\w[\w.-]*)>\s*$/, /^\s*<!--\s*<(\w[\w.-]*)>\s*-->\s*$/];
const REGION_END = [/^\s*#endregion\b/, /^\s*\/\/\s*<\/(\w[\w.-]*)>\s*$/, /^\s*<!--\s*<\/(\w[\w.-]*)>\s*-->\s*$/];

export function regionNames(source: string): string[] {
  const names: string[] = [];
  for (const line of source.split('\n')) {
    for (const re of REGION_START) {
      const m = re.exec(line);
      if (m?.[1] !== undefined) names.push(m[1]);
    }
  }
  return names;
}

/** The lines inside a named region, with every region marker line removed. Undefined when absent. */
export function extractRegion(source: string, name: string): string[] | undefined {
  const lines = source.split('\n');
  const isMarker = (line: string) => [...REGION_START, ...REGION_END].some((re) => re.test(line));
  const start = lines.findIndex((line) => REGION_START.some((re) => re.exec(line)?.[1] === name));
  if (start < 0) return undefined;
  let depth = 0;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (REGION_START.some((re) => re.test(line))) depth++;
    else if (REGION_END.some((re) => re.test(line))) {
      if (depth === 0) return body;
      depth--;
    }
    if (!isMarker(line)) body.push(line);
  }
  return undefined;
}

/** Removes `amount` columns, or else the indentation common to all non-blank lines. */
export function dedent(lines: string[], amount?: number): string[] {
  const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0].length ?? 0;
  const indents = lines.filter((l) => l.trim()).map(indentOf);
  const cut = amount ?? (indents.length ? Math.min(...indents) : 0);
  return lines.map((l) => l.slice(Math.min(cut, indentOf(l))));
}

export type SnippetResult = {code: string} | {missingRegion: string; regions: string[]};

export function selectSnippet(source: string, include: CodeInclude): SnippetResult {
  const all = source.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  let lines = all;
  if (include.region) {
    const region = extractRegion(source.replace(/\r\n/g, '\n'), include.region);
    if (!region) return {missingRegion: include.region, regions: regionNames(source)};
    lines = region;
  } else if (include.range) {
    lines = expandLineRanges(include.range, all.length).map((n) => all[n - 1] ?? '');
  } else if (include.start || include.end) {
    lines = all.slice((include.start ?? 1) - 1, include.end ?? all.length);
  }
  return {code: dedent(lines, include.dedent).join('\n')};
}
