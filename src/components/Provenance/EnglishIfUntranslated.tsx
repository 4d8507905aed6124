import React, {type ReactNode} from 'react';
import {useUntranslated} from './useUntranslated';

/** Marks what it holds as English on a doc page its locale has not translated yet (the page shows the English). */
export default function EnglishIfUntranslated({children}: {children: ReactNode}): ReactNode {
  return useUntranslated() ? <div lang="en">{children}</div> : children;
}
