// axe-core in real Chromium, on our own UI only: the wizard panel and the launcher (both in open
// shadow roots on the CRM's page), or a whole extension page (popup, options, grant).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Our elements on the CRM's page; the page around them is not ours to judge. */
export const OUR_HOSTS = ['so-erp-sync-wizard', 'so-erp-sync-launcher'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Evaluated through the DevTools protocol rather than a <script> tag: extension pages' CSP
 * (script-src 'self') refuses inline scripts, and the CRM's page might too.
 */
async function injectAxe(page: Page | Frame): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(AXE_SOURCE);
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe-core did not load into the page');
}

/** One line per failing node: rule id, impact, target, what to fix. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} [${v.impact ?? 'n/a'}] ${JSON.stringify(n.target)}: ${v.help}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
}

interface AxeRun {
  violations: AxeViolation[];
  /** How many rules passed on a node inside a shadow root: proof that axe looked inside. */
  passedInShadow: number;
}

async function run(page: Page | Frame, context: unknown): Promise<AxeRun> {
  await injectAxe(page);
  return page.evaluate(
    async ([ctx, tags]) => {
      type Node = { target: unknown[]; failureSummary?: string };
      type Result = { id: string; impact: string | null; help: string; nodes: Node[] };
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const result = await axe.run(ctx, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return {
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
        passedInShadow: result.passes.filter((p) => p.nodes.some((n) => Array.isArray(n.target[0]))).length,
      };
    },
    [context, AXE_TAGS] as const,
  );
}

/**
 * The wizard panel and the launcher, each with its whole shadow tree; [] when clean. No rule is
 * turned off: page-level rules still see our landmarks and headings next to the CRM's.
 */
export async function axePanel(page: Page): Promise<string[]> {
  const present = await page.evaluate((hosts) => hosts.filter((h) => document.querySelector(h)), OUR_HOSTS);
  if (present.length === 0) throw new Error('Neither the panel nor the launcher is on the page');
  // On the CRM's page: the launcher, and the frame element (its title names it for screen readers).
  const r = await run(page, { include: present });
  if (r.passedInShadow === 0) throw new Error('axe checked nothing inside the shadow roots');
  // Inside the wizard's extension-origin frame, once shown: the whole panel document. The frame the
  // launcher preloads stays display:none (out of the accessibility tree) and empty until opened.
  const frame = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
  const shown = (await page.locator('so-erp-sync-wizard:visible').count()) > 0;
  const inner = frame && shown ? (await run(frame, { include: ['html'] })).violations : [];
  return [...describeViolations(r.violations), ...describeViolations(inner).map((v) => `in the frame: ${v}`)];
}

/** A whole extension page (ours from top to bottom); [] when clean. */
export async function axePage(page: Page): Promise<string[]> {
  return describeViolations((await run(page, { include: ['html'] })).violations);
}
