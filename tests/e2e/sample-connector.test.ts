// A walk with SuperOffice's own sample connector (Test.Excel, the stand-in's "test-excel" profile)
// in Chromium, English and Norwegian: its "[password]" default never fills the Password field (also
// after a real browser restart, where the wizard asks for the password again and keeps asking),
// placeholder defaults are pointed out, and opening a draft writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axePanel } from './axe';
import { TEST_BUILD_DIR, type ExtensionBrowser } from './browser';
import { launchRestartable, type RestartableBrowser } from './restartable';
import { startStandinProcess, type RunningStandin } from './standin-process';
import { saveState, syncTab, toTestExcelFields, type Lang } from './test-excel';
import { openWizard } from './wizard-helpers';

let standin: RunningStandin;
let browsers: RestartableBrowser;
const browser = (): ExtensionBrowser => browsers.current();

beforeAll(async () => {
  standin = await startStandinProcess();
  browsers = await launchRestartable(standin.crmPort, TEST_BUILD_DIR);
});
afterAll(async () => {
  await browsers?.dispose();
  await standin?.stop();
});

const toFields = (page: Page, lang: Lang) => toTestExcelFields(page, lang, standin.connectors['test-excel'] as string);

/** Every draft's revision, read in the extension's own origin. */
async function revisions(): Promise<Record<string, number>> {
  const page = await browser().context.newPage();
  await page.goto(`chrome-extension://${browser().extensionId}/options.html`);
  const out = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('erp-sync-drafts');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all: { id: string; revision: number }[] = await new Promise((ok) => {
      const req = db.transaction('drafts').objectStore('drafts').getAll();
      req.onsuccess = () => ok(req.result as { id: string; revision: number }[]);
    });
    db.close();
    return Object.fromEntries(all.map((d) => [d.id, d.revision]));
  });
  await page.close();
  return out;
}

describe.each(['en', 'no'] as const)('Test.Excel defaults (%s)', (lang) => {
  const words = {
    en: { passwordDefault: 'The connector declares a default for this password; it is not filled in. Type the password.', placeholder: 'This default looks like a placeholder, not a value: check it.', keep: 'Keep this value' },
    no: { passwordDefault: 'Connectoren oppgir en standardverdi for dette passordet; den fylles ikke inn. Skriv inn passordet.', placeholder: 'Denne standardverdien ser ut som en plassholder, ikke en verdi: kontroller den.', keep: 'Behold denne verdien' },
  }[lang];

  it('never fills the Password field from "[password]", and points out "[text]" until confirmed or changed', async () => {
    const page = await browser().context.newPage();
    const panel = await toFields(page, lang);
    const password = panel.root.locator('[data-field="PasswordField"] input');
    const text = panel.root.locator('[data-field="TextField"]');
    expect(await password.inputValue()).toBe('');
    expect(await panel.root.locator('[data-field="PasswordField"]').getByTestId('password-default').textContent()).toBe(words.passwordDefault);
    // Other defaults are prefilled as the CRM's dialog would: the file name, the number zeroes.
    expect(await panel.root.locator('[data-field="Filename"] input').inputValue()).toBe('ErpClient.xlsm');
    expect(await panel.root.locator('[data-field="IntegerField"] input').inputValue()).toBe('0');
    expect(await text.locator('input').inputValue()).toBe('[text]');
    expect(await text.getByTestId('placeholder-default').textContent()).toBe(`${words.placeholder} ${words.keep}`);
    // The warning names the input for screen readers, and only placeholder-looking defaults get it.
    const describedBy = (await text.locator('input').getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await text.getByTestId('placeholder-default').getAttribute('id'));
    expect(await panel.root.getByTestId('placeholder-default').count()).toBe(1);
    expect(await axePanel(page), 'axe on the placeholder warning and the password-default note').toEqual([]);
    await text.getByRole('button', { name: words.keep }).click();
    expect(await text.getByTestId('placeholder-default').count()).toBe(0);
    expect(await text.locator('input').inputValue()).toBe('[text]');
    // Kept with the draft: reopened, the confirmed default is not pointed out again.
    await expect.poll(() => saveState(panel), { timeout: 10_000 }).toBe('saved');
    await page.reload();
    const again = await openWizard(page, syncTab(lang));
    await again.root.locator('[data-field="TextField"]').waitFor();
    expect(await again.root.locator('[data-field="TextField"] input').inputValue()).toBe('[text]');
    expect(await again.root.getByTestId('placeholder-default').count()).toBe(0);
    expect(await again.root.locator('[data-field="PasswordField"]').getByTestId('password-default').count()).toBe(1);
    await page.close();
  });
});

