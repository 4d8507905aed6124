import React, {lazy, Suspense, type ReactNode} from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {KEEP_SERVER_MARKUP, useHydrating} from '@site/src/components/useHydrating';
// The classic theme's own class names, so our markup is the markup its styles expect.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import type {CodeProps} from './HighlightedCode';

// Prism and its grammars load only when a code block is first rendered in the browser (a page
// reached by client-side navigation), not with every page.
const HighlightedCode = lazy(() => import('./HighlightedCode'));

/**
 * The classic theme's code block content, highlighted once, where it is first rendered. The server
 * highlights it; hydration keeps the server's tokens instead of tokenizing again in the browser (the
 * largest share of a doc page's blocking time on a phone); a block first rendered in the browser
 * shows the plain code until the highlighter has arrived.
 */
export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const {codeBlockRef} = wordWrap;
  const hydrating = useHydrating();
  const firstLine = metadata.lineNumbersStart;
  const codeProps: CodeProps = {
    className: clsx(styles.codeBlockLines, firstLine !== undefined && styles.codeBlockLinesWithNumbering),
    style: firstLine !== undefined ? {counterReset: `line-count ${firstLine - 1}`} : undefined,
  };
  let lines: ReactNode;
  if (!ExecutionEnvironment.canUseDOM) {
    // No Suspense boundary on the server: the page waits for the highlighter once, and its HTML is
    // written in place (React sends a large boundary's content apart, to be moved in by script).
    lines = <HighlightedCode {...codeProps} />;
  } else if (hydrating) {
    lines = <code {...codeProps} {...KEEP_SERVER_MARKUP} />;
  } else {
    lines = (
      <Suspense fallback={<code {...codeProps}>{metadata.code}</code>}>
        <HighlightedCode {...codeProps} />
      </Suspense>
    );
  }
  // The <pre> hydrates with the block: its ref is the word-wrap button's.
  return (
    <pre ref={codeBlockRef} tabIndex={0} className={clsx(className, 'prism-code', `language-${metadata.language}`, styles.codeBlock, 'thin-scrollbar')}>
      {lines}
    </pre>
  );
}
