import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzedPages, type AnalyzedPage} from '../analyzedPages';
import {loadProject} from '../project';
import {computeStatus} from '../status';
import {copySite} from '../../../scripts/l10n/__tests__/site';

async function collect(pages: AsyncGenerator<AnalyzedPage>): Promise<AnalyzedPage[]> {
  const all: AnalyzedPage[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('analyzedPages', () => {
  it('gives the same pages, in the same order, on a worker thread as in this one', async () => {
    const project = loadProject(copySite());
    const here = await collect(analyzedPages(project, {worker: false}));
    const there = await collect(analyzedPages(project, {worker: true}));
    expect(there.map((p) => p.page)).toEqual(project.pages.map((p) => p.page));
    expect(there).toEqual(here);
    expect(await computeStatus(project, {worker: true})).toEqual(await computeStatus(project, {worker: false}));
  });

  it('gives a malformed block’s error at its line:column with the page, from either thread, and the other pairs', async () => {
    const root = copySite();
    const path = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
    const text = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), text.replace('</span><span class="sxs-lookup">', '<span class="sxs-lookup">'));
    const pairs = (text.match(/data-ttu-id=/g) ?? []).length;
    for (const worker of [false, true]) {
      const pages = await collect(analyzedPages(loadProject(root), {worker}));
      const doc = pages.find((p) => p.page === 'websockets.md')?.localized['zh-TW'];
      expect(doc?.malformed).toEqual([expect.objectContaining({code: 'ERR_SPAN_NESTED', line: expect.any(Number), column: expect.any(Number)})]);
      // Only the block with the broken pair is lost to the analysis.
      expect(doc?.segments.length).toBeGreaterThan(pairs - 5);
      expect(doc?.segments.length).toBeLessThan(pairs);
    }
  });
});
