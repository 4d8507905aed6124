import {useCallback, useSyncExternalStore} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {socketUrl} from './protocol';

const unchanging = () => () => undefined;

/** The echo URL, known only in the browser (empty during server rendering and hydration). */
export function useSocketUrl(): string {
  const {siteConfig} = useDocusaurusContext();
  const echoServer = String(siteConfig.customFields?.echoServer ?? '');
  const inBrowser = useCallback(() => socketUrl(window.location, echoServer), [echoServer]);
  return useSyncExternalStore(unchanging, inBrowser, () => '');
}
