import React, {type ReactNode} from 'react';
import Content from '@theme-original/NotFound/Content';
import type ContentType from '@theme/NotFound/Content';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';

type Props = WrapperProps<typeof ContentType>;

/** The theme's "page not found", with the ways on: the home page and the docs, in the reader's locale. */
export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <Content {...props} />
      <nav className="container margin-bottom--xl" data-not-found-links="">
        <ul>
          <li>
            <Link to="/">
              <Translate id="notFound.home" description="Link on the 404 page to the home page">
                Go to the home page
              </Translate>
            </Link>
          </li>
          <li>
            <Link to="/docs/websockets">
              <Translate id="notFound.docs" description="Link on the 404 page to the docs">
                Read the docs
              </Translate>
            </Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
