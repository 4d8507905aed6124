import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import Admonition from '@theme/Admonition';

/**
 * "N sentences differ from the current English": placed by the englishDrift remark plugin on a
 * page read against a newer English. `count` sentences are marked in the text; `obsolete`
 * translations of English that is gone are left out.
 */
export default function EnglishDrift({count, obsolete}: {count: string; obsolete?: string}): ReactNode {
  const {selectMessage} = usePluralForm();
  const marked = Number(count);
  const gone = Number(obsolete ?? 0);
  // About the page, not its content: search leaves it out.
  return (
    <div data-search-ignore="">
      <Admonition type="caution" title={translate({id: 'englishDrift.title', message: 'The English has changed'})}>
        <p data-english-drift={marked} data-english-obsolete={gone}>
          {marked > 0 && (
            <>
              {selectMessage(
                marked,
                translate(
                  {
                    id: 'englishDrift.count',
                    message: 'One sentence differs from the current English.|{count} sentences differ from the current English.',
                    description: 'Notice on a localized page whose English changed (plural forms separated by |)',
                  },
                  {count: marked},
                ),
              )}{' '}
              {translate({
                id: 'englishDrift.hint',
                message: 'They are marked in the text: focus or hover one to read the current English.',
              })}
            </>
          )}
          {gone > 0 && (
            <>
              {marked > 0 && ' '}
              {selectMessage(
                gone,
                translate(
                  {
                    id: 'englishDrift.obsolete',
                    message:
                      'One translated sentence is no longer in the English and is not shown.|{count} translated sentences are no longer in the English and are not shown.',
                    description: 'Notice on a localized page: translations of English that was removed are left out (plural forms separated by |)',
                  },
                  {count: gone},
                ),
              )}
            </>
          )}
        </p>
      </Admonition>
    </div>
  );
}
