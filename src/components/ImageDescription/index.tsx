import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';

/** The long description of a DocFX complex image: closed until the reader opens it. */
export default function ImageDescription({children}: {children?: ReactNode}): ReactNode {
  return (
    <details className="docfx-image-description">
      <summary>
        {translate({id: 'imageDescription.summary', message: 'Description of the image', description: 'Summary of the long description of an image'})}
      </summary>
      {children}
    </details>
  );
}
