import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{target: string[]}>;
}

/** Runs axe-core in the page with the WCAG 2.x A/AA rules and best practices. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({content: AXE_SOURCE});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (ctx: Document, opts: object) => Promise<{violations: AxeViolation[]}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
    return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({target: n.target}))}));
  });
}
