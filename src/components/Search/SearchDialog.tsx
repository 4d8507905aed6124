import React, {useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {SearchHit} from '@site/src/core/search/searchIndex';
import {highlight} from '@site/src/core/search/highlight';
import {landOnHit} from './landOnHit';
import {loadIndex, type LoadedIndex} from './loadIndex';
import styles from './styles.module.css';

function Marked({text, terms}: {text: string; terms: readonly string[]}): ReactNode {
  return highlight(text, terms).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <React.Fragment key={i}>{part.text}</React.Fragment>));
}

function Hit({hit, locale}: {hit: SearchHit; locale: string}): ReactNode {
  const {sentence} = hit;
  return (
    <>
      <span className={styles.where}>
        {hit.title}
        {hit.heading && hit.heading !== hit.title && <> › {hit.heading}</>}
      </span>
      {sentence && (
        <span className={styles.sentences}>
          <span lang={sentence.english ? 'en' : locale}>
            <Marked text={sentence.text} terms={hit.terms} />
          </span>
          {sentence.other && (
            <span className={styles.other} lang={sentence.english ? locale : 'en'}>
              {sentence.other}
            </span>
          )}
        </span>
      )}
    </>
  );
}

/**
 * The search dialog (a combobox and its listbox): the locale's index is fetched when it first opens;
 * ↑/↓ choose a result, Enter opens it, Esc closes.
 */
export default function SearchDialog({onClose}: {onClose: (landed: boolean) => void}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const base = useBaseUrl('/');
  const history = useHistory();
  const {selectMessage} = usePluralForm();
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState<LoadedIndex>();
  const [query, setQuery] = useState('');
  // The hits of the query they answer: a slower answer to an older query never replaces a newer one.
  const [found, setFound] = useState<{query: string; hits: SearchHit[]; error?: true}>({query: '', hits: []});
  // No result is chosen until ↓ or ↑ (Enter then opens the first).
  const [active, setActive] = useState(-1);
  const listId = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    let current = true;
    void loadIndex(base).then((loaded) => current && setIndex(loaded));
    return () => {
      current = false;
    };
  }, [base]);
  useEffect(() => {
    const search = index?.search;
    if (!search || !query.trim()) return;
    let current = true;
    search(query).then(
      (hits) => current && setFound({query, hits}),
      () => current && setFound({query, hits: [], error: true}),
    );
    return () => {
      current = false;
    };
  }, [index, query]);

  const answered = query.trim() !== '' && found.query === query;
  // While a query's chunks load, the last answer stays on screen: the list does not flicker per keystroke.
  const hits = query.trim() ? found.hits : [];

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose(true);
    history.push(`${hit.path}${hit.anchor ? `#${hit.anchor}` : ''}`);
    landOnHit(hit);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) setActive((i) => (event.key === 'ArrowDown' ? (i + 1) % hits.length : i <= 0 ? hits.length - 1 : i - 1));
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on the first Esc.
      event.preventDefault();
      onClose(false);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[Math.max(active, 0)]);
    }
  };

  const status = !index
    ? translate({id: 'search.loading', message: 'Loading the search index…'})
    : index.error || (answered && found.error)
      ? translate({id: 'search.loadError', message: 'The search index could not be loaded. Check the connection, then open search again.'})
      : !query.trim()
        ? translate({id: 'search.hint', message: 'Type words in either language. ↑ and ↓ choose, Enter opens, Esc closes.'})
        : !answered
          ? translate({id: 'search.searching', message: 'Searching…'})
          : hits.length === 0
            ? translate({id: 'search.noResults', message: 'No results for “{query}”.'}, {query})
            : selectMessage(
                hits.length,
                translate({id: 'search.resultCount', message: 'One result|{count} results', description: 'Plural forms separated by |'}, {count: hits.length}),
              );
  const optionId = (i: number) => `${listId}-${i}`;
  const label = translate({id: 'search.label', message: 'Search the docs'});

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      // A click on the backdrop (the dialog element itself, outside its box) closes it.
      onClick={(event) => event.target === dialog.current && onClose(false)}>
      <div className={styles.box}>
        <div className={styles.bar}>
          <input
            className={styles.input}
            type="search"
            role="combobox"
            aria-label={label}
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={hits[active] ? optionId(active) : undefined}
            placeholder={translate({id: 'search.placeholder', message: 'Search in both languages'})}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            autoFocus
          />
          <button type="button" className="clean-btn" onClick={() => onClose(false)}>
            {translate({id: 'search.close', message: 'Close'})}
          </button>
        </div>
        <p className={styles.status} role="status" data-state={query.trim() && !answered && !index?.error ? 'searching' : 'done'}>
          {status}
        </p>
        <ul id={listId} role="listbox" aria-label={translate({id: 'search.results', message: 'Results'})} className={styles.results}>
          {hits.map((hit, i) => (
            <li
              key={`${hit.path}#${hit.anchor}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={styles.hit}
              onClick={() => open(hit)}
              onMouseMove={() => setActive(i)}>
              <Hit hit={hit} locale={locale} />
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
