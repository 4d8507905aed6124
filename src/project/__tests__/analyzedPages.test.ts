import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzedPages, type AnalyzedPage} from '../analyzedPages';
import {L10nError} from '../../core/l10n/errors';
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

  it('raises a malformed page’s error at its file:line:column when its turn comes, from either thread', async () => {
    const root = copySite();
    const path = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
    const text = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), text.replace('</span><span class="sxs-lookup">', '<span class="sxs-lookup">'));
    for (const worker of [false, true]) {
      const error = await collect(analyzedPages(loadProject(root), {worker})).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(L10nError);
      expect(error).toMatchObject({code: 'ERR_SPAN_NESTED', file: path});
      expect((error as L10nError).message).toMatch(new RegExp(`^${path}:\\d+:\\d+: `));
    }
  });
});
