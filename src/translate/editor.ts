import {translate} from '@docusaurus/Translate';
import {SENTENCE} from '../components/ReadingMode/sentenceBlocks';
import {api, needsWork, post, type Finding, type Sentence} from './editClient';
import {markSegments, renderBar} from './pageBar';
import {renderFindings, renderPanel, type Panel} from './panel';
import {saveSentence, type SavedState} from './saveSentence';
import './editor.css';

/**
 * The editor of `npm run translate`, loaded only in edit mode (TRANSLATE_MODE): a sentence under the
 * pointer or focus offers Edit (a click, or E); the panel shows its English (what changed, when it is
 * stale), the translation, its state, suggestions and terms, and the checks as the translator types.
 * Ctrl/⌘+Enter saves and moves to the next sentence that needs work, Alt+↓/↑ moves without saving,
 * Esc closes. The page shows the saved text at once; the dev server's reload confirms it.
 */

let page: {route: string; page: string; sentences: Sentence[]} | undefined;
let current: string | undefined;
let panel: Panel | undefined;
let checkTimer: ReturnType<typeof setTimeout> | undefined;
/** Saves answered so far: a page's sentences fetched before the latest one are not the file's any more. */
let savesDone = 0;

const sentenceOf = (id: string) => page?.sentences.find((s) => s.id === id);
const segmentOf = (id: string) => {
  const shown = sentenceOf(id)?.pageId ?? id;
  return document.querySelector<HTMLElement>(`${SENTENCE}[data-seg="${CSS.escape(shown)}"]`);
};
/** The sentence a pair on the page shows. */
const sentenceShownAt = (seg: string) => page?.sentences.find((s) => (s.pageId ?? s.id) === seg);

function refreshPage(): void {
  markSegments(page?.sentences);
  renderBar(page?.sentences, open);
}

function close(): void {
  panel?.element.remove();
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

function save(sentence: Sentence, parts: Panel, state: SavedState): void {
  if (!page) return;
  void saveSentence({
    page: page.page,
    sentence,
    translation: parts.field.value(),
    state,
    status: parts.status,
    onSaved: () => {
      savesDone++;
      // The new text on the page at once; the dev server's reload renders its Markdown.
      const target = segmentOf(sentence.id)?.querySelector('.bi-t');
      if (target) target.textContent = sentence.translation;
      refreshPage();
      move(1, true);
    },
    reopen: open,
  });
}

function open(id: string): void {
  const sentence = sentenceOf(id);
  if (!page || !sentence) return;
  panel?.element.remove();
  current = id;
  const parts = renderPanel(sentence);
  panel = parts;
  parts.save.addEventListener('click', () => save(sentence, parts, 'translated'));
  parts.approve.addEventListener('click', () => save(sentence, parts, 'reviewed'));
  parts.close.addEventListener('click', close);
  parts.element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !parts.save.disabled) save(sentence, parts, 'translated');
    else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) move(event.key === 'ArrowDown' ? 1 : -1);
    else if (event.altKey && /^[1-9]$/.test(event.key)) parts.suggestions[Number(event.key) - 1]?.querySelector('button')?.click();
    else return;
    event.preventDefault();
  });
  parts.field.element.addEventListener('input', () => {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(async () => {
      const response = await post('/check', {page: page?.page, id, translation: parts.field.value()});
      if (response.ok) renderFindings(parts.findings, parts.save, ((await response.json()) as {findings: Finding[]}).findings);
    }, 200);
  });
  document.body.append(parts.element);
  segmentOf(id)?.scrollIntoView({block: 'nearest'});
  parts.field.focus();
}

/** The page's sentences as the file has them now: fetched again if a save was answered meanwhile. */
async function fetchPage(route: string): Promise<typeof page> {
  // Another round only when the translator saved meanwhile: as many rounds as saves, at most.
  for (;;) {
    const before = savesDone;
    const response = await api(`/page?route=${encodeURIComponent(route)}`);
    const body = response.ok ? ((await response.json()) as {page: string; sentences: Sentence[]}) : undefined;
    if (savesDone === before) return body && {route, ...body};
  }
}

async function attach(route: string): Promise<void> {
  // The dev server re-renders the route after each save: the same page keeps its open editor.
  const samePage = page?.route === route;
  if (!samePage) close();
  // The hint beside a sentence under the pointer or focus, in the reader's language (see editor.css).
  document.documentElement.style.setProperty('--tr-edit-label', JSON.stringify(` ✎ ${translate({id: 'translateMode.editLabel', message: 'Edit (E)'})}`));
  const fetched = await fetchPage(route);
  // A failed refresh (the dev server busy rebuilding) keeps what the page had, its editor open.
  if (!fetched && samePage) return;
  // The open sentence stays the object its editor saves against (it follows that editor's saves).
  const editing = samePage && current ? sentenceOf(current) : undefined;
  page = fetched && editing ? {...fetched, sentences: fetched.sentences.map((s) => (s.id === editing.id ? Object.assign(editing, s) : s))} : fetched;
  refreshPage();
  if (samePage) return;
  // From the status page (`?edit=next`) or a link to one sentence (`?edit=<id>`).
  const wanted = new URLSearchParams(window.location.search).get('edit');
  if (wanted) open(wanted === 'next' ? (page?.sentences.find(needsWork)?.id ?? '') : wanted);
}

/** The sentence an event on the page is about, if it is one the page's editor knows. */
function sentenceAt(target: EventTarget | null): Sentence | undefined {
  const segment = target instanceof Element ? target.closest<HTMLElement>(SENTENCE) : null;
  return segment?.dataset.seg ? sentenceShownAt(segment.dataset.seg) : undefined;
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
    const sentence = sentenceAt(event.target);
    if (!sentence || event.target instanceof HTMLAnchorElement) return;
    event.preventDefault();
    open(sentence.id);
  });
  document.addEventListener('keydown', (event) => {
    const sentence = sentenceAt(event.target);
    if (!sentence || (event.key !== 'e' && event.key !== 'E') || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    open(sentence.id);
  });
}

/** Docusaurus client module: each page's sentences and bar once it is on screen. */
export function onRouteDidUpdate({location}: {location: {pathname: string}}): void {
  void attach(location.pathname);
}
