import {translate} from '@docusaurus/Translate';
import {CSRF_HEADER, EDIT_API, NEEDS_WORK_STATES} from '../core/translate/editApi';
import {wordDiff} from '../core/translate/wordDiff';
import {tokenField} from './tokenField';
import {SENTENCE} from '../components/ReadingMode/sentenceBlocks';
import './editor.css';

/**
 * The editor of `npm run translate`, loaded only in edit mode (TRANSLATE_MODE): a sentence under the
 * pointer or focus offers Edit (a click, or E); the panel shows its English (what changed, when it is
 * stale), the translation, its state, suggestions and terms, and the checks as the translator types.
 * Ctrl/⌘+Enter saves and moves to the next sentence that needs work, Alt+↓/↑ moves without saving,
 * Esc closes. The page shows the saved text at once; the dev server's reload confirms it.
 */

/** A sentence's state in the reader's language. */
function stateLabel(state: string): string {
  switch (state) {
    case 'new':
      return translate({id: 'translateMode.state.new', message: 'untranslated'});
    case 'needs-review':
      return translate({id: 'translateMode.state.needs-review', message: 'needs review'});
    case 'translated':
      return translate({id: 'translateMode.state.translated', message: 'translated'});
    case 'reviewed':
      return translate({id: 'translateMode.state.reviewed', message: 'reviewed'});
    case 'final':
      return translate({id: 'translateMode.state.final', message: 'final'});
    default:
      return state;
  }
}

interface Sentence {
  id: string;
  /** The id of its pair in the file as it is, which the page shows (a stale sentence's old pair). */
  pageId?: string;
  english: string;
  translation: string;
  state: string;
  previousEnglish?: string;
  terms: Array<{english: string; translation: string; note: string}>;
  /** From the memory, or from another sentence of the locale's pages (`page`). */
  suggestions: Array<{source: string; target: string; similarity: number; page?: string; origin?: 'memory' | 'page'}>;
}
interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

let csrf: Promise<string> | undefined;
let page: {route: string; page: string; sentences: Sentence[]} | undefined;
let current: string | undefined;
let panel: HTMLElement | undefined;
let checkTimer: ReturnType<typeof setTimeout> | undefined;

const api = async (path: string, init: RequestInit = {}) => fetch(`${EDIT_API}${path}`, {credentials: 'same-origin', ...init});

function session(): Promise<string> {
  csrf ??= api('/session').then(async (r) => ((await r.json()) as {csrf: string}).csrf);
  return csrf;
}

async function post(path: string, body: unknown): Promise<Response> {
  return api(path, {method: 'POST', headers: {'Content-Type': 'application/json', [CSRF_HEADER]: await session()}, body: JSON.stringify(body)});
}

const needsWork = (s: Sentence) => NEEDS_WORK_STATES.includes(s.state);
const sentenceOf = (id: string) => page?.sentences.find((s) => s.id === id);
const segmentOf = (id: string) => {
  const shown = sentenceOf(id)?.pageId ?? id;
  return document.querySelector<HTMLElement>(`${SENTENCE}[data-seg="${CSS.escape(shown)}"]`);
};
/** The sentence a pair on the page shows. */
const sentenceShownAt = (seg: string) => page?.sentences.find((s) => (s.pageId ?? s.id) === seg);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & {dataset?: Record<string, string>} = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const {dataset, ...rest} = props;
  Object.assign(node, rest);
  for (const [key, value] of Object.entries(dataset ?? {})) node.dataset[key] = value;
  node.append(...children);
  return node;
}

/** The page bar: what needs work on this page, and a way to it. */
function renderBar(): void {
  document.querySelector('[data-translate-bar]')?.remove();
  if (!page) return;
  const waiting = page.sentences.filter(needsWork);
  const next = element('button', {
    type: 'button',
    className: 'button button--sm button--primary',
    textContent: translate({id: 'translateMode.bar.next', message: 'Next'}),
  });
  next.addEventListener('click', () => waiting[0] && open(waiting[0].id));
  next.disabled = waiting.length === 0;
  const bar = element(
    'div',
    {className: 'tr-bar', role: 'region', ariaLabel: translate({id: 'translateMode.bar.label', message: 'Translation'}), dataset: {translateBar: ''}},
    element(
      'span',
      {dataset: {translateCount: String(waiting.length)}},
      translate({id: 'translateMode.bar.count', message: '{count} of {total} sentences need work'}, {count: waiting.length, total: page.sentences.length}),
    ),
    next,
  );
  document.body.append(bar);
}

