import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';

interface Props {
  /** The page's source file and where it failed, `file:line:column`. */
  where: string;
  /** Set when the English article follows the notice. */
  english?: string;
}

/** What stands in a page that could not be built: the build went on, and says so here and in its log. */
export default function PageError({where, english}: Props): ReactNode {
  const title = translate({
    id: 'pageError.title',
    message: 'This page could not be built',
    description: 'Title of the notice on a page whose source could not be compiled',
  });
  const notice = english
    ? translate(
        {
          id: 'pageError.english',
          message: 'Its source ({where}) has an error, so the English article is shown instead.',
          description: 'Notice on a localized page that could not be compiled and shows the English article',
        },
        {where},
      )
    : translate(
        {
          id: 'pageError.none',
          message: 'Its source ({where}) has an error. The rest of the site is not affected.',
          description: 'Notice on a page that could not be compiled, with no English article to show',
        },
        {where},
      );
  return (
    <Admonition type="danger" title={title}>
      <p data-page-error={where}>{notice}</p>
    </Admonition>
  );
}
