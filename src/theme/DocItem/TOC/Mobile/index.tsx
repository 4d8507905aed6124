import React, {type ReactNode} from 'react';
import TOCMobile from '@theme-original/DocItem/TOC/Mobile';
import {useUntranslated} from '@site/src/components/Provenance/useUntranslated';

/** The table of contents of a page not translated yet lists English headings: marked as English. */
export default function TOCMobileWrapper(): ReactNode {
  return useUntranslated() ? (
    <div lang="en">
      <TOCMobile />
    </div>
  ) : (
    <TOCMobile />
  );
}