function markSegments(): void {
  if (!page) return;
  const states = new Map(page.sentences.map((s) => [s.pageId ?? s.id, s.state]));
  for (const segment of document.querySelectorAll<HTMLElement>(SENTENCE)) {
    const state = states.get(segment.dataset.seg ?? '');
    if (state) segment.dataset.trState = state;
  }
}

function renderFindings(list: HTMLElement, save: HTMLButtonElement, findings: Finding[]): void {
  list.replaceChildren(
    ...findings.map((f) =>
      element(
        'li',
        {className: `tr-${f.severity}`, dataset: {code: f.code}},
        f.severity === 'error'
          ? translate({id: 'translateMode.error', message: 'Error {code}: {message}'}, {code: f.code, message: f.message})
          : translate({id: 'translateMode.warning', message: 'Warning {code}: {message}'}, {code: f.code, message: f.message}),
      ),
    ),
  );
  save.disabled = findings.some((f) => f.severity === 'error');
}

function diffOf(before: string, after: string): HTMLElement {
  const out = element('p', {className: 'tr-diff', lang: 'en'});
  for (const part of wordDiff(before, after)) out.append(part.kind === 'same' ? part.text : element(part.kind === 'added' ? 'ins' : 'del', {}, part.text));
  return out;
}

function close(): void {
  panel?.remove();
  panel = undefined;
  const segment = current ? segmentOf(current) : null;
  current = undefined;
  segment?.focus();
}

function move(step: 1 | -1, onlyNeedingWork = false): void {
  if (!page || !current) return;
  const list = onlyNeedingWork ? page.sentences.filter((s) => needsWork(s) || s.id === current) : page.sentences;
  const at = list.findIndex((s) => s.id === current);
  const next = list[at + step];
  if (next && next.id !== current) open(next.id);
  else if (onlyNeedingWork) close();
}

async function save(sentence: Sentence, translation: string, state: 'translated' | 'reviewed' | 'final', status: HTMLElement): Promise<void> {
  if (!page) return;
  const base = {english: sentence.english, translation: sentence.translation, state: sentence.state};
  const response = await post('/save', {page: page.page, id: sentence.id, base, translation, state});
  const body = (await response.json()) as {sentence?: Sentence; theirs?: Sentence | null; errors?: Finding[]};
  if (response.status === 409) {
    const theirs = body.theirs;
    status.replaceChildren(
      element('strong', {}, translate({id: 'translateMode.conflict', message: 'Changed on disk since you opened it.'})),
      ' ',
      element(
        'span',
        {},
        translate(
          {id: 'translateMode.conflict.versions', message: 'On disk: “{theirs}”. Yours: “{mine}”.'},
          {theirs: theirs?.translation ?? translate({id: 'translateMode.conflict.gone', message: '(gone)'}), mine: translation},
        ),
      ),
      ' ',
    );
    if (theirs) {
      const keepMine = element('button', {
        type: 'button',
        className: 'button button--sm button--warning',
        textContent: translate({id: 'translateMode.conflict.mine', message: 'Save mine over it'}),
      });
      keepMine.addEventListener('click', () => {
        Object.assign(sentence, {english: theirs.english, translation: theirs.translation, state: theirs.state});
        void save(sentence, translation, state, status);
      });
      const keepTheirs = element('button', {
        type: 'button',
        className: 'button button--sm button--secondary',
        textContent: translate({id: 'translateMode.conflict.theirs', message: 'Take theirs'}),
      });
      keepTheirs.addEventListener('click', () => {
        Object.assign(sentence, {english: theirs.english, translation: theirs.translation, state: theirs.state});
        open(sentence.id);
      });
      status.append(keepMine, ' ', keepTheirs);
    }
    status.dataset.outcome = 'conflict';
    return;
  }
  if (!response.ok || !body.sentence) {
    status.textContent =
      (body.errors ?? []).map((e) => `${e.code}: ${e.message}`).join('; ') ||
      translate({id: 'translateMode.notSaved', message: 'Not saved ({status})'}, {status: response.status});
    status.dataset.outcome = 'refused';
    return;
  }
  Object.assign(sentence, body.sentence);
  // The new text on the page at once; the dev server's reload renders its Markdown.
  const target = segmentOf(sentence.id)?.querySelector('.bi-t');
  if (target) target.textContent = sentence.translation;
  status.dataset.outcome = 'saved';
  markSegments();
  renderBar();
  move(1, true);
}

