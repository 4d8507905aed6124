import React, {isValidElement, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** The code as one string when it is only text (so it can be copied and highlighted), else undefined. */
function textOf(children: ReactNode): string | undefined {
  const parts = React.Children.toArray(children);
  if (parts.some((part) => isValidElement(part))) return undefined;
  return parts.join('');
}

/**
 * The classic theme's code block, minus its second render after hydration: that render exists to
 * swap the server's light-mode inline colours for the reader's mode, and our colours are CSS
 * (see prismThemeCssPlugin), so the server's markup is already right.
 */
export default function CodeBlock({children, ...props}: Props): ReactNode {
  const text = textOf(children);
  return text === undefined ? <ElementContent {...props}>{children}</ElementContent> : <StringContent {...props}>{text}</StringContent>;
}
