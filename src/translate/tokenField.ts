import {inlineParts, missingTokens, tokenLabel, type InlinePart, type TokenKind} from '../core/translate/inlineTokens';

/**
 * The translation as the editor shows it: text the translator types, with the sentence's code,
 * links, autolinks, URLs, tags and placeholders as tokens that move whole (drag, cut and paste, F9
 * or the tray inserts the next one the English has and the translation lacks) and cannot be
 * mistyped. Its value is the Markdown: each token gives back exactly the source it stands for.
 */
export interface TokenField {
  readonly element: HTMLElement;
  /** The English's tokens, each a button that inserts it; absent when the English has none. */
  readonly tray?: HTMLElement;
  value(): string;
  setValue(text: string): void;
  focus(): void;
}

const isToken = (node: Node): node is HTMLElement => node instanceof HTMLElement && node.dataset.source !== undefined;

function token(kind: TokenKind, source: string): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'tr-token';
  chip.contentEditable = 'false';
  chip.draggable = true;
  chip.dataset.source = source;
  chip.dataset.kind = kind;
  chip.title = source;
  chip.textContent = tokenLabel(kind, source);
  return chip;
}

const nodesOf = (text: string): Node[] =>
  inlineParts(text).map((part: InlinePart) => (part.kind === 'text' ? document.createTextNode(part.text) : token(part.kind, part.text)));

/** The Markdown a piece of the field stands for. */
function serialize(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (isToken(node)) return node.dataset.source ?? '';
  if (node.nodeName === 'BR') return '';
  let out = '';
  for (const child of node.childNodes) out += serialize(child);
  return out;
}

/** What the browser wraps typed or dropped text in (a styled span, a div, a br) is unwrapped: only text and tokens stay. */
function clean(field: HTMLElement): void {
  for (const node of [...field.querySelectorAll('*')]) {
    if (isToken(node) || node.closest('[data-source]') !== null) continue;
    if (node.nodeName === 'BR') node.remove();
    else node.replaceWith(...node.childNodes);
  }
  // Inserting splits text nodes; live ranges (the caret) follow the merge.
  field.normalize();
}

export function tokenField({value, english, lang, label}: {value: string; english: string; lang: string; label: string}): TokenField {
  const field = document.createElement('div');
  Object.assign(field, {className: 'tr-field', contentEditable: 'true', lang, spellcheck: true});
  field.setAttribute('role', 'textbox');
  field.setAttribute('aria-multiline', 'false');
  field.setAttribute('aria-label', label);
  field.dataset.translateField = '';
  field.replaceChildren(...nodesOf(value));

  const changed = () => field.dispatchEvent(new Event('input', {bubbles: true}));
  /** The caret's place in the field, or its end. */
  const caret = (): Range => {
    const selection = document.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    if (range && field.contains(range.commonAncestorContainer)) return range;
    const end = document.createRange();
    end.selectNodeContents(field);
    end.collapse(false);
    return end;
  };
  const insert = (nodes: Node[], at: Range = caret()) => {
    at.deleteContents();
    const last = nodes.at(-1);
    for (const node of nodes.reverse()) at.insertNode(node);
    if (last) {
      const after = document.createRange();
      after.setStartAfter(last);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(after);
    }
    changed();
  };

  field.addEventListener('beforeinput', (event) => {
    // One sentence, one line: Enter belongs to Ctrl+Enter (save).
    if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') event.preventDefault();
  });
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'F9') return;
    event.preventDefault();
    const next = missingTokens(english, serialize(field))[0];
    const part = next === undefined ? undefined : inlineParts(next)[0];
    if (part && part.kind !== 'text') insert([token(part.kind, part.text)]);
  });
  field.addEventListener('input', () => clean(field));
  // The clipboard carries the Markdown, so a token cut here and pasted there is the same token.
  const toClipboard = (event: ClipboardEvent, cut: boolean) => {
    const range = caret();
    if (range.collapsed) return;
    event.preventDefault();
    event.clipboardData?.setData('text/plain', serialize(range.cloneContents()));
    if (cut) {
      range.deleteContents();
      changed();
    }
  };
  field.addEventListener('copy', (event) => toClipboard(event, false));
  field.addEventListener('cut', (event) => toClipboard(event, true));
  field.addEventListener('paste', (event) => {
    event.preventDefault();
    insert(nodesOf((event.clipboardData?.getData('text/plain') ?? '').replace(/\r?\n/g, ' ')));
  });
  // A drag inside the field moves what it drags: a token (its text is the drag's target when the
  // token selects whole), or a selection of text and tokens, carried as Markdown.
  let dragged: Range | undefined;
  field.addEventListener('dragstart', (event) => {
    const node = event.target instanceof Node ? event.target : null;
    const chip = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-source]');
    if (chip) {
      dragged = document.createRange();
      dragged.selectNode(chip);
    } else {
      dragged = caret().cloneRange();
    }
    event.dataTransfer?.setData('text/plain', serialize(dragged.cloneContents()));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  });
  field.addEventListener('dragend', () => (dragged = undefined));
  field.addEventListener('dragover', (event) => event.preventDefault());
  field.addEventListener('drop', (event) => {
    event.preventDefault();
    const at = document.caretRangeFromPoint?.(event.clientX, event.clientY);
    const target = at && field.contains(at.startContainer) ? at : caret();
    target.collapse(true);
    const text = (event.dataTransfer?.getData('text/plain') ?? '').replace(/\r?\n/g, ' ');
    if (dragged) {
      // Dropped onto itself: nothing moves.
      if (dragged.isPointInRange(target.startContainer, target.startOffset)) return;
      // The target is a live range: it keeps its place while the dragged part leaves.
      dragged.deleteContents();
    }
    insert(nodesOf(text), target);
    dragged = undefined;
  });

  const tokens = [...new Map(inlineParts(english).flatMap((p) => (p.kind === 'text' ? [] : [[p.text, p.kind] as const]))).entries()];
  let tray: HTMLElement | undefined;
  if (tokens.length) {
    tray = document.createElement('div');
    tray.className = 'tr-tray';
    for (const [source, kind] of tokens) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tr-token';
      button.dataset.insertToken = source;
      button.title = source;
      button.textContent = tokenLabel(kind, source);
      // Keep the caret where it is in the field.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => insert([token(kind, source)]));
      tray.append(button);
    }
  }

  return {
    element: field,
    ...(tray ? {tray} : {}),
    value: () => serialize(field),
    setValue(text) {
      field.replaceChildren(...nodesOf(text));
      changed();
    },
    focus() {
      field.focus();
      const end = document.createRange();
      end.selectNodeContents(field);
      end.collapse(false);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(end);
    },
  };
}
