import {translate} from '@docusaurus/Translate';
import {wordDiff} from '../core/translate/wordDiff';
import {element} from './dom';
import type {Finding, Sentence} from './editClient';
import {tokenField, type TokenField} from './tokenField';

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

function diffOf(before: string, after: string): HTMLElement {
  const out = element('p', {className: 'tr-diff', lang: 'en'});
  for (const part of wordDiff(before, after)) out.append(part.kind === 'same' ? part.text : element(part.kind === 'added' ? 'ins' : 'del', {}, part.text));
  return out;
}

/** The checks' findings; an error disables Save. */
export function renderFindings(list: HTMLElement, save: HTMLButtonElement, findings: Finding[]): void {
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

function suggestionItem(s: Sentence['suggestions'][number], i: number, field: TokenField): HTMLElement {
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
}

function termList(terms: Sentence['terms']): HTMLElement[] {
  if (!terms.length) return [];
  return [
    element('p', {className: 'tr-label'}, translate({id: 'translateMode.glossary', message: 'Glossary'})),
    element(
      'ul',
      {className: 'tr-terms'},
      ...terms.map((t) =>
        element(
          'li',
          {dataset: {term: t.english}},
          t.translation === t.english
            ? translate({id: 'translateMode.term.keep', message: '{name} (kept as it is)'}, {name: t.english})
            : translate({id: 'translateMode.term', message: '{english} → {translation}'}, {english: t.english, translation: t.translation}),
        ),
      ),
    ),
  ];
}

/** The editor's panel for one sentence, and the parts the editor wires up. */
export interface Panel {
  element: HTMLElement;
  field: TokenField;
  findings: HTMLElement;
  status: HTMLElement;
  save: HTMLButtonElement;
  approve: HTMLButtonElement;
  close: HTMLButtonElement;
  suggestions: HTMLElement[];
}

export function renderPanel(sentence: Sentence): Panel {
  const {id} = sentence;
  const field = tokenField({
    value: sentence.translation,
    english: sentence.english,
    lang: document.documentElement.lang,
    label: translate({id: 'translateMode.field', message: 'Translation'}),
  });
  const findings = element('ul', {className: 'tr-findings'});
  const status = element('p', {className: 'tr-status', role: 'status', dataset: {translateStatus: ''}});
  const save = element('button', {
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
  const close = element('button', {
    type: 'button',
    className: 'button button--link',
    textContent: translate({id: 'translateMode.close', message: 'Close (Esc)'}),
  });
  const suggestions = sentence.suggestions.map((s, i) => suggestionItem(s, i, field));
  const panel = element(
    'section',
    {
      className: 'tr-editor',
      role: 'dialog',
      ariaLabel: translate({id: 'translateMode.dialog', message: 'Edit sentence {id}'}, {id}),
      dataset: {translateEditor: id},
    },
    element(
      'h2',
      {id: 'tr-editor-title'},
      translate({id: 'translateMode.heading', message: 'Sentence {id} — {state}'}, {id, state: stateLabel(sentence.state)}),
    ),
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
    ...termList(sentence.terms),
    element('div', {className: 'tr-actions'}, save, ' ', approve, ' ', close),
    status,
  );
  return {element: panel, field, findings, status, save, approve, close, suggestions};
}
