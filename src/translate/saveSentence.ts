import {translate} from '@docusaurus/Translate';
import {element} from './dom';
import {post, type Finding, type Sentence} from './editClient';

export type SavedState = 'translated' | 'reviewed' | 'final';

interface SaveRequest {
  page: string;
  sentence: Sentence;
  translation: string;
  state: SavedState;
  /** Where the outcome is announced (`data-outcome`: saved, refused or conflict). */
  status: HTMLElement;
  /** After the file has it: `sentence` now holds what was saved. */
  onSaved: () => void;
  /** "Take theirs": the editor again, on the text now on disk. */
  reopen: (id: string) => void;
}

/**
 * Saves one sentence against the version the translator started from. If the file changed since,
 * the server refuses (409) and both versions are shown, with the choice of which one stays.
 */
export async function saveSentence(request: SaveRequest): Promise<void> {
  const {page, sentence, translation, state, status} = request;
  const base = {english: sentence.english, translation: sentence.translation, state: sentence.state};
  const response = await post('/save', {page, id: sentence.id, base, translation, state});
  const body = (await response.json()) as {sentence?: Sentence; theirs?: Sentence | null; errors?: Finding[]};
  if (response.status === 409) {
    showConflict(request, body.theirs ?? undefined);
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
  status.dataset.outcome = 'saved';
  request.onSaved();
}

function showConflict(request: SaveRequest, theirs: Sentence | undefined): void {
  const {sentence, translation, status} = request;
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
    // Either way, the next save starts from the version on disk.
    const adoptTheirs = () => Object.assign(sentence, {english: theirs.english, translation: theirs.translation, state: theirs.state});
    const keepMine = element('button', {
      type: 'button',
      className: 'button button--sm button--warning',
      textContent: translate({id: 'translateMode.conflict.mine', message: 'Save mine over it'}),
    });
    keepMine.addEventListener('click', () => {
      adoptTheirs();
      void saveSentence(request);
    });
    const keepTheirs = element('button', {
      type: 'button',
      className: 'button button--sm button--secondary',
      textContent: translate({id: 'translateMode.conflict.theirs', message: 'Take theirs'}),
    });
    keepTheirs.addEventListener('click', () => {
      adoptTheirs();
      request.reopen(sentence.id);
    });
    status.append(keepMine, ' ', keepTheirs);
  }
  status.dataset.outcome = 'conflict';
}
