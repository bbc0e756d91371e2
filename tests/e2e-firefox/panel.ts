// The ONE way the Firefox suite reaches the wizard panel and the launcher (Puppeteer over
// WebDriver BiDi). Where the panel lives (an extension-origin frame the content script places in
// the `so-erp-sync-wizard` element: lib/page/wizard-frame.ts) is known only here: `panelRoot`.
// Clicks and keys are real input (BiDi input actions): the panel ignores events a page script makes.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';

const WIZARD = 'so-erp-sync-wizard';
const LAUNCHER = 'so-erp-sync-launcher';

/** Poll `read` until `ok` holds (or throw, naming `what`, after `timeoutMs`). */
export async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > end) throw new Error(`Waited ${timeoutMs} ms for ${what}; last seen: ${JSON.stringify(last) ?? String(error)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The launcher's button, or null. */
export const launcherButton = (page: Page) => page.$(`${LAUNCHER} >>> button`);

export const launcherCount = (page: Page) => page.$$eval(LAUNCHER, (els) => els.length);

/** The wizard's frame (moz-extension://…/wizard-frame.html), or null while none is placed. */
export async function wizardFrame(page: Page): Promise<Frame | null> {
  const iframe = await page.$(`${WIZARD} >>> iframe`);
  return iframe ? iframe.contentFrame() : null;
}

/** The element of the panel that holds everything a test looks for: the dialog inside the frame. */
const panelRoot = async (page: Page) => (await wizardFrame(page))?.$('[role="dialog"]') ?? null;

type Label = string | RegExp;
const labelArg = (l: Label) => (typeof l === 'string' ? { text: l } : { source: l.source, flags: l.flags });

export function panelOf(page: Page) {
  async function root(): Promise<ElementHandle<Element>> {
    const r = await panelRoot(page);
    if (!r) throw new Error('The wizard panel is not open');
    return r;
  }
  /** One element under the panel by CSS, or null. */
  const $ = async (selector: string) => (await root()).$(selector);
  const text = async (selector: string) => ((await $(selector)) ? ((await (await $(selector))!.evaluate((e) => e.textContent ?? '')) as string).trim() : null);

  /** A control by its label's text (a <label>, aria-label or aria-labelledby), as getByLabel would. */
  async function field(label: Label): Promise<ElementHandle<Element>> {
    const r = await root();
    const handle = await r.evaluateHandle((scope, l) => {
      const matches = (t: string | null | undefined) => {
        const s = (t ?? '').replace(/\s+/g, ' ').trim();
        return 'text' in l ? s === l.text : new RegExp(l.source as string, l.flags).test(s);
      };
      const section = scope.querySelector('section[data-step]') ?? scope;
      for (const lab of section.querySelectorAll('label')) if (matches(lab.textContent) && lab.control) return lab.control;
      for (const c of section.querySelectorAll('input,select,textarea')) {
        const by = c.getAttribute('aria-labelledby');
        const named = c.getAttribute('aria-label') ?? (by ? by.split(' ').map((id) => scope.ownerDocument.getElementById(id)?.textContent ?? '').join(' ') : null);
        if (matches(named)) return c;
      }
      return null;
    }, labelArg(label));
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (!el) throw new Error(`No field labelled ${String(label)} in the panel`);
    return el;
  }

  /** A button by its visible name (trimmed text or aria-label). */
  async function button(name: string): Promise<ElementHandle<Element>> {
    const r = await root();
    const handle = await r.evaluateHandle((scope, n) => [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim() === n) ?? null, name);
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (!el) throw new Error(`No button "${name}" in the panel`);
    return el;
  }

  return {
    waitOpen: () => until('the wizard panel', () => panelRoot(page), (r) => r !== null, 20_000),
    /** Whether the frame is shown (the content script hides its host on Escape and ×). */
    shown: () => page.$eval(WIZARD, (e) => !(e as HTMLElement).hidden).catch(() => false),
    /** Focus as the frame's own document sees it: whether it has it, and the focused element's id. */
    focus: async () => {
      const frame = await wizardFrame(page);
      if (!frame) throw new Error('The wizard panel is not open');
      return frame.evaluate(() => ({ has: document.hasFocus(), id: document.activeElement?.id ?? null }));
    },
    heading: () => text('#erp-step-title'),
    text,
    $,
    field,
    /** Waits until the heading is `title` (steps change after the background answers). */
    waitHeading: (title: string, timeoutMs = 15_000) => until(`the step "${title}"`, () => text('#erp-step-title'), (h) => h === title, timeoutMs),
    click: async (name: string) => (await button(name)).click(),
    /** Replace a text field's value by typing, as a consultant does. */
    fill: async (label: Label, value: string) => {
      const el = await field(label);
      await el.click();
      await el.evaluate((e) => (e as HTMLInputElement).select());
      await page.keyboard.press('Backspace');
      if (value) await page.keyboard.type(value);
    },
    value: async (label: Label) => (await field(label)).evaluate((e) => (e as HTMLInputElement).value),
    texts: async (selector: string) => (await root()).$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim())),
    errors: async () => (await root()).$$eval('.step-errors li', (els) => els.map((e) => e.textContent ?? '')),
    blockers: async () => (await root()).$$eval('.blockers li', (els) => els.map((e) => e.textContent ?? '')),
    attr: async (selector: string, name: string) => ((await $(selector)) ? (await $(selector))!.evaluate((e, n) => e.getAttribute(n), name) : null),
  };
}

/** Go to `url` and open the wizard with the launcher's button. */
export async function openWizard(page: Page, url: string): Promise<ReturnType<typeof panelOf>> {
  await page.goto(url);
  const button = await until('the launcher', () => launcherButton(page), (b) => b !== null, 20_000);
  await button!.click();
  const panel = panelOf(page);
  await panel.waitOpen();
  // Issue 17: a tenant with no way in chosen yet opens on the choice screen: take the wizard.
  await (await panel.$('[data-testid="choice-screen"] button[data-way="new"]'))?.click();
  return panel;
}
