import {useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {socketUrl} from './protocol';

/** The echo URL, known only in the browser (empty during server rendering). */
export function useSocketUrl(): string {
  const {siteConfig} = useDocusaurusContext();
  const [url, setUrl] = useState('');
  useEffect(() => setUrl(socketUrl(window.location, String(siteConfig.customFields?.echoServer ?? ''))), [siteConfig]);
  return url;
}
