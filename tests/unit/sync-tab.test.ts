import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentScreen, watchScreen } from '../../lib/page/sync-tab';
import { pageLang, toLang } from '../../lib/i18n/lang';
import { adminTenantOf } from '../../lib/hosts';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

const syncTab = (connections = 'ERP connections') => `<h2>Sync Connectors</h2><table></table><h2> ${connections} </h2><table></table>`;

describe('currentScreen', () => {
  it('recognises the Sync tab by its two list headings, in English and Norwegian', () => {
    document.body.innerHTML = syncTab();
    expect(currentScreen()).toBe('sync-tab');
    document.body.innerHTML = syncTab('ERP-koblinger');
    expect(currentScreen()).toBe('sync-tab');
  });

  it('recognises headings the page breaks over lines or spaces oddly (the quick pre-check must not rule them out)', () => {
    document.body.innerHTML = '<h2>Sync\n   Connectors</h2><table></table><h2>ERP\u00a0 connections</h2>';
    expect(currentScreen()).toBe('sync-tab');
  });

  it('needs both headings, visible', () => {
    document.body.innerHTML = '<h2>Sync Connectors</h2>';
    expect(currentScreen()).toBe('other-admin-screen');
    document.body.innerHTML = `<div style="display:none">${syncTab()}</div>`;
    expect(currentScreen()).toBe('other-admin-screen');
    document.body.innerHTML = `<p>Read about ERP connections and Sync Connectors here</p>`;
    expect(currentScreen()).toBe('other-admin-screen');
  });
});

describe('watchScreen', () => {
  it('reports screen changes made without a page load, debounced', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = watchScreen((s) => seen.push(s), document, 100);
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
    }, document, 10);
    await new Promise((r) => setTimeout(r, 30));
    document.body.append(document.createElement('span')); // some unrelated change: the failed one is retried
    await vi.waitFor(() => expect(seen).toEqual(['other-admin-screen']), { timeout: 1000 });
    document.body.innerHTML = syncTab();
    // The failed change is tried again at the next one.
    await vi.waitFor(() => expect(seen).toEqual(['other-admin-screen', 'sync-tab']), { timeout: 1000 });
    stop();
  });
});
