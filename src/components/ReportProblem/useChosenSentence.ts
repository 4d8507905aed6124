import {useSyncExternalStore} from 'react';
import {SENTENCE} from '../ReadingMode/sentenceBlocks';

export interface ChosenSentence {
  id: string;
  translation: string;
  english: string;
}

let chosen: ChosenSentence | undefined;
const listeners = new Set<() => void>();

function choose(node: Node | null | undefined): void {
  const element = node instanceof Element ? node : node?.parentElement;
  const segment = element?.closest<HTMLElement>(SENTENCE);
  const id = segment?.dataset.seg;
  if (!segment || !id || id === chosen?.id) return;
  const text = (selector: string) => segment.querySelector(`:scope > ${selector}`)?.textContent ?? '';
  chosen = {id, translation: text('.bi-t'), english: text('.bi-s')};
  for (const listener of listeners) listener();
}

const onFocus = (event: Event) => choose(event.target as Node);
const onSelection = () => {
  const selection = document.getSelection();
  if (selection && !selection.isCollapsed) choose(selection.anchorNode);
};

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    // A sentence is chosen by focusing it (Tab, arrows, a tap or a click) or by selecting text in it.
    document.addEventListener('focusin', onFocus);
    document.addEventListener('selectionchange', onSelection);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    document.removeEventListener('focusin', onFocus);
    document.removeEventListener('selectionchange', onSelection);
    // The next page starts with no sentence chosen.
    chosen = undefined;
  };
}

/** The article's sentence the reader last focused or selected text in, on this page; none before hydration. */
export function useChosenSentence(): ChosenSentence | undefined {
  return useSyncExternalStore(
    subscribe,
    () => chosen,
    () => undefined,
  );
}
