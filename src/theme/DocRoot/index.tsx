import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {HtmlClassNameProvider, ThemeClassNames} from '@docusaurus/theme-common';
import {DocsSidebarProvider, DocsVersionProvider, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebars, PropVersionDocs} from '@docusaurus/plugin-content-docs';
import {matchPath, useLocation} from '@docusaurus/router';
import renderRoutes from '@docusaurus/renderRoutes';
import DocRootLayout from '@theme/DocRoot/Layout';
import type {Props as DocRootProps} from '@theme/DocRoot';
import NotFoundContent from '@theme/NotFound/Content';

interface Props extends DocRootProps {
  /** This root's sidebars and the docs they show, which sidebarRoutes.ts moved here from the version. */
  sidebars: PropSidebars;
  docs: PropVersionDocs;
}

/** A docs root: the page its route matches, in the layout with the sidebar the page names. */
export default function DocRoot({route, sidebars, docs}: Props): ReactNode {
  const {pathname} = useLocation();
  const version = useDocsVersion();
  const withDocs = useMemo(() => ({...version, docs}), [version, docs]);
  // The docs plugin names each page's sidebar on its route.
  const routes = (route.routes ?? []) as Array<NonNullable<DocRootProps['route']['routes']>[number] & {sidebar?: string}>;
  const current = routes.find((docRoute) => matchPath(pathname, docRoute));
  // Not found content only, not a second layout around it.
  if (!current) return <NotFoundContent />;
  const name = current.sidebar;
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsVersionProvider version={withDocs}>
        <DocsSidebarProvider name={name} items={name ? sidebars[name] : undefined}>
          <DocRootLayout>{renderRoutes(routes)}</DocRootLayout>
        </DocsSidebarProvider>
      </DocsVersionProvider>
    </HtmlClassNameProvider>
  );
}
