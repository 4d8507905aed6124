import {translate} from '@docusaurus/Translate';
import {SENTENCE} from '../components/ReadingMode/sentenceBlocks';
import {element} from './dom';
import {needsWork, type Sentence} from './editClient';

/** The page bar: what needs work on this page, and a way to it. */
export function renderBar(sentences: readonly Sentence[] | undefined, onNext: (id: string) => void): void {
  document.querySelector('[data-translate-bar]')?.remove();
  if (!sentences) return;
  const waiting = sentences.filter(needsWork);
  const next = element('button', {
    type: 'button',
    className: 'button button--sm button--primary',
    textContent: translate({id: 'translateMode.bar.next', message: 'Next'}),
  });
  next.addEventListener('click', () => waiting[0] && onNext(waiting[0].id));
  next.disabled = waiting.length === 0;
  const bar = element(
    'div',
    {className: 'tr-bar', role: 'region', ariaLabel: translate({id: 'translateMode.bar.label', message: 'Translation'}), dataset: {translateBar: ''}},
    element(
      'span',
      {dataset: {translateCount: String(waiting.length)}},
      translate({id: 'translateMode.bar.count', message: '{count} of {total} sentences need work'}, {count: waiting.length, total: sentences.length}),
    ),
    next,
  );
  document.body.append(bar);
}

/** Each pair on the page carries its sentence's state, which the outline of editor.css shows. */
export function markSegments(sentences: readonly Sentence[] | undefined): void {
  if (!sentences) return;
  const states = new Map(sentences.map((s) => [s.pageId ?? s.id, s.state]));
  for (const segment of document.querySelectorAll<HTMLElement>(SENTENCE)) {
    const state = states.get(segment.dataset.seg ?? '');
    if (state) segment.dataset.trState = state;
  }
}
