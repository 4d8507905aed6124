import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {HtmlClassNameProvider, ThemeClassNames} from '@docusaurus/theme-common';
import {DocsSidebarProvider, DocsVersionProvider, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebars, PropVersionDocs} from '@docusaurus/plugin-content-docs';
import {matchPath, useLocation} from '@docusaurus/router';
import renderRoutes from '@docusaurus/renderRoutes';
import type {RouteConfig} from 'react-router-config';
import DocRootLayout from '@theme/DocRoot/Layout';
import NotFoundContent from '@theme/NotFound/Content';

interface Props {
  route: RouteConfig & {routes: Array<RouteConfig & {sidebar?: string}>};
  /** This root's sidebars and the docs they show, which sidebarRoutes.ts moved here from the version. */
  sidebars: PropSidebars;
  docs: PropVersionDocs;
}

/** A docs root: the page its route matches, in the layout with the sidebar the page names. */
export default function DocRoot({route, sidebars, docs}: Props): ReactNode {
  const {pathname} = useLocation();
  const version = useDocsVersion();
  const withDocs = useMemo(() => ({...version, docs}), [version, docs]);
  const current = route.routes.find((docRoute) => matchPath(pathname, docRoute));
  // Not found content only, not a second layout around it.
  if (!current) return <NotFoundContent />;
  const name = current.sidebar;
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsVersionProvider version={withDocs}>
        <DocsSidebarProvider name={name} items={name ? sidebars[name] : undefined}>
          <DocRootLayout>{renderRoutes(route.routes)}</DocRootLayout>
        </DocsSidebarProvider>
      </DocsVersionProvider>
    </HtmlClassNameProvider>
  );
}
