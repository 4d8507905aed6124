import React, {useMemo, type ReactNode} from 'react';
import {I18nextProvider} from 'react-i18next';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CloseModesDemo from './CloseModesDemo';
import type {DemoKind} from '../../core/demos/demoChoice';
import EchoDemo from './EchoDemo';
import {createDemoI18n} from './i18n';

/** A live demo in the page's locale; sockets open only in the browser, on the reader's request. */
export default function LiveDemo({kind}: {kind: DemoKind}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const instance = useMemo(() => createDemoI18n(i18n.currentLocale), [i18n.currentLocale]);
  return <I18nextProvider i18n={instance}>{kind === 'close-modes' ? <CloseModesDemo /> : <EchoDemo trace={kind === 'trace'} />}</I18nextProvider>;
}
