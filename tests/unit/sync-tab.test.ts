import { afterEach, describe, expect, it, vi } from 'vitest';
import { CANDIDATES_XPATH, SYNC_TAB_HEADINGS, watchScreen } from '../../lib/page/sync-tab';
import { pageLang, toLang } from '../../lib/i18n/lang';
import { adminTenantOf } from '../../lib/hosts';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

const syncTab = (connections = 'ERP connections') => `<h2>Sync Connectors</h2><table></table><h2> ${connections} </h2><table></table>`;
// happy-dom has no XPath: the watcher is tested here with a stand-in look, the real look
// (currentScreen) in Chromium (tests/e2e/sync-tab-browser.test.ts).
const look = () => (document.body.textContent?.includes('Sync Connectors') ? 'sync-tab' : 'other-admin-screen');

describe('the XPath the launcher asks Chromium (written out for speed)', () => {
  it('names exactly the headings of SYNC_TAB_HEADINGS (as parts of a text), each behind the first-word filter', () => {
    const headings = [...SYNC_TAB_HEADINGS.connectors, ...SYNC_TAB_HEADINGS.connections];
    const firstWords = [...new Set(headings.map((t) => t.split(/[\s-]/)[0]))];
    const normalised = "normalize-space(translate(., '\u00a0', ' '))";
    const derived =
      `//body//text()[${firstWords.map((w) => `contains(., '${w}')`).join(' or ')}][not(parent::script or parent::style) and string-length() <= 200]` +
      `[${headings.map((t) => `contains(${normalised}, '${t}')`).join(' or ')}]`;
    expect(CANDIDATES_XPATH).toBe(derived);
  });
});

describe('watchScreen', () => {
  it('reports screen changes made without a page load, debounced', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = watchScreen((s) => seen.push(s), look, 100);
    expect(seen).toEqual(['other-admin-screen']);
    document.body.innerHTML = syncTab();
    document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(150);
    expect(seen).toEqual(['other-admin-screen', 'sync-tab']);
    document.body.innerHTML = '<h2>Users</h2>';
    await vi.advanceTimersByTimeAsync(150);
    expect(seen).toEqual(['other-admin-screen', 'sync-tab', 'other-admin-screen']);
    stop();
    document.body.innerHTML = syncTab();
    await vi.advanceTimersByTimeAsync(150);
    expect(seen).toHaveLength(3);
    vi.useRealTimers();
  });
});

describe('language', () => {
  it('follows the CRM page, then the browser, then English', () => {
    expect(toLang('nb-NO')).toBe('no');
    expect(toLang('nn')).toBe('no');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('de')).toBeNull();
    document.documentElement.lang = 'no';
    expect(pageLang(document, { language: 'en-US' })).toBe('no');
    document.documentElement.lang = 'sv';
    expect(pageLang(document, { language: 'nb' })).toBe('no');
    expect(pageLang(document, { language: 'fr' })).toBe('en');
  });
});

describe('adminTenantOf', () => {
  it('finds host and CustID of SuperOffice Online admin pages only', () => {
    expect(adminTenantOf('https://sod2.superoffice.com/Cust9/admin/default.aspx?x#y')).toEqual({ origin: 'https://sod2.superoffice.com', custId: 'Cust9' });
    expect(adminTenantOf('https://online.superoffice.com/Cust12345/admin')).not.toBeNull();
    for (const url of [
      'https://online.superoffice.com/Cust12345/default.aspx',
      'https://online.superoffice.com:8443/Cust12345/admin/default.aspx',
      'https://superoffice.com.evil.example/Cust1/admin/',
      'https://online.superoffice.com/x/Cust1/admin/',
      'http://online.superoffice.com/Cust1/admin/',
      'not a url',
    ]) {
      expect(adminTenantOf(url), url).toBeNull();
    }
  });
});

describe('watchScreen when a look fails', () => {
  it('keeps watching: the next change of the page is still seen', async () => {
    document.body.innerHTML = '<p>Users</p>';
    const seen: string[] = [];
    let fail = true;
    const stop = watchScreen((s) => {
      if (fail) {
        fail = false;
        throw new Error('the page broke our button');
      }
      seen.push(s);
    }, look, 10);
    await new Promise((r) => setTimeout(r, 30));
    document.body.append(document.createElement('span')); // some unrelated change: the failed one is retried
    await vi.waitFor(() => expect(seen).toEqual(['other-admin-screen']), { timeout: 1000 });
    document.body.innerHTML = syncTab();
    // The failed change is tried again at the next one.
    await vi.waitFor(() => expect(seen).toEqual(['other-admin-screen', 'sync-tab']), { timeout: 1000 });
    stop();
  });
});
