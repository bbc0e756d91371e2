import { describe, expect, it } from 'vitest';
import type { ConfigField } from '../../lib/protocol';
import { insecurePasswordHost } from '../../lib/wizard/insecure';

const fields = [
  { FieldKey: 'user', FieldType: 'Text' },
  { FieldKey: 'pw', FieldType: 'Password' },
] as unknown as ConfigField[];

describe('a password to a plain http: connector', () => {
  it('is named before the test, with the host it would go to', () => {
    expect(insecurePasswordHost('http://erp.intra.example:8080/ErpConnectorWS.svc', fields, { user: 'a', pw: 'secret' })).toBe('erp.intra.example:8080');
  });
  it('is no concern over https:, or with no password typed', () => {
    expect(insecurePasswordHost('https://erp.example/ErpConnectorWS.svc', fields, { pw: 'secret' })).toBeNull();
    expect(insecurePasswordHost('http://erp.example/ErpConnectorWS.svc', fields, { user: 'a', pw: '' })).toBeNull();
    expect(insecurePasswordHost('not a url', fields, { pw: 'x' })).toBeNull();
  });
});
