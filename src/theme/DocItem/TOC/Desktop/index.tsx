import React, {type ReactNode} from 'react';
import TOCDesktop from '@theme-original/DocItem/TOC/Desktop';
import EnglishIfUntranslated from '@site/src/components/Provenance/EnglishIfUntranslated';

/** The table of contents of a page not translated yet lists English headings: marked as English. */
export default function TOCDesktopWrapper(): ReactNode {
  return (
    <EnglishIfUntranslated>
      <TOCDesktop />
    </EnglishIfUntranslated>
  );
}
