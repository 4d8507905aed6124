import {existsSync, readFileSync} from 'node:fs';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {alignToEnglish} from '../../core/l10n/alignment';
import {UNTRANSLATED} from '../../core/markdown/spanPairs';
import {englishPathOf} from '../../core/i18n/paths';
import {englishSentencesOf} from '../englishSentenceCache';
import {pageSegments} from './pageSegments';

/** What the reader should know about a sentence whose English moved on. */
export interface SentenceDrift {
  state: 'stale' | 'untranslated';
  /** The current English, for stale sentences. */
  english?: string;
}

export type DriftMap = Map<string, SentenceDrift>;

/**
 * Compares a localized page with the current English page and records, per span id, which
 * sentences are stale (with the new English) or untranslated, for the segment plugin to mark; puts
 * an "N sentences differ from the current English" notice under the title when any do.
 */
export default function remarkEnglishDrift() {
  return (tree: Root, file: VFile) => {
    const englishPath = file.path ? englishPathOf(file.path) : undefined;
    if (englishPath === undefined || !existsSync(englishPath)) return;
    const blocks = pageSegments(tree, file);
    if (blocks.some((b) => b.error)) return; // the segment plugin reports malformed pairs
    const english = readFileSync(englishPath, 'utf8');
    const segments = blocks.flatMap((b) => b.segments);
    const {units} = alignToEnglish(segments, english, englishSentencesOf(englishPath, english));
    const drift: DriftMap = new Map();
    for (const unit of units) {
      if (!unit.segment) continue;
      if (unit.state === 'stale' || unit.state === 'updatable') drift.set(unit.segment.id, {state: 'stale', english: unit.english});
      else if (unit.state === 'untranslated') drift.set(unit.segment.id, {state: 'untranslated'});
    }
    for (const s of segments) if (s.state === UNTRANSLATED) drift.set(s.id, {state: 'untranslated'});
    file.data.englishDrift = drift;
    const differing = units.filter((u) => u.state !== 'translated').length;
    if (differing === 0) return;
    const notice: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'EnglishDrift',
      attributes: [{type: 'mdxJsxAttribute', name: 'count', value: String(differing)}],
      children: [],
    };
    const h1 = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    tree.children.splice(h1 + 1, 0, notice as RootContent);
  };
}

declare module 'vfile' {
  interface DataMap {
    englishDrift: DriftMap;
  }
}
