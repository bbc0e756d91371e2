// Browser test vs CRM test: the verdict and the plain explanation for each combination.
import { describe, expect, it } from 'vitest';
import { compareTests, isPrivateHost, type CrmError } from '../../lib/crm';

const forbidden: CrmError = { kind: 'forbidden', status: 403, detail: null, endpoint: 'x', message: { en: 'Denied.', no: 'Nektet.' } };

describe('compareTests', () => {
  it('browser ok, CRM no → the CRM cannot reach what the browser can', () => {
    const c = compareTests('ok', false, 'https://erp.example.com/ErpConnectorWS.svc');
    expect(c).toMatchObject({ verdict: 'crm-cannot-reach', tone: 'error' });
    expect(c.message.en).toMatch(/CRM’s servers cannot reach a host your browser can: a firewall, a private address \(e\.g\. 10\.x\/192\.168\.x\/localhost\), or a certificate/);
    expect(c.message.no).toMatch(/brannmur.*privat adresse.*sertifikat/);
    expect(c.message.en).not.toMatch(/is private/);
  });

  it('names a private address when the URL has one', () => {
    expect(compareTests('ok', false, 'http://192.168.1.20/ErpConnectorWS.svc').message.en).toMatch(/192\.168\.1\.20 is private/);
    expect(compareTests('ok', false, 'http://localhost:8080/x').message.no).toMatch(/localhost er privat/);
  });

  it('browser fails, CRM ok → the CRM result is what matters', () => {
    for (const kind of ['unreachable', 'tls', 'timeout'] as const) {
      const c = compareTests(kind, true, 'https://erp.example.com/x');
      expect(c).toMatchObject({ verdict: 'browser-cannot-reach', tone: 'ok' });
      expect(c.message.en).toMatch(/reachable from the CRM but not from this browser \(e\.g\. a VPN or firewall on your side\) — the CRM’s result is what matters/);
    }
    expect(compareTests('connector-error', true).message.en).toMatch(/signed by SuperOffice/);
  });

  it('browser spoke the wrong contract, CRM ok → not a network problem: the Advanced part is named', () => {
    const c = compareTests('contract-mismatch', true, 'https://erp.example.com/ErpConnectorWS.svc');
    expect(c).toMatchObject({ verdict: 'browser-cannot-reach', tone: 'ok' });
    expect(c.message.en).toMatch(/did not understand this browser’s call: it speaks another contract/);
    expect(c.message.en).not.toMatch(/VPN|firewall/);
    expect(c.message.no).toMatch(/under Avansert/);
  });

  it('both fail → check URL and fields; both ok', () => {
    expect(compareTests('connector-error', false)).toMatchObject({ verdict: 'both-failed', tone: 'error' });
    expect(compareTests('http-status', false).message.en).toMatch(/Check the connector’s URL and the configuration fields/);
    expect(compareTests('ok', true)).toMatchObject({ verdict: 'both-ok', tone: 'ok' });
  });

  it('app:// and plugin:// → only the CRM can test (a browser result is ignored)', () => {
    expect(compareTests(null, null, 'app://erp-sync-demo').message.en).toMatch(/only the CRM can test/);
    expect(compareTests('bad-url', true, 'plugin://demo')).toMatchObject({ verdict: 'crm-only-ok' });
    expect(compareTests(null, true, 'app://x').message.no).toMatch(/Bare CRM-et kan teste/);
    expect(compareTests(null, false, 'app://x')).toMatchObject({ verdict: 'crm-only-failed', tone: 'error' });
  });

  it('one side only, not run, or a CRM error', () => {
    expect(compareTests(null, null)).toMatchObject({ verdict: 'not-tested', tone: 'info' });
    expect(compareTests('ok', null)).toMatchObject({ verdict: 'browser-only-ok' });
    expect(compareTests('unreachable', null)).toMatchObject({ verdict: 'browser-only-failed', tone: 'warning' });
    expect(compareTests('not-permitted', true)).toMatchObject({ verdict: 'crm-only-ok' });
    expect(compareTests('ok', forbidden)).toMatchObject({ verdict: 'crm-error', tone: 'error', message: { en: 'The CRM could not run its test: Denied.' } });
  });
});

describe('isPrivateHost', () => {
  it.each([['10.0.0.5', true], ['172.20.1.1', true], ['172.32.0.1', false], ['192.168.0.1', true], ['127.0.0.1', true], ['localhost', true], ['erp', true], ['erp.local', true], ['[::1]', true], ['fd00::1', true], ['erp.example.com', false], ['8.8.8.8', false]])('%s → %s', (h, want) => {
    expect(isPrivateHost(h)).toBe(want);
  });
});
