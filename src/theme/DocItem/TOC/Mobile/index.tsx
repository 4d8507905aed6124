import React, {type ReactNode} from 'react';
import TOCMobile from '@theme-original/DocItem/TOC/Mobile';
import EnglishIfUntranslated from '@site/src/components/Provenance/EnglishIfUntranslated';

/** The table of contents of a page not translated yet lists English headings: marked as English. */
export default function TOCMobileWrapper(): ReactNode {
  return (
    <EnglishIfUntranslated>
      <TOCMobile />
    </EnglishIfUntranslated>
  );
}
