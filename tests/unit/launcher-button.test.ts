import { afterEach, describe, expect, it } from 'vitest';
import { pageLang } from '../../lib/i18n/lang';
import { LAUNCHER_TAG, mountLauncher } from '../../lib/page/launcher-button';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

const button = () => document.querySelector(LAUNCHER_TAG)?.shadowRoot?.querySelector('button');

describe('mountLauncher', () => {
  it("follows the page's language when the CRM switches it while the page is open", async () => {
    document.documentElement.lang = 'en';
    const unmount = mountLauncher(() => pageLang(document, {}), () => Promise.resolve(true));
    expect(button()?.textContent).toBe('ERP Sync setup');
    document.documentElement.lang = 'nb-NO';
    await new Promise((r) => setTimeout(r, 0));
    expect(button()?.textContent).toBe('ERP-synk-oppsett');
    expect(button()?.title).toMatch(/^Åpne veiledet oppsett/);
    unmount();
    expect(document.querySelector(LAUNCHER_TAG)).toBeNull();
    document.documentElement.lang = 'en'; // no observer left behind to throw on a removed button
  });
});