function open(id: string): void {
  const sentence = sentenceOf(id);
  if (!page || !sentence) return;
  panel?.remove();
  current = id;
  const segment = segmentOf(id);
  const field = tokenField({
    value: sentence.translation,
    english: sentence.english,
    lang: document.documentElement.lang,
    label: translate({id: 'translateMode.field', message: 'Translation'}),
  });
  const findings = element('ul', {className: 'tr-findings'});
  const status = element('p', {className: 'tr-status', role: 'status', dataset: {translateStatus: ''}});
  const saveButton = element('button', {
    type: 'button',
    className: 'button button--primary',
    textContent: translate({id: 'translateMode.save', message: 'Save (Ctrl+Enter)'}),
  });
  const approve = element('button', {
    type: 'button',
    className: 'button button--secondary',
    textContent: translate({id: 'translateMode.approve', message: 'Approve'}),
    dataset: {translateApprove: ''},
  });
  const closeButton = element('button', {
    type: 'button',
    className: 'button button--link',
    textContent: translate({id: 'translateMode.close', message: 'Close (Esc)'}),
  });
  saveButton.addEventListener('click', () => void save(sentence, field.value(), 'translated', status));
  approve.addEventListener('click', () => void save(sentence, field.value(), 'reviewed', status));
  closeButton.addEventListener('click', close);
  const suggestions = sentence.suggestions.map((s, i) => {
    const use = element('button', {
      type: 'button',
      className: 'button button--sm button--outline button--secondary',
      textContent: translate({id: 'translateMode.use', message: 'Use (Alt+{n})'}, {n: i + 1}),
    });
    use.addEventListener('click', () => {
      field.setValue(s.target);
      field.focus();
    });
    const from =
      s.origin === 'page' && s.page
        ? translate({id: 'translateMode.suggestion.page', message: 'on {page}'}, {page: s.page})
        : translate({id: 'translateMode.suggestion.memory', message: 'from the memory'});
    return element(
      'li',
      {dataset: {suggestion: String(i + 1), origin: s.origin ?? 'memory'}},
      `${Math.round(s.similarity * 100)} % — ${s.target} `,
      use,
      element('br'),
      element('small', {className: 'tr-source'}, element('span', {lang: 'en'}, s.source), ` · ${from}`),
    );
  });
  const heading = element(
    'h2',
    {id: 'tr-editor-title'},
    translate({id: 'translateMode.heading', message: 'Sentence {id} — {state}'}, {id, state: stateLabel(sentence.state)}),
  );
  panel = element(
    'section',
    {
      className: 'tr-editor',
      role: 'dialog',
      ariaLabel: translate({id: 'translateMode.dialog', message: 'Edit sentence {id}'}, {id}),
      dataset: {translateEditor: id},
    },
    heading,
    element('p', {className: 'tr-english', lang: 'en'}, sentence.english),
    ...(sentence.previousEnglish !== undefined
      ? [
          element('p', {className: 'tr-label'}, translate({id: 'translateMode.changed', message: 'The English changed since it was translated:'})),
          diffOf(sentence.previousEnglish, sentence.english),
        ]
      : []),
    field.element,
    ...(field.tray
      ? [
          element(
            'p',
            {className: 'tr-label'},
            translate({id: 'translateMode.tokens', message: 'Code and links of the English (F9 inserts the next one missing)'}),
          ),
          field.tray,
        ]
      : []),
    // Announced as they change; the list itself keeps its list semantics.
    element('div', {role: 'status'}, findings),
    ...(suggestions.length
      ? [
          element('p', {className: 'tr-label'}, translate({id: 'translateMode.suggestions', message: 'Suggestions from the memory'})),
          element('ol', {className: 'tr-suggestions'}, ...suggestions),
        ]
      : []),
    ...(sentence.terms.length
      ? [
          element('p', {className: 'tr-label'}, translate({id: 'translateMode.glossary', message: 'Glossary'})),
          element(
            'ul',
            {className: 'tr-terms'},
            ...sentence.terms.map((t) =>
              element(
                'li',
                {dataset: {term: t.english}},
                t.translation === t.english
                  ? translate({id: 'translateMode.term.keep', message: '{name} (kept as it is)'}, {name: t.english})
                  : translate({id: 'translateMode.term', message: '{english} → {translation}'}, {english: t.english, translation: t.translation}),
              ),
            ),
          ),
        ]
      : []),
    element('div', {className: 'tr-actions'}, saveButton, ' ', approve, ' ', closeButton),
    status,
  );
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !saveButton.disabled) void save(sentence, field.value(), 'translated', status);
    else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) move(event.key === 'ArrowDown' ? 1 : -1);
    else if (event.altKey && /^[1-9]$/.test(event.key)) (suggestions[Number(event.key) - 1]?.querySelector('button') as HTMLButtonElement | null)?.click();
    else return;
    event.preventDefault();
  });
  field.element.addEventListener('input', () => {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(async () => {
      const response = await post('/check', {page: page?.page, id, translation: field.value()});
      if (response.ok) renderFindings(findings, saveButton, ((await response.json()) as {findings: Finding[]}).findings);
    }, 200);
  });
  document.body.append(panel);
  segment?.scrollIntoView({block: 'nearest'});
  field.focus();
}

