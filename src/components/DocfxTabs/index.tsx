import React, {Children, isValidElement, type ReactElement, type ReactNode} from 'react';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';

interface TabProps {
  value: string;
  children?: ReactNode;
}

/** One DocFX tab: its label (the first child, a DocfxTabLabel) and its content. Rendered by DocfxTabs. */
export function DocfxTab({children}: TabProps): ReactNode {
  return children;
}

/** A tab's label, with the bilingual segments of the heading it came from. */
export function DocfxTabLabel({children}: {children?: ReactNode}): ReactNode {
  // The label sits inside a button: the paragraph the Markdown made becomes a phrase.
  const [only] = Children.toArray(children);
  return isValidElement<{children?: ReactNode}>(only) && only.type === 'p' ? only.props.children : children;
}

/** The tab group of the remark plugin: Docusaurus' Tabs, labels taken from each tab's first child. */
export default function DocfxTabs({groupId, children}: {groupId: string; children?: ReactNode}): ReactNode {
  const tabs = Children.toArray(children).filter((c): c is ReactElement<TabProps> => isValidElement<TabProps>(c) && typeof c.props.value === 'string');
  const values = tabs.map((tab) => {
    const [label, ...content] = Children.toArray(tab.props.children);
    return {value: tab.props.value, label, content};
  });
  return (
    // Docusaurus renders a label as a node; its typings say string.
    <Tabs groupId={groupId} values={values.map(({value, label}) => ({value, label: label as unknown as string}))}>
      {values.map(({value, content}) => (
        <TabItem key={value} value={value}>
          {content}
        </TabItem>
      ))}
    </Tabs>
  );
}
