import {relative} from 'node:path';
import type {Root, RootContent} from 'mdast';
import type {Processor} from 'unified';
import {VFile} from 'vfile';
import {jsxFlow} from './jsx';

/** An English article to show in place of a localized page that could not be built. */
export interface EnglishArticle {
  path: string;
  /** Its Markdown without front matter, preprocessed as the site reads it. */
  text: string;
}

export interface PageGuardOptions {
  /** Whether a page that cannot be built fails the build (L10N_STRICT=true) instead of becoming an error page. */
  strict?: boolean;
  /** The English article of a localized page, when it has one. */
  englishOf?: (path: string) => EnglishArticle | undefined;
  write?: (line: string) => void;
}

const defaults: Required<PageGuardOptions> = {
  strict: false,
  englishOf: () => undefined,
  write: (line) => process.stderr.write(`${line}\n`),
};

export function normalizeOptions(options: PageGuardOptions = {}): Required<PageGuardOptions> {
  const settings = {...defaults, ...options};
  if (typeof settings.strict !== 'boolean') throw new TypeError(`strict must be true or false, got ${JSON.stringify(settings.strict)}`);
  for (const name of ['englishOf', 'write'] as const) {
    if (typeof settings[name] !== 'function') throw new TypeError(`${name} must be a function, got ${JSON.stringify(settings[name])}`);
  }
  return settings;
}

type Done = (error?: unknown, tree?: unknown, file?: VFile) => void;
type Run = (tree: unknown, file: VFile, done: Done) => void;

/** Where an error points in its page: a vfile message's place, else the page's start. */
function placeOf(error: unknown): {line: number; column: number} {
  const {line, column} = (error ?? {}) as {line?: unknown; column?: unknown};
  return typeof line === 'number' && line > 0 ? {line, column: typeof column === 'number' && column > 0 ? column : 1} : {line: 1, column: 1};
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? ((error as Error & {reason?: string}).reason ?? error.message) : String(error);
  return message.split('\n')[0] ?? '';
}

/** The notice, placed after the article's first-level heading (the page title) or first. */
function withNotice(tree: Root, where: string, english?: string): Root {
  const notice = jsxFlow('PageError', {where, ...(english ? {english} : {})}) as RootContent;
  const h1 = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  tree.children.splice(h1 + 1, 0, notice);
  return tree;
}

/**
 * One page that cannot be built never takes the build down: whatever fails while a page is
 * compiled (our plugins, Docusaurus' own, MDX), the page is compiled again as an error page — a
 * localized notice, then the English article where that builds — and the build log names the file,
 * line and column. With `strict`, the error stands and fails the build.
 *
 * The guard is the first remark plugin: it wraps the processor's `run`, which runs every
 * transform of the page (remark, rehype and recma), so it sees every failure in one place.
 */
export default function remarkPageGuard(this: Processor, options?: PageGuardOptions) {
  const settings = normalizeOptions(options);
  if (settings.strict) return;
  const processor = this as unknown as {run: Run; parse: (file: VFile) => Root};
  const run = processor.run.bind(processor) as Run;
  const reported = new Set<string>();
  processor.run = (tree, file, done) => {
    // The loader gives each page's front matter and compiler in `data`: the error page keeps them.
    const data = {...file.data};
    run(tree, file, (error, result, resultFile) => {
      if (!error) return done(error, result, resultFile);
      const {line, column} = placeOf(error);
      const where = `${file.path ? relative(process.cwd(), file.path) : '<input>'}:${line}:${column}`;
      const report = `[WARNING] ${where}: the page could not be built and shows an error page instead: ${reasonOf(error)} (page-guard:page-failed)`;
      if (!reported.has(report)) settings.write(report);
      reported.add(report);
      // The notice alone has no path: nothing in it depends on where the page is, so no plugin can fail on it for that.
      const noticeOnly = () => run(withNotice({type: 'root', children: []}, where), new VFile({value: '', data}), done);
      const english = file.path ? settings.englishOf(file.path) : undefined;
      if (!english) return noticeOnly();
      const page = new VFile({path: english.path, value: english.text, data});
      run(withNotice(processor.parse(page), where, english.path), page, (englishError, englishTree, englishFile) =>
        englishError ? noticeOnly() : done(undefined, englishTree, englishFile),
      );
    });
  };
}
