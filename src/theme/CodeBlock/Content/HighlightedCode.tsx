import React, {type CSSProperties, type ReactNode} from 'react';
import siteConfig from '@generated/docusaurus.config';
import {Highlight, Prism} from 'prism-react-renderer';
import {usePrismTheme} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import {registerPrismLanguages} from '@site/src/components/CodeBlock/registerLanguages';

registerPrismLanguages(Prism, (siteConfig.themeConfig.prism as {additionalLanguages: string[]}).additionalLanguages);

export interface CodeProps {
  className: string;
  style: CSSProperties | undefined;
}

/** The block's <code>: its lines tokenized by Prism, with the classic theme's line component. */
export default function HighlightedCode(codeProps: CodeProps): ReactNode {
  const {metadata} = useCodeBlockContext();
  const theme = usePrismTheme();
  return (
    <Highlight theme={theme} code={metadata.code} language={metadata.language}>
      {({tokens, getLineProps, getTokenProps}) => (
        <code {...codeProps}>
          {tokens.map((line, i) => (
            <Line
              key={i}
              line={line}
              getLineProps={getLineProps}
              getTokenProps={getTokenProps}
              classNames={metadata.lineClassNames[i]}
              showLineNumbers={metadata.lineNumbersStart !== undefined}
            />
          ))}
        </code>
      )}
    </Highlight>
  );
}
