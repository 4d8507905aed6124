import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';

interface Props {
  path: string;
  /** What is missing: a code sample (the code-include plugin) or an included file (the include plugin). */
  kind?: 'sample' | 'include';
  /** Set for an include inside a sentence, to the name it goes by (`ssCurrent`): the notice is that name, marked, not a box. */
  inline?: string;
}

/** What stands where an imported page refers to a file the doc set did not bring. */
export default function MissingContent({path, kind = 'sample', inline}: Props): ReactNode {
  const notice =
    kind === 'include'
      ? translate(
          {
            id: 'missingContent.include',
            message: 'Part of this page comes from {path}, which is not part of this site.',
            description: 'Notice where an included Markdown file is missing',
          },
          {path},
        )
      : translate(
          {
            id: 'missingContent.sample',
            message: 'This page shows code from {path}, which is not part of this site.',
            description: 'Notice where a code sample file is missing',
          },
          {path},
        );
  if (inline) {
    return (
      <span className="missing-content" data-missing-content={path} title={notice}>
        {inline}
      </span>
    );
  }
  const title =
    kind === 'include'
      ? translate({
          id: 'missingContent.includeTitle',
          message: 'Content not included',
          description: 'Title of the notice shown where an included file is missing',
        })
      : translate({id: 'missingContent.title', message: 'Sample not included', description: 'Title of the notice shown where a code sample file is missing'});
  return (
    <Admonition type="info" title={title}>
      <p data-missing-content={path}>{notice}</p>
    </Admonition>
  );
}
