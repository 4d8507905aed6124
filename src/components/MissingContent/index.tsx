import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';

/** What stands where an imported page refers to a file the doc set did not bring: placed by the code-include plugin. */
export default function MissingContent({path}: {path: string}): ReactNode {
  return (
    <Admonition
      type="info"
      title={translate({
        id: 'missingContent.title',
        message: 'Sample not included',
        description: 'Title of the notice shown where a code sample file is missing',
      })}>
      <p data-missing-content={path}>
        {translate(
          {
            id: 'missingContent.sample',
            message: 'This page shows code from {path}, which is not part of this site.',
            description: 'Notice where a code sample file is missing',
          },
          {path},
        )}
      </p>
    </Admonition>
  );
}
