import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.title', message: 'WebSockets, bilingual'})}
      description={translate({
        id: 'home.description',
        message: 'The ASP.NET Core WebSockets documentation in four languages, sentence by sentence, with live demos.',
      })}>
      <main className="container margin-vert--xl">
        <h1>
          <Translate id="home.heading">WebSockets documentation, in your language and in English</Translate>
        </h1>
        <p>
          <Translate id="home.intro">
            Read every sentence in your language, with the English original one gesture away, and try each page's live WebSocket demo against the bundled echo
            server.
          </Translate>
        </p>
        <ul>
          <li>
            <Link to="/docs/websockets">
              <Translate id="home.link.websockets">WebSockets support in ASP.NET Core</Translate>
            </Link>
          </li>
          <li>
            <Link to="/docs/api/closeoutputasync">
              <Translate id="home.link.api">AspNetWebSocket.CloseOutputAsync</Translate>
            </Link>
          </li>
          <li>
            <Link to="/docs/3427-websocketcloseoutputsent">
              <Translate id="home.link.event">Trace event 3427: WebSocketCloseOutputSent</Translate>
            </Link>
          </li>
        </ul>
      </main>
    </Layout>
  );
}
