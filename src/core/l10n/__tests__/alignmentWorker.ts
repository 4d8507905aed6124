// Runs alignment on the cases the property test sends, in a worker the test can stop: a loop that
// never ends would otherwise hang the test run instead of failing it.
import {parentPort, workerData} from 'node:worker_threads';
import {parseSpanPairs} from '../../markdown/spanPairs';
import {alignToEnglish} from '../alignment';
import {englishSentences} from '../englishSentences';

interface Case {
  english: string;
  localized: string;
}

(workerData as Case[]).forEach(({english, localized}, index) => {
  parentPort?.postMessage({started: index});
  const segments = parseSpanPairs(localized);
  const sentences = englishSentences(english);
  const {units, obsolete} = alignToEnglish(segments, english, sentences);
  parentPort?.postMessage({
    index,
    sentences: sentences.map((s) => [s.start, s.end]),
    segments: segments.length,
    units: units.map((u) => ({start: u.start, end: u.end, english: u.english, segment: u.segment ? segments.indexOf(u.segment) : -1})),
    obsolete: obsolete.map((s) => segments.indexOf(s)),
  });
});
