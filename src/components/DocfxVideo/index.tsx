import React, {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * A DocFX `[!VIDEO url]`: nothing is requested from the video's host until the reader asks for it.
 * Without JavaScript the button is inert and the link to the video still works.
 */
export default function DocfxVideo({src}: {src: string}): ReactNode {
  const [playing, setPlaying] = useState(false);
  const host = new URL(src).hostname.replace(/^www\./, '');
  const title = translate({id: 'docfxVideo.title', message: 'Video from {host}', description: 'Accessible name of an embedded video player'}, {host});
  if (playing) {
    return (
      <div className={styles.frame}>
        <iframe
          src={src}
          title={title}
          allow="autoplay; encrypted-media; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <div className={styles.placeholder} data-video={src}>
      <button type="button" className="button button--primary" onClick={() => setPlaying(true)}>
        {translate({id: 'docfxVideo.play', message: 'Play the video', description: 'Button that loads and plays an embedded video'})}
      </button>
      <p>
        {translate(
          {
            id: 'docfxVideo.notice',
            message: 'The player loads from {host} when you press play.',
            description: 'Notice that the video is only loaded on request',
          },
          {host},
        )}{' '}
        <a href={src} target="_blank" rel="noopener noreferrer">
          {translate({id: 'docfxVideo.open', message: 'Open the video on its site', description: 'Link to a video on its own site'})}
        </a>
      </p>
    </div>
  );
}
