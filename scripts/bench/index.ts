import {benchSegmentPlugin} from './segmentPlugin';

/** `npm run bench`: every figure is measured against a baseline in the same run. */
function main(): void {
  const segments = benchSegmentPlugin();
  if (segments.ratio > 1.25) {
    console.log('segment plugin: over its 1.25× target');
    process.exitCode = 1;
  }
}

main();
