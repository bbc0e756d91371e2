// @vitest-environment node
// The CLI: --help, the STANDIN_READY line with parseable JSON, flags taking effect, clean SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = ['--import', 'tsx', 'standin/cli.ts'];

describe('standin/cli.ts', () => {
  it('--help prints the usage and exits 0', () => {
    const r = spawnSync(process.execPath, [...CLI, '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--crm-port');
    expect(r.stdout).toContain('--connector-mode');
  });

  it('prints STANDIN_READY with the addresses, serves them, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [...CLI, '--crm-port', '0', '--connector-port', '0', '--https', '--app', 'mine=http://127.0.0.1:9/x', '--connector-mode', 'files=fault'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const ready = await new Promise<Record<string, unknown>>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no READY line:\n${out}`)), 20_000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const line = out.split('\n').find((l) => l.startsWith('STANDIN_READY '));
        if (line) {
          clearTimeout(timer);
          done(JSON.parse(line.slice('STANDIN_READY '.length)) as Record<string, unknown>);
        }
      });
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    });
    expect(Object.keys(ready)).toEqual(['crmOrigin', 'connectorOrigin', 'adminUrl', 'connectors']);
    expect(ready.crmOrigin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.adminUrl).toBe(`${String(ready.crmOrigin)}/Cust12345/admin/default.aspx`);
    const connectors = ready.connectors as Record<string, string>;
    expect(Object.keys(connectors)).toEqual(['finance', 'files', 'strict']);
    expect(out).toContain('CRM admin (NO):');
    expect(out).toContain('/__standin/control');
    const files = await fetch(connectors.files ?? '', { method: 'POST', body: '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><WSGetConfigData/></s:Body></s:Envelope>' });
    expect(files.status).toBe(500);
    expect(await files.text()).toContain('a:InternalServiceFault');
    const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