describe('a typed password after a real browser restart', () => {
  it('stays empty with the notice until typed again, and opening the draft writes nothing', async () => {
    let page = await browser().context.newPage();
    let panel = await toFields(page, 'en');
    await panel.field(/^Name/).fill('Excel connection');
    await panel.root.locator('[data-field="TextField"] input').fill('Kunder');
    await panel.root.locator('[data-field="PasswordField"] input').fill('Typed-Secret-1');
    await expect.poll(() => saveState(panel), { timeout: 10_000 }).toBe('saved');
    await page.close();
    // The same in Norwegian, on the other tenant.
    page = await browser().context.newPage();
    panel = await toFields(page, 'no');
    await panel.field(/^Navn/).fill('Excel-kobling');
    await panel.root.locator('[data-field="PasswordField"] input').fill('Typed-Secret-NO');
    await expect.poll(() => saveState(panel), { timeout: 10_000 }).toBe('saved');
    await page.close();

    await browsers.restart();
    const before = await revisions();
    page = await browser().context.newPage();
    panel = await openWizard(page, syncTab('en'));
    await panel.root.locator('[data-field="Filename"]').waitFor();
    const password = panel.root.locator('[data-field="PasswordField"] input');
    expect(await password.inputValue()).toBe('');
    const notice = panel.root.getByTestId('secrets-missing');
    expect(await notice.textContent()).toBe('For safety, passwords are not kept after the browser is closed. Enter them again: Passordtestfelt');
    expect(await panel.root.locator('[data-field="TextField"] input').inputValue()).toBe('Kunder');
    // Nothing typed: nothing saved, and the notice does not go away by itself.
    await page.waitForTimeout(1500);
    expect(await saveState(panel)).toBe('idle');
    expect(await notice.count()).toBe(1);
    expect(await password.inputValue()).toBe('');
    expect(await revisions()).toEqual(before);
    // Reopened once more (a reload): still asked, still nothing written.
    await page.reload();
    panel = await openWizard(page, syncTab('en'));
    await panel.root.locator('[data-field="Filename"]').waitFor();
    await page.waitForTimeout(1000);
    expect(await panel.root.getByTestId('secrets-missing').count()).toBe(1);
    expect(await saveState(panel)).toBe('idle');
    expect(await revisions()).toEqual(before);
    // Typed again: the notice goes, and the draft is saved.
    await panel.root.locator('[data-field="PasswordField"] input').fill('Typed-Secret-2');
    await expect.poll(() => panel.root.getByTestId('secrets-missing').count()).toBe(0);
    await expect.poll(() => saveState(panel), { timeout: 10_000 }).toBe('saved');
    // Reopening the draft as it now is (password kept in the session) writes nothing either.
    const saved = await revisions();
    await page.reload();
    panel = await openWizard(page, syncTab('en'));
    await panel.root.locator('[data-field="Filename"]').waitFor();
    expect(await panel.root.locator('[data-field="PasswordField"] input').inputValue()).toBe('Typed-Secret-2');
    await page.waitForTimeout(1000);
    expect(await saveState(panel)).toBe('idle');
    expect(await revisions()).toEqual(saved);
    await page.close();

    // Norwegian: the notice in Norwegian, the field empty, nothing written.
    page = await browser().context.newPage();
    panel = await openWizard(page, syncTab('no'));
    await panel.root.locator('[data-field="Filename"]').waitFor();
    expect(await panel.root.locator('[data-field="PasswordField"] input').inputValue()).toBe('');
    expect(await panel.root.getByTestId('secrets-missing').textContent()).toBe(
      'Av sikkerhetshensyn tas ikke passord vare på etter at nettleseren er lukket. Skriv dem inn igjen: Passordtestfelt',
    );
    await page.waitForTimeout(1000);
    expect(await saveState(panel)).toBe('idle');
    expect(await revisions()).toEqual(saved);
    await page.close();
  });
});
