import React, {useId, useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {docRouteOf} from '../../core/i18n/alternates';
import {
  matchesState,
  matchesText,
  needsWork,
  statusTree,
  type StateFilter,
  type StatusCounts,
  type StatusFolder,
  type StatusOrder,
  type LocaleRows,
  type StatusRow,
} from '../../core/l10n/statusTree';
import styles from './styles.module.css';

/** Up to this many pages a locale's folders start open; above it they start closed, and render their rows only when opened. */
const OPEN_UP_TO = 40;

type Counts = Pick<StatusCounts, 'total' | 'translated' | 'stale' | 'untranslated'>;

function Bar({status}: {status: Counts}): ReactNode {
  const pct = (n: number) => (status.total ? (n / status.total) * 100 : 0);
  const label = translate(
    {id: 'status.bar', message: '{translated} translated, {stale} stale, {untranslated} untranslated of {total}'},
    {translated: status.translated, stale: status.stale, untranslated: status.untranslated, total: status.total},
  );
  return (
    <div className={styles.bar} role="img" aria-label={label} title={label}>
      <span className={styles.translated} style={{width: `${pct(status.translated)}%`}} />
      <span className={styles.stale} style={{width: `${pct(status.stale)}%`}} />
      <span className={styles.untranslated} style={{width: `${pct(status.untranslated)}%`}} />
    </div>
  );
}

const stateLabels = (): Record<StateFilter, string> => ({
  all: translate({id: 'status.state.all', message: 'All pages'}),
  'needs-work': translate({id: 'status.state.needsWork', message: 'Pages that need work'}),
  untranslated: translate({id: 'status.state.untranslated', message: 'With untranslated sentences'}),
  stale: translate({id: 'status.state.stale', message: 'With stale sentences'}),
  missing: translate({id: 'status.state.missing', message: 'With no translation'}),
  done: translate({id: 'status.state.done', message: 'Complete'}),
});

const orderLabels = (): Record<StatusOrder, string> => ({
  work: translate({id: 'status.order.work', message: 'Most work first'}),
  path: translate({id: 'status.order.path', message: 'By path'}),
});

interface View {
  /** The locale's base URL, which its pages' links start with. */
  baseUrl: string;
  /** In `npm run translate`: a page's counts open the editor at its first sentence that needs work. */
  editLinks: boolean;
  heads: {page: string; progress: string; counts: string};
}

function PageTable({pages, view}: {pages: readonly StatusRow[]; view: View}): ReactNode {
  const {heads} = view;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>{heads.page}</th>
          <th>{heads.progress}</th>
          <th>{heads.counts}</th>
        </tr>
      </thead>
      <tbody>
        {pages.map((p) => (
          <tr key={p.page} data-status-page={p.page}>
            <td data-label={heads.page}>
              {/* A plain link: another locale's pages are another application. */}
              <a href={`${view.baseUrl}${docRouteOf(p.page).slice(1)}`}>{p.title ?? p.page}</a>
              <code className={styles.path}>{p.page}</code>
            </td>
            <td data-label={heads.progress}>
              <Bar status={p} />
            </td>
            <td data-label={heads.counts}>
              {view.editLinks && needsWork(p) > 0 ? (
                <a href={`${view.baseUrl}${docRouteOf(p.page).slice(1)}?edit=next`} data-status-edit="">
                  {p.translated} / {p.stale} / {p.untranslated} / {p.obsolete}
                </a>
              ) : (
                <>
                  {p.translated} / {p.stale} / {p.untranslated} / {p.obsolete}
                </>
              )}
              {!p.exists && (
                <>
                  {' ('}
                  <Translate id="status.missing">no translation</Translate>
                  {')'}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FolderContents({folder, open, view}: {folder: StatusFolder; open: boolean; view: View}): ReactNode {
  return (
    <>
      {folder.pages.length > 0 && <PageTable pages={folder.pages} view={view} />}
      {folder.folders.map((f) => (
        <Folder key={f.path} folder={f} open={open} view={view} />
      ))}
    </>
  );
}

/** A folder, closed or open; a closed one renders none of its rows (2,000 rows would weigh on a phone). */
function Folder({folder, open: startOpen, view}: {folder: StatusFolder; open: boolean; view: View}): ReactNode {
  const [open, setOpen] = useState(startOpen);
  const {counts} = folder;
  return (
    <details className={styles.folder} open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-status-folder={folder.path}>
      <summary>
        <span className={styles.folderName}>{folder.name}/</span>
        <Bar status={counts} />
        <span className={styles.folderCounts}>
          {translate(
            {id: 'status.folder.counts', message: '{pages} pages, {work} sentences need work ({missing} pages with no translation)'},
            {pages: counts.pages, work: needsWork(counts), missing: counts.missing},
          )}
        </span>
      </summary>
      {open && (
        <div className={styles.folderBody}>
          <FolderContents folder={folder} open={startOpen} view={view} />
        </div>
      )}
    </details>
  );
}

/** A labelled select over a fixed set of values, each with its label. */
function Choice<T extends string>({
  id,
  label,
  value,
  labels,
  onChange,
  data,
}: {
  id: string;
  label: ReactNode;
  value: T;
  labels: Record<T, string>;
  onChange: (value: T) => void;
  data: string;
}): ReactNode {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)} {...{[data]: ''}}>
        {(Object.keys(labels) as T[]).map((key) => (
          <option key={key} value={key}>
            {labels[key]}
          </option>
        ))}
      </select>
    </>
  );
}

interface Filters {
  query: string;
  state: StateFilter;
  order: StatusOrder;
}

function LocaleSection({status, filters, view}: {status: LocaleRows; filters: Filters; view: View}): ReactNode {
  const {query, state, order} = filters;
  const rows = useMemo(() => status.pages.filter((row) => matchesState(row, state) && matchesText(row, query)), [status, query, state]);
  const tree = useMemo(() => statusTree(rows, order), [rows, order]);
  const filtering = query.trim() !== '' || state !== 'all';
  return (
    <section data-status-locale={status.locale} className={styles.locale}>
      <h2>
        {status.locale}: {status.percent}%
      </h2>
      <Bar status={status} />
      {filtering && (
        <p className={styles.shown} data-status-shown="">
          {translate({id: 'status.shown', message: '{shown} of {pages} pages match'}, {shown: rows.length, pages: status.pages.length})}
        </p>
      )}
      {/* Remounted when the filters change: what matches is shown open. */}
      <div key={`${query}\n${state}\n${order}`} className={styles.tree}>
        <FolderContents folder={tree} open={filtering || rows.length <= OPEN_UP_TO} view={view} />
      </div>
    </section>
  );
}

/**
 * Per locale, pages grouped by doc set and folder with their totals, sorted by what needs most work,
 * filtered by state and by path or title; the reader's own locale first.
 */
export default function TranslationStatus({locales}: {locales: readonly LocaleRows[]}): ReactNode {
  const {
    i18n: {currentLocale, localeConfigs},
    siteConfig: {customFields},
  } = useDocusaurusContext();
  const [filters, setFilters] = useState<Filters>({query: '', state: 'all', order: 'work'});
  const id = useId();
  const heads = {
    page: translate({id: 'status.page', message: 'Page'}),
    progress: translate({id: 'status.progress', message: 'Progress'}),
    counts: translate({id: 'status.counts', message: 'Translated / stale / untranslated / obsolete'}),
  };
  const ordered = [...locales.filter((l) => l.locale === currentLocale), ...locales.filter((l) => l.locale !== currentLocale)];
  const states = stateLabels();
  const orders = orderLabels();
  return (
    <>
      <p className={styles.legend}>
        <span className={styles.translated} /> <Translate id="status.legend.translated">translated</Translate> <span className={styles.stale} />{' '}
        <Translate id="status.legend.stale">stale (the English changed)</Translate> <span className={styles.untranslated} />{' '}
        <Translate id="status.legend.untranslated">untranslated</Translate>
      </p>
      <form className={styles.controls} role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-query`}>
          <Translate id="status.filter.text">Path or title</Translate>
        </label>
        <input
          id={`${id}-query`}
          type="search"
          value={filters.query}
          onChange={(event) => setFilters({...filters, query: event.currentTarget.value})}
          data-status-query=""
        />
        <Choice
          id={`${id}-state`}
          label={<Translate id="status.filter.state">Show</Translate>}
          value={filters.state}
          labels={states}
          onChange={(state) => setFilters({...filters, state})}
          data="data-status-state"
        />
        <Choice
          id={`${id}-order`}
          label={<Translate id="status.filter.order">Sort</Translate>}
          value={filters.order}
          labels={orders}
          onChange={(order) => setFilters({...filters, order})}
          data="data-status-order"
        />
      </form>
      {ordered.map((l) => (
        <LocaleSection
          key={l.locale}
          status={l}
          filters={filters}
          view={{baseUrl: localeConfigs[l.locale]?.baseUrl ?? '/', editLinks: customFields?.translateMode === true, heads}}
        />
      ))}
    </>
  );
}
