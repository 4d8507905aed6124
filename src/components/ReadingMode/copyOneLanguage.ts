// A client module (see docusaurus.config.ts clientModules).
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {ATTRIBUTE} from './readingModes';
import {SENTENCE_BLOCKS} from './sentenceBlocks';

/**
 * In Side by side, a selection across sentences copies one language: the column it started in.
 * The browser's own copy would interleave translation and English sentence by sentence.
 */
function copyOneLanguage(event: ClipboardEvent): void {
  if (document.documentElement.getAttribute(ATTRIBUTE) !== 'side' || !event.clipboardData) return;
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const anchor = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
  const side = anchor?.closest('.bi-t, .bi-s');
  if (!side) return;
  const fragment = selection.getRangeAt(0).cloneContents();
  const other = side.classList.contains('bi-t') ? '.bi-s' : '.bi-t';
  // Within one sentence the browser's copy is already one language.
  if (!fragment.querySelector(other)) return;
  fragment.querySelectorAll(other).forEach((node) => node.remove());
  fragment.querySelectorAll(SENTENCE_BLOCKS).forEach((block) => block.append('\n'));
  const text = (fragment.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
}

if (ExecutionEnvironment.canUseDOM) document.addEventListener('copy', copyOneLanguage);
