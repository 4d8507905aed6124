import React, {isValidElement, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import type {Props} from '@theme/Heading';
import './styles.css';

/** What a reader sees of a heading: of a bilingual segment its translation, not the English shown on demand. */
export function headingText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(headingText).join('');
  if (!isValidElement<{className?: string; children?: ReactNode}>(node)) return '';
  if (node.props.className?.split(' ').includes('bi-s')) return '';
  return headingText(node.props.children);
}

/**
 * Headings with a permalink, as the theme's, but the link is named by the heading's text even when
 * the heading is a bilingual segment (the theme falls back to the id: "prerequisites的直接連結").
 */
export default function Heading({as: As, id, ...props}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  if (As === 'h1' || !id) return <As {...props} id={undefined} />;
  brokenLinks.collectAnchor(id);
  const title = translate(
    {id: 'theme.common.headingLinkTitle', message: 'Direct link to {heading}', description: 'Title for link to heading'},
    {heading: headingText(props.children) || id},
  );
  return (
    <As {...props} id={id} className={clsx('anchor', anchorTargetClassName, props.className)}>
      {props.children}
      <Link className="hash-link" to={`#${id}`} aria-label={title} title={title} translate="no">
        {'\u200B'}
      </Link>
    </As>
  );
}
