// API base from the admin page's URL, and the XSRF token found the way SuperOffice's web client
// finds it (cookie first, then a hidden input), on real happy-dom documents.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { apiBaseFromUrl, crmLocationFromUrl, discoverCrmSession, readXsrfCookie, readXsrfToken } from '../../lib/crm';

function page(url: string, html = '', cookie?: string): Document {
  const w = new Window({ url });
  w.document.body.innerHTML = html;
  if (cookie) w.document.cookie = cookie;
  return w.document as unknown as Document;
}

describe('API base from the page URL', () => {
  it.each([
    ['https://online.superoffice.com/Cust12345/admin/default.aspx', 'https://online.superoffice.com/Cust12345/api/v1/', 'Cust12345'],
    ['https://sod2.superoffice.com/cust9/Admin/Default.aspx?x=1#quote-sync/sync', 'https://sod2.superoffice.com/cust9/api/v1/', 'cust9'],
    ['https://crm.customer.example/SuperOffice/admin/default.aspx', 'https://crm.customer.example/SuperOffice/api/v1/', null],
    ['https://crm.customer.example/apps/crm/admin/settings/sync', 'https://crm.customer.example/apps/crm/api/v1/', null],
    ['http://127.0.0.1:4123/Cust12345/admin/default.aspx', 'http://127.0.0.1:4123/Cust12345/api/v1/', 'Cust12345'],
    ['https://crm.example/admin/default.aspx', 'https://crm.example/api/v1/', null],
  ])('%s', (url, base, custId) => {
    expect(apiBaseFromUrl(url)).toBe(base);
    expect(crmLocationFromUrl(new URL(url))?.custId).toBe(custId);
  });

  it('no admin segment, another scheme or no URL → null', () => {
    expect(apiBaseFromUrl('https://online.superoffice.com/Cust12345/default.aspx')).toBeNull();
    expect(apiBaseFromUrl('https://crm.example/crmadmin/default.aspx')).toBeNull();
    expect(apiBaseFromUrl('file:///Cust1/admin/x')).toBeNull();
    expect(apiBaseFromUrl('not a url')).toBeNull();
  });
});

describe('XSRF token discovery', () => {
  const URL_ = 'https://online.superoffice.com/Cust12345/admin/default.aspx';

  it('reads the readable XSRF-TOKEN cookie (URL-decoded), before any hidden input', () => {
    const doc = page(URL_, '<input type="hidden" name="X-XSRF-TOKEN" value="from-input">', 'XSRF-TOKEN=a%2Bb%3D');
    expect(readXsrfToken(doc)).toEqual({ token: 'a+b=', source: 'cookie' });
  });

  it.each([
    // docs/en/api/web-services/webapi/index.md: "an INPUT field XSRF_TOKEN" (as a name, or as an id).
    ['<form><input type="hidden" name="XSRF_TOKEN" value="documented"></form>', 'documented'],
    ['<input type="hidden" id="XSRF_TOKEN" value="by-id">', 'by-id'],
    ['<input type="hidden" name="other" value="x"><input type="hidden" name="XSRF_TOKEN" value="first-documented"><input type="hidden" id="xsrf-token" value="older">', 'first-documented'],
    ['<form><input type="hidden" id="xsrf-token" name="X-XSRF-TOKEN" value="t1"></form>', 't1'],
    ['<input type="hidden" id="xsrf-token" value="t2">', 't2'],
    ['<input type="hidden" name="XSRF-TOKEN" value=" t3 ">', 't3'],
  ])('falls back to a hidden input: %s', (html, token) => {
    expect(readXsrfToken(page(URL_, html))).toEqual({ token, source: 'input' });
  });

  it('cookie parsing ignores look-alikes and empty values', () => {
    expect(readXsrfCookie('X-XSRF-TOKEN=no; XSRF-TOKEN2=no; XSRF-TOKEN=; lang=no')).toBeNull();
    expect(readXsrfCookie('lang=no;  XSRF-TOKEN=yes ; other=1')).toBe('yes');
    expect(readXsrfCookie('XSRF-TOKEN=%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('nothing on the page → null; discoverCrmSession says why in both languages', () => {
    const doc = page(URL_, '<input type="hidden" name="other" value="x">');
    expect(readXsrfToken(doc)).toBeNull();
    const s = discoverCrmSession(doc);
    expect(s).toMatchObject({ ok: false, reason: 'no-xsrf-token' });
    if (!s.ok) expect(s.message.no).toMatch(/sikkerhetsnøkkel/);
    expect(discoverCrmSession(page('https://crm.example/main/default.aspx', '<input id="xsrf-token" value="x">'))).toMatchObject({ ok: false, reason: 'not-admin-page' });
  });

  it('discoverCrmSession gives the API base and a reader that follows a renewed cookie', () => {
    const doc = page(URL_, '<input type="hidden" id="xsrf-token" name="X-XSRF-TOKEN" value="old">');
    const s = discoverCrmSession(doc);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.location.apiBase).toBe('https://online.superoffice.com/Cust12345/api/v1/');
    expect(s.source).toBe('input');
    expect(s.xsrfToken()).toBe('old');
    doc.cookie = 'XSRF-TOKEN=renewed';
    expect(s.xsrfToken()).toBe('renewed');
  });
});