async function attach(route: string): Promise<void> {
  close();
  // The hint beside a sentence under the pointer or focus, in the reader's language (see editor.css).
  document.documentElement.style.setProperty('--tr-edit-label', JSON.stringify(` ✎ ${translate({id: 'translateMode.editLabel', message: 'Edit (E)'})}`));
  const response = await api(`/page?route=${encodeURIComponent(route)}`);
  page = response.ok ? {route, ...((await response.json()) as {page: string; sentences: Sentence[]})} : undefined;
  markSegments();
  renderBar();
  // From the status page (`?edit=next`) or a link to one sentence (`?edit=<id>`).
  const wanted = new URLSearchParams(window.location.search).get('edit');
  if (wanted) open(wanted === 'next' ? (page?.sentences.find(needsWork)?.id ?? '') : wanted);
}

if (typeof document !== 'undefined') {
  document.addEventListener('click', (event) => {
    // "Report a translation problem" in edit mode: fix it here instead, on the sentence chosen.
    const report = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-report-problem]') : null;
    if (report && page) {
      const chosen = report.dataset.reportProblem || page.sentences.find(needsWork)?.id;
      if (chosen) {
        event.preventDefault();
        open(chosen);
      }
      return;
    }
    const segment = event.target instanceof Element ? event.target.closest<HTMLElement>(SENTENCE) : null;
    const sentence = segment?.dataset.seg ? sentenceShownAt(segment.dataset.seg) : undefined;
    if (!sentence || event.target instanceof HTMLAnchorElement) return;
    event.preventDefault();
    open(sentence.id);
  });
  document.addEventListener('keydown', (event) => {
    const segment = event.target instanceof Element ? event.target.closest<HTMLElement>(SENTENCE) : null;
    const sentence = segment?.dataset.seg ? sentenceShownAt(segment.dataset.seg) : undefined;
    if (!sentence || (event.key !== 'e' && event.key !== 'E') || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    open(sentence.id);
  });
}

/** Docusaurus client module: each page's sentences and bar once it is on screen. */
export function onRouteDidUpdate({location}: {location: {pathname: string}}): void {
  void attach(location.pathname);
}
