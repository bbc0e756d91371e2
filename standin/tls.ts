// A self-signed certificate made at start for the HTTPS CRM. Browsers in the e2e tests map
// online.superoffice.com to 127.0.0.1 and ignore certificate errors; the names still match.
import { generate } from 'selfsigned';

export const CERT_NAMES = ['online.superoffice.com', '*.superoffice.com', 'localhost'];

export async function makeCertificate(): Promise<{ cert: string; key: string }> {
  const pems = await generate([{ name: 'commonName', value: 'online.superoffice.com' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...CERT_NAMES.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
