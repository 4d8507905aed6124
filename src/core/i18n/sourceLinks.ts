/**
 * Where a page's "Edit this page" and "Report a translation problem" links go: the repository that
 * holds the site's Markdown (`REPO_URL`, branch `REPO_BRANCH`), and an issue form that takes a
 * prefilled title and body (`REPORT_URL`, a template with `{title}` and `{body}`; by default the
 * repository's GitHub "new issue" form).
 */
export interface SourceLinks {
  /** Base to which a file's path in the repository is appended (`…/edit/main/`). */
  editBase: string;
  /** The report form, with `{title}` and `{body}` where the encoded texts go. */
  reportTemplate: string;
}

export interface SourceLinkSettings {
  repoUrl?: string;
  branch?: string;
  reportUrl?: string;
}

const DEFAULTS = {repoUrl: 'https://github.com/bilingual-docs/websocket-docs', branch: 'main'};

const httpUrl = (name: string, value: string): URL => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) throw new TypeError(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  return url;
};

/** Settings (usually from the environment) checked once: a bad one throws a TypeError that quotes it. */
export function normalizeSourceLinks(settings: SourceLinkSettings = {}): SourceLinks {
  // An unset or empty environment variable is the default.
  const given: SourceLinkSettings = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined && value !== ''));
  const {repoUrl, branch, reportUrl}: SourceLinkSettings & typeof DEFAULTS = {...DEFAULTS, ...given};
  const repo = httpUrl('REPO_URL', repoUrl)
    .href.replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (!/^[\w.\-/]+$/.test(branch) || branch.includes('..')) throw new TypeError(`REPO_BRANCH must be a branch name, got ${JSON.stringify(branch)}`);
  if (reportUrl !== undefined) {
    httpUrl('REPORT_URL', reportUrl.replace(/\{(title|body)\}/g, ''));
    if (!reportUrl.includes('{body}')) throw new TypeError(`REPORT_URL must hold "{body}" where the report's text goes, got ${JSON.stringify(reportUrl)}`);
  }
  return {editBase: `${repo}/edit/${branch}/`, reportTemplate: reportUrl ?? `${repo}/issues/new?title={title}&body={body}`};
}

/** What a report names: the page, and when invoked from a sentence, the sentence. */
export interface ReportSubject {
  pageTitle: string;
  pageUrl: string;
  locale: string;
  /** The page's file in the repository (`i18n/zh-TW/…/websockets.md`). */
  sourceFile: string;
  sentence?: {id: string; translation: string; english: string};
}

/** A long sentence is cut: a form's address has a length limit (GitHub's is about 8,000 characters). */
const MAX_QUOTE = 400;
const quote = (text: string) => (text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text).replace(/\s+/g, ' ').trim();

/** The report form's address, its title and body filled in (in English: the maintainers' language). */
export function reportUrlFor(template: string, subject: ReportSubject): string {
  const {pageTitle, pageUrl, locale, sourceFile, sentence} = subject;
  const title = `[${locale}] ${pageTitle}${sentence ? ` (sentence ${sentence.id})` : ''}`;
  const lines = [`Page: ${pageUrl}`, `Locale: ${locale}`, `File: ${sourceFile}`];
  if (sentence) lines.push(`Sentence: ${sentence.id}`, `Translation: ${quote(sentence.translation)}`, `English: ${quote(sentence.english)}`);
  lines.push('', 'What is wrong, and what it should say:', '');
  return template.replace('{title}', encodeURIComponent(title)).replace('{body}', encodeURIComponent(lines.join('\n')));
}
