// @vitest-environment node
// erp-connector-check as a real process against the connector stand-in: output, --json, exit codes.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedPortUrl } from '../fixtures/protocol/servers';
import { startStandin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

let standin: Awaited<ReturnType<typeof startStandin>>;
const CLI = resolve(process.cwd(), 'cli/erp-connector-check.ts');

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, LANG: 'C', LC_ALL: '' }, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

useStandin((started) => (standin = started));

describe('erp-connector-check', () => {
  it('--help documents flags and exit codes (exit 0); no URL is a usage error (exit 2)', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--field KEY=VALUE/);
    expect(help.stdout).toMatch(/Exit codes:/);
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Missing the connector URL/);
    expect((await cli('x', '--timeout', '99')).code).toBe(2);
  });

  it('lists the finance fields in Norwegian, with list items from WSGetList (exit 0)', async () => {
    const r = await cli(standin.connectorUrl('finance'), '--lang', 'no');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('companyDb  [Text Mandatory]  "Firmadatabase"');
    expect(r.stdout).toContain('valg (departments): 100=Salg, 200=Økonomi, 300=Lager, 400=Kundeservice');
    expect(r.stdout).toContain('standard true ([I:1])');
    expect(r.stdout).toMatch(/WSGetConfigData: ok in \d+ ms/);
  });

  it('--json gives the fields with decoded defaults', async () => {
    const r = await cli(standin.connectorUrl('files'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { exitCode: number; outcome: string; fields: Array<{ FieldKey: string; FieldType: string; default: string | null; label: string }> };
    expect(report).toMatchObject({ exitCode: 0, outcome: 'ok' });
    expect(report.fields.map((f) => [f.FieldKey, f.FieldType, f.default])).toEqual([
      ['exportFolder', 'Text', 'C:\\ERPExchange\\Export'], ['fileMask', 'Text', null], ['batchSize', 'Integer', '500'],
      ['currencyRate', 'Double', '10.5'], ['syncFrom', 'Datetime', '2024-01-01'], ['deleteAfterImport', 'Checkbox', 'false'],
    ]);
    expect(report.fields[3]?.label).toBe('Currency rate');
  });

  it('encodes --field values per type, shows what it sent, and passes (exit 0)', async () => {
    const r = await cli(standin.connectorUrl('files'), '--field', 'fileMask=*.csv', '--field', 'syncFrom=2024-02-29 12:00', '-f', 'currencyRate=11.5', '--json');
    const report = JSON.parse(r.stdout) as { exitCode: number; sent: Record<string, string> };
    expect(r.code).toBe(0);
    expect(report.sent).toEqual({
      exportFolder: 'C:\\ERPExchange\\Export', fileMask: '*.csv', batchSize: '[I:500]', currencyRate: '[F:11.5]',
      syncFrom: '[DT:02/29/2024 12:00:00.0000000]', deleteAfterImport: '[I:0]',
    });
  });

  it('a refused test exits 1 with the connector\'s explanation, and never prints the password', async () => {
    const r = await cli(standin.connectorUrl('finance'), '--lang', 'no', '--field', 'companyDb=DEMO', '--field', 'username=demo', '--field', 'password=hemmelig-pw');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('TESTEN FEILET');
    expect(r.stdout).toContain('Forklaring: Brukernavnet eller passordet er feil.');
    expect(r.stdout).toContain('Feilkode: INVALID_CREDENTIALS');
    expect(r.stdout).toContain('password = <11 characters hidden>');
    expect(r.stdout).not.toContain('hemmelig-pw');
    const ok = await cli(standin.connectorUrl('finance'), '--field', 'companyDb=demo', '--field', 'username=demo', '--field', 'password=demo123');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('TEST PASSED');
  });

  it('a missing mandatory field is left for the connector to judge (exit 1 with its ErrorCode)', async () => {
    const r = await cli(standin.connectorUrl('finance'), '--field', 'username=demo', '--json');
    const report = JSON.parse(r.stdout) as { problems: Array<{ FieldKey: string; code: string }>; calls: Array<{ operation: string; ErrorCode?: string }> };
    expect(r.code).toBe(1);
    expect(report.problems).toEqual([expect.objectContaining({ FieldKey: 'companyDb', code: 'missing-mandatory' }), expect.objectContaining({ FieldKey: 'password', code: 'missing-mandatory' })]);
    expect(report.calls.at(-1)).toMatchObject({ operation: 'WSTestConfigData', kind: 'connector-error', ErrorCode: 'MISSING_MANDATORY_FIELD' });
  });

  it('values that do not fit the fields exit 2 and nothing is sent', async () => {
    const r = await cli(standin.connectorUrl('finance'), '--field', 'pageSize=many', '--field', 'nosuch=1', '--field', 'department=999');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/not a whole number/);
    expect(r.stdout).toMatch(/no field "nosuch"/);
    expect(r.stdout).toMatch(/not an item of the list departments/);
    expect(r.stdout).toContain('Nothing was sent.');
    expect(r.stdout).not.toContain('WSTestConfigData:');
  });

  it('exit 3 for an unreachable connector and for a timeout', async () => {
    const refused = await cli(await closedPortUrl());
    expect(refused.code).toBe(3);
    expect(refused.stdout).toMatch(/unreachable/);
    await standin.setConnectorMode('files', 'hang');
    const hung = await cli(standin.connectorUrl('files'), '--timeout', '0.5');
    expect(hung.code).toBe(3);
    expect(hung.stdout).toMatch(/timeout/);
  });

  it('exit 4 when something else answers (login page, Windows auth, fault)', async () => {
    for (const mode of ['html-login', 'windows-auth', 'fault'] as const) {
      await standin.setConnectorMode('finance', mode);
      const r = await cli(standin.connectorUrl('finance'), '--json');
      expect(r.code, mode).toBe(4);
      expect((JSON.parse(r.stdout) as { outcome: string }).outcome).toBe(mode === 'fault' ? 'soap-fault' : 'not-soap');
    }
  });

  it('exit 2 for an app:// URL, with a hint to test from the CRM', async () => {
    const r = await cli('app://0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/reached by the CRM only/);
  });
});
