import {isSafeHtml, isSafeUrl} from '../../../src/core/markdown/safeHtml';
import {emphasised, mtLeftovers} from '../../../src/core/l10n/mtLeftovers';
import {UNTRANSLATED, type SpanSegment} from '../../../src/core/markdown/spanPairs';

export type Severity = 'error' | 'warning';

export interface Check {
  code: string;
  severity: Severity;
  /** A problem description when the translation fails the check, else undefined. */
  test(segment: SpanSegment): string | undefined;
}

const multiset = (items: string[]) => [...items].sort().join('\u0000');
const has = (s: SpanSegment, ...marks: string[]) => marks.some((m) => s.source.includes(m) || s.target.includes(m));
const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? m[0]);
const differ = (what: string, english: string[], target: string[]) =>
  multiset(english) === multiset(target) ? undefined : `${what} differ: English has ${JSON.stringify(english)}, translation has ${JSON.stringify(target)}`;

/** The quality gates, as data: each compares one translation with its English. */
/**
 * The text without what only looks like markup: inline code (`` `Action<object, string>` ``),
 * `<xref:uid>` and URL autolinks, and escaped angle brackets (`\\<name>`).
 */
function withoutLiteralAngles(text: string): string {
  return text
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/<(?:xref:|https?:\/\/|mailto:)[^>\s]*>/gi, ' ')
    .replace(/\\</g, ' ');
}

/**
 * What a Markdown parser reads as an HTML tag (CommonMark's open and closing tags): `<package name \\>`
 * in a URL is not one, and shows as text.
 */
const RAW_HTML_TAG = /(<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)/g;

export const CHECKS: Check[] = [
  {
    code: 'L10N_PLACEHOLDER',
    severity: 'error',
    // Each check first asks whether either text has the character its pattern needs: most sentences have none.
    test: (s) =>
      has(s, '%', '{') ? differ('placeholders', all(s.source, /%\d+|\{\d+\}|\{\{\s*\w+\s*\}\}/g), all(s.target, /%\d+|\{\d+\}|\{\{\s*\w+\s*\}\}/g)) : undefined,
  },
  {
    code: 'L10N_CODE',
    severity: 'error',
    test: (s) => (has(s, '`') ? differ('inline code spans', all(s.source, /`([^`]+)`/g), all(s.target, /`([^`]+)`/g)) : undefined),
  },
  {
    code: 'L10N_LINK',
    severity: 'error',
    test: (s) =>
      has(s, '](', '<xref:')
        ? differ('link URLs and xref uids', all(s.source, /\]\(([^)\s]+)\)|<(xref:[^>]+)>/g), all(s.target, /\]\(([^)\s]+)\)|<(xref:[^>]+)>/g))
        : undefined,
  },
  {
    code: 'L10N_EMPHASIS',
    severity: 'warning',
    test: (s) => {
      const count = (t: string, mark: string) => t.split(mark).length - 1;
      const bad = ['**', '__'].find((mark) => count(s.target, mark) % 2 !== 0 || count(s.target, mark) !== count(s.source, mark));
      return bad ? `emphasis "${bad}" is unbalanced or differs from the English` : undefined;
    },
  },
  {
    code: 'L10N_MT_EMPHASIS',
    severity: 'warning',
    // Shown literally on the page; `check --fix` repairs what is unambiguous.
    test: (s) => {
      const found = mtLeftovers(s.target);
      if (found.length === 0) return undefined;
      const english = emphasised(s.source);
      const what = found.map((l) =>
        l.kind === 'empty-emphasis' ? `an emptied emphasis ${JSON.stringify(l.text)}` : `spaces inside the markers of ${JSON.stringify(l.text)}`,
      );
      return `machine translation left ${what.join(' and ')}; the English emphasises ${english.length ? JSON.stringify(english) : 'nothing'} (check --fix repairs it)`;
    },
  },
  {
    code: 'L10N_EMPTY',
    severity: 'error',
    test: (s) => (s.target.trim() === '' ? 'the translation is empty' : undefined),
  },
  {
    code: 'L10N_COPY',
    severity: 'warning',
    test: (s) =>
      // Prose has lowercase words; names like "Microsoft-Windows-Application Server-Applications/Debug" do not.
      s.state !== UNTRANSLATED && s.target.trim() === s.source.trim() && (s.source.match(/(?<![\p{L}-])\p{Ll}{2,}(?![\p{L}-])/gu)?.length ?? 0) >= 2
        ? 'the translation is a copy of the English'
        : undefined,
  },
  {
    code: 'L10N_MT_TAG',
    severity: 'error',
    // Machine translation marks inline formatting with <b0>, <c1/>, … and sometimes leaves them in.
    test: (s) => {
      if (!s.target.includes('<')) return undefined;
      const left = all(s.target, /(<\/?[a-z]\d+\s*\/?>)/g).filter((tag) => !s.source.includes(tag));
      return left.length ? `machine-translation placeholder left in the translation: ${JSON.stringify(left)}` : undefined;
    },
  },
  {
    code: 'L10N_MARKUP',
    severity: 'error',
    test: (s) => {
      if (!s.target.includes('<') && !s.target.includes('](') && !/javascript/i.test(s.target)) return undefined;
      // What the English has too (`FK_<dependent type name>` in prose) is the English's, not the translator's.
      const tags = all(withoutLiteralAngles(s.target), RAW_HTML_TAG).filter(
        (tag) => !isSafeHtml(tag) && !/^<\/?[a-z]\d+\s*\/?>$/.test(tag) && !s.source.includes(tag),
      );
      const urls = all(s.target, /\]\(([^)\s]+)\)/g).filter((url) => !isSafeUrl(url));
      if (tags.length) return `markup that could run in the page: ${JSON.stringify(tags)}`;
      if (urls.length || /javascript\s*:/i.test(s.target)) return `script URL in the translation: ${JSON.stringify(urls[0] ?? 'javascript:')}`;
      return undefined;
    },
  },
];

export interface IncomingFinding {
  code: string;
  severity: Severity;
  message: string;
}

/**
 * The checks on a translation coming in from a translator's file, before anything is written. An
 * error the page's current translation has as well (a URL the translation already localized, say)
 * is not the translator's doing: it is a warning, so a fix elsewhere in the sentence can land.
 */
export function checkIncoming(segment: SpanSegment, translation: string): IncomingFinding[] {
  const incoming: SpanSegment = {...segment, target: translation, state: undefined};
  const findings: IncomingFinding[] = [];
  for (const check of CHECKS) {
    const message = check.test(incoming);
    if (!message) continue;
    const already = check.severity === 'error' && segment.state !== UNTRANSLATED && check.test(segment) === message;
    findings.push({code: check.code, severity: already ? 'warning' : check.severity, message: already ? `${message} (as in the page already)` : message});
  }
  return findings;
}

/** A segment of text alone, with no place in a page: what the checks read. */
export function textSegment(source: string, target: string, state?: string): SpanSegment {
  return {id: '', start: 0, end: 0, targetStart: 0, targetEnd: 0, sourceStart: 0, sourceEnd: 0, source, target, ...(state ? {state} : {})};
}

/** The checks on a translation with no translation before it to compare with (a UI string, a title, a memory entry): every rule applies. */
export function checkText(english: string, translation: string): IncomingFinding[] {
  return checkIncoming(textSegment(english, '', UNTRANSLATED), translation);
}
