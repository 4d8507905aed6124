import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import TranslationStatus from '@site/src/components/TranslationStatus';

export default function TranslationStatusPage(): ReactNode {
  const title = translate({id: 'status.title', message: 'Translation status'});
  return (
    <Layout title={title} description={translate({id: 'status.description', message: 'How much of each page is translated, per language.'})}>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <TranslationStatus />
      </main>
    </Layout>
  );
}
