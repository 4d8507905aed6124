import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {reportUrlFor} from '@site/src/core/i18n/sourceLinks';
import {useChosenSentence} from './useChosenSentence';
import styles from './styles.module.css';

/**
 * "Report a translation problem": the report form (REPORT_URL) prefilled with the page, its locale
 * and file, and the sentence the reader last focused or selected, with its id and both texts.
 */
export default function ReportProblem(): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const {metadata} = useDoc();
  const sentence = useChosenSentence();
  const locale = i18n.currentLocale;
  const href = reportUrlFor(String(siteConfig.customFields?.reportTemplate), {
    pageTitle: metadata.title,
    pageUrl: `${siteConfig.url}${metadata.permalink}`,
    locale,
    sourceFile: metadata.source.replace(/^@site\//, ''),
    sentence,
  });
  return (
    <Link href={href} className={styles.report} data-report-problem={sentence?.id ?? ''}>
      {locale === i18n.defaultLocale ? (
        <Translate id="report.pageProblem" description="Link in a doc page's footer (English pages) to report a problem with the page">
          Report a problem with this page
        </Translate>
      ) : (
        <Translate id="report.translationProblem" description="Link in a localized doc page's footer to report a problem with its translation">
          Report a translation problem
        </Translate>
      )}
      {sentence && (
        <span className={styles.sentence}>
          <span>
            <Translate id="report.aboutSentence" description="Under the report link once the reader chose a sentence, before the sentence's text">
              About the sentence:
            </Translate>
          </span>
          {/* The sentence itself, in its language, cut by CSS. */}
          <q className={styles.quote}>{sentence.translation || sentence.english}</q>
        </span>
      )}
    </Link>
  );
}
