import React, {type ReactNode} from 'react';
import EditThisPage from '@theme-original/EditThisPage';
import type EditThisPageType from '@theme/EditThisPage';
import type {WrapperProps} from '@docusaurus/types';
import ReportProblem from '@site/src/components/ReportProblem';
import styles from './styles.module.css';

type Props = WrapperProps<typeof EditThisPageType>;

/** A doc page's footer: "Edit this page" (the localized file on a localized page), then the report link. */
export default function EditThisPageWrapper(props: Props): ReactNode {
  return (
    <div className={styles.links}>
      <EditThisPage {...props} />
      <ReportProblem />
    </div>
  );
}
