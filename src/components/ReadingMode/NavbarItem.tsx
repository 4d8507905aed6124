import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import {isDocRoute, routeOf} from '@site/src/core/i18n/alternates';
import {useHtmlAttribute} from '../useHtmlAttribute';
import {applyReadingMode} from './modes';
import {ATTRIBUTE, DEFAULT_READING_MODE, isReadingMode, READING_MODES, type ReadingMode} from './readingModes';
import styles from './styles.module.css';

function labels(): Record<ReadingMode, {short: string; long: string}> {
  return {
    translation: {
      short: translate({id: 'readingMode.translation.short', message: 'Translation', description: 'Reading mode button: translation only'}),
      long: translate({id: 'readingMode.translation.long', message: 'Translation, English on hover or focus', description: 'Reading mode button title'}),
    },
    side: {
      short: translate({id: 'readingMode.side.short', message: 'Side by side', description: 'Reading mode button: both languages in columns'}),
      long: translate({id: 'readingMode.side.long', message: 'Translation and English side by side', description: 'Reading mode button title'}),
    },
    english: {
      short: translate({id: 'readingMode.english.short', message: 'English', description: 'Reading mode button: English only'}),
      long: translate({id: 'readingMode.english.long', message: 'The English original', description: 'Reading mode button title'}),
    },
  };
}

/**
 * Navbar control for the reading mode, shown only where it does something: on a doc page this
 * locale translates (not on English pages, English fallbacks, the home or status page). The navbar
 * renders before the page, so it is rendered on every doc page of a translated locale and shown by
 * CSS where the page marks <html> as translated (DocItem/Metadata).
 */
export default function ReadingModeNavbarItem({mobile}: {mobile?: boolean}): ReactNode {
  const {i18n, siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const chosen = useHtmlAttribute(ATTRIBUTE);
  const mode = isReadingMode(chosen) ? chosen : DEFAULT_READING_MODE;
  if (i18n.currentLocale === i18n.defaultLocale || !isDocRoute(routeOf(pathname, siteConfig.baseUrl))) return null;
  const text = labels();
  return (
    <div
      data-reading-mode-control=""
      role="group"
      aria-label={translate({id: 'readingMode.group', message: 'Reading mode', description: 'Label of the reading mode switch'})}
      className={clsx(styles.group, mobile ? 'menu__list-item' : 'navbar__item')}>
      {READING_MODES.map((m) => (
        <button
          key={m}
          type="button"
          data-reading-mode-button={m}
          className={clsx(styles.button, m === mode && styles.active)}
          aria-pressed={m === mode}
          title={text[m].long}
          onClick={() => applyReadingMode(m)}>
          {text[m].short}
        </button>
      ))}
    </div>
  );
}
