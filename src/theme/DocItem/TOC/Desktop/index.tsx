import React, {type ReactNode} from 'react';
import TOCDesktop from '@theme-original/DocItem/TOC/Desktop';
import {useUntranslated} from '@site/src/components/Provenance/useUntranslated';

/** The table of contents of a page not translated yet lists English headings: marked as English. */
export default function TOCDesktopWrapper(): ReactNode {
  return useUntranslated() ? (
    <div lang="en">
      <TOCDesktop />
    </div>
  ) : (
    <TOCDesktop />
  );
}
