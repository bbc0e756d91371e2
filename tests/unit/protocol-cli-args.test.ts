import { describe, expect, it } from 'vitest';
import { langFromEnv, parseArgs } from '../../cli/args';
import { EXIT, exitCodeFor } from '../../cli/exit-codes';
import { OUTCOME_KINDS } from '../../lib/protocol/outcome';

describe('erp-connector-check arguments', () => {
  it('parses the URL, repeated fields (values may contain =), and options in both spellings', () => {
    const r = parseArgs(['https://erp/x.svc', '--field', 'a=1', '-f', 'conn=k=v', '--field=b=', '--lang=nb', '--json', '--timeout', '2.5', '--namespace', 'urn:ns']);
    expect(r).toEqual({
      ok: true,
      args: { url: 'https://erp/x.svc', fields: { a: '1', conn: 'k=v', b: '' }, lang: 'no', json: true, timeoutMs: 2500, namespace: 'urn:ns', help: false },
    });
  });

  it.each([
    [[], /Missing the connector URL/],
    [['a', 'b'], /exactly one/],
    [['u', '--field', 'novalue'], /KEY=VALUE/],
    [['u', '--field', '=x'], /KEY=VALUE/],
    [['u', '--field', 'a=1', '--field', 'a=2'], /twice/],
    [['u', '--lang', 'de'], /no or en/],
    [['u', '--timeout', '0'], /seconds/],
    [['u', '--timeout', '30'], /at most 25/],
    [['u', '--timeout'], /seconds/],
    [['u', '--namespace'], /namespace URI/],
    [['u', '--verbose'], /Unknown option --verbose/],
  ] as const)('refuses %j', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('--help needs no URL; the language defaults from LANG', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, args: { help: true } });
    expect(langFromEnv({ LANG: 'nb_NO.UTF-8' })).toBe('no');
    expect(langFromEnv({ LANG: 'en_US.UTF-8', LC_ALL: 'nn_NO' })).toBe('no');
    expect(langFromEnv({ LANG: 'C' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });

  it('maps every outcome kind to a documented exit code', () => {
    const codes = Object.fromEntries(OUTCOME_KINDS.map((k) => [k, exitCodeFor(k)]));
    expect(codes).toEqual({
      ok: 0, 'connector-error': 1, 'bad-url': 2, 'not-permitted': 2, unreachable: 3, tls: 3, timeout: 3, cancelled: 3,
      redirect: 4, 'http-status': 4, 'not-soap': 4, 'too-large': 4, 'soap-fault': 4, 'contract-mismatch': 4,
    });
    expect(Object.values(EXIT)).toEqual([0, 1, 2, 3, 4]);
  });
});
