import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import Admonition from '@theme/Admonition';

/** "N sentences differ from the current English": placed by the englishDrift remark plugin. */
export default function EnglishDrift({count}: {count: string}): ReactNode {
  const {selectMessage} = usePluralForm();
  const n = Number(count);
  const message = selectMessage(
    n,
    translate(
      {
        id: 'englishDrift.count',
        message: 'One sentence differs from the current English.|{count} sentences differ from the current English.',
        description: 'Notice on a localized page whose English changed (plural forms separated by |)',
      },
      {count: n},
    ),
  );
  // About the page, not its content: search leaves it out.
  return (
    <div data-search-ignore="">
      <Admonition type="caution" title={translate({id: 'englishDrift.title', message: 'The English has changed'})}>
        <p data-english-drift={n}>
          {message}{' '}
          {translate({
            id: 'englishDrift.hint',
            message: 'They are marked in the text: focus or hover one to read the current English.',
          })}
        </p>
      </Admonition>
    </div>
  );
}
