// The reference Sync Connector: a plain-HTTP SOAP 1.1 server for IErpConnectorWS, two profiles,
// failure modes switchable per profile. No CORS headers on purpose (see the brief).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { closeServer, isLoopback, listen, readBody, send, sendJson, trackSockets } from '../http.ts';
import { answerHostile, encodeForMode, hostileFields, manyFieldsEnvelope, otherLoopbackOrigin, REDIRECTED_PATH, XXE_PATH, type Canaries } from './hostile.ts';
import { IIS_500_HTML, isConnectorMode, LOGIN_HTML, OVERSIZED_BYTES, SLOW_MS, type ConnectorMode } from './modes.ts';
import { answer, type ConnectionStore } from './operations.ts';
import { isProfileName, PROFILE_NAMES, PROFILES, type ProfileName } from './profiles.ts';
import { parseSoapRequest } from './request.ts';
import { isOperation, responseAction, soapAction } from './soap-ns.ts';
import { fail, faultEnvelope, resultEnvelope } from './wcf-result.ts';
import { helpPage, wsdl } from './wsdl.ts';
import { nullReference, readStrict } from './strict.ts';
import { metadataDisabledPage, metadataDoc, strictMetadata } from './wcf-wsdl.ts';

export interface ConnectorServer {
  port: number;
  setMode(profile: ProfileName, mode: ConnectorMode): void;
  modes(): Record<ProfileName, ConnectorMode>;
  /** How often the URLs that must never be fetched (XXE target, redirect target) were fetched. */
  canaries(): Canaries;
  /** A connection the connector already holds (saved before the stand-in started): seeds demo tenants. */
  remember(profile: ProfileName, guid: string, info: Record<string, string>): void;
  close(): Promise<void>;
}

const XML = { 'Content-Type': 'text/xml; charset=utf-8' };

/** Which profile a path addresses: `/<profile>/ErpConnectorWS.svc` or `/ErpConnectorWS.svc?ConnectorName=<profile>`. */
function profileOf(url: URL): string | null | undefined {
  const m = /^\/(?:([^/]+)\/)?ErpConnectorWS\.svc$/i.exec(url.pathname);
  if (!m) return undefined;
  if (m[1]) return decodeURIComponent(m[1]);
  for (const [k, v] of url.searchParams) if (k.toLowerCase() === 'connectorname') return v;
  return null;
}

export async function startConnector(port: number, host: string): Promise<ConnectorServer> {
  const modes = new Map<ProfileName, ConnectorMode>(PROFILE_NAMES.map((p) => [p, 'ok']));
  const store: ConnectionStore = new Map();
  const canaries: Canaries = { xxe: 0, redirected: 0 };

  async function soap(req: IncomingMessage, res: ServerResponse, profile: ProfileName | null, name: string): Promise<void> {
    const body = await readBody(req);
    const mode = profile ? (modes.get(profile) ?? 'ok') : 'ok';
    // Infrastructure in front of the service answers before WCF reads anything.
    // `hang` keeps the request open; close() destroys the socket, so the stand-in still stops.
    if (mode === 'hang') return;
    if (mode === 'windows-auth') return send(res, 401, '401 - Unauthorized: Access is denied due to invalid credentials.', { 'Content-Type': 'text/html', 'WWW-Authenticate': ['Negotiate', 'NTLM'] });
    if (mode === 'html-login') return send(res, 200, LOGIN_HTML, { 'Content-Type': 'text/html; charset=utf-8' });
    if (mode === 'http500-html') return send(res, 500, IIS_500_HTML, { 'Content-Type': 'text/html', Server: 'Microsoft-IIS/10.0' });
    if (mode === 'slow') await new Promise((r) => setTimeout(r, SLOW_MS));
    const header = (req.headers.soapaction ?? '').toString().trim().replace(/^"|"$/g, '');
    const contract = profile ? PROFILES[profile].contract : undefined;
    if (contract) return strictSoap(res, profile as ProfileName, contract, header, body, mode);
    const parsed = parseSoapRequest(body);
    const op = header ? (header.split('/').pop() ?? '') : parsed.ok ? parsed.req.bodyOp : '';
    if (answerHostile(mode, op, req, res)) return;
    if (!isOperation(op)) {
      const reason = `The message with Action '${header}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher. This may be because of either a contract mismatch (mismatched Actions between sender and receiver) or a binding/security mismatch between the sender and the receiver.  Check that sender and receiver have the same contract and the same binding (including security requirements, e.g. Message, Transport, None).`;
      return send(res, 500, faultEnvelope('ActionNotSupported', reason), XML);
    }
    if (mode === 'fault') return send(res, 500, faultEnvelope('InternalServiceFault', 'The server was unable to process the request due to an internal error.'), XML);
    if (mode === 'malformed') return send(res, 200, `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><${op}Response><${op}Result><a:IsOk>tru`, XML);
    if (!parsed.ok) return send(res, 400, faultEnvelope('DeserializationFailed', `The request message could not be read: ${parsed.reason}`), XML);
    const out = profile
      ? answer(op, profile, parsed.req, store, mode === 'wrong-credentials', mode === 'actors-without-connection')
      : { result: fail('CONNECTOR_NOT_FOUND', 'No connector with that name.', `No connector named '${name}' on this host`), payload: { kind: 'none' as const } };
    const headers = { ...XML, 'X-Soap-Action': responseAction(op) };
    if (out.payload.kind === 'fields' && out.payload.fields) {
      if (mode === 'many-fields-10000') return send(res, 200, manyFieldsEnvelope(), headers);
      out.payload = { kind: 'fields', fields: hostileFields(mode, out.payload.fields) };
    }
    const style = mode === 'bom-crlf' ? 'default-ns' : 'wcf';
    let xml = resultEnvelope(op, out.result, out.payload, style);
    if (mode === 'oversized') xml = xml.replace('</s:Body>', `<!--${'x'.repeat(OVERSIZED_BYTES)}--></s:Body>`);
    const encoded = encodeForMode(mode, xml);
    if (encoded) return send(res, 200, encoded.body, { ...headers, 'Content-Type': encoded.contentType });
    if (mode === 'bom-crlf') return send(res, 200, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')]), headers);
    send(res, 200, xml, headers);
  }

  /** A strict profile: WCF's dispatcher and serializer rules (strict.ts), then the same answers. */
  function strictSoap(res: ServerResponse, profile: ProfileName, contract: { contract: string; data: string }, header: string, body: string, mode: ConnectorMode): void {
    const read = readStrict(contract, header, body);
    if (!read.ok) return send(res, 500, faultEnvelope(read.code, read.reason), XML);
    const headers = { ...XML, 'X-Soap-Action': `${header}Response` };
    if (read.nulls.length) return send(res, 200, resultEnvelope(read.op, nullReference(read.op, read.nulls[0] ?? 'request'), { kind: 'none' }, 'wcf', contract), headers);
    const out = answer(read.op, profile, read.req, store, mode === 'wrong-credentials');
    send(res, 200, resultEnvelope(read.op, out.result, out.payload, 'wcf', contract), headers);
  }

  async function control(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopback(req)) return sendJson(res, 403, { error: 'loopback only' });
    if (req.method === 'GET') return sendJson(res, 200, Object.fromEntries(modes));
    let body: { profile?: unknown; mode?: unknown };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch {
      return sendJson(res, 400, { error: 'body must be JSON {"profile","mode"}' });
    }
    if (typeof body.profile !== 'string' || !isProfileName(body.profile)) return sendJson(res, 400, { error: `unknown profile; use one of ${PROFILE_NAMES.join(', ')}` });
    if (!isConnectorMode(body.mode)) return sendJson(res, 400, { error: 'unknown mode' });
    modes.set(body.profile, body.mode);
    sendJson(res, 200, { profile: body.profile, mode: body.mode });
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://connector');
    const handle = async () => {
      if (url.pathname === '/__control/mode') return control(req, res);
      if (url.pathname === '/__control/canaries') return isLoopback(req) ? sendJson(res, 200, canaries) : sendJson(res, 403, { error: 'loopback only' });
      // Never fetched by a safe client: counted, so tests can say nothing came here.
      if (url.pathname === XXE_PATH || url.pathname.startsWith(`${REDIRECTED_PATH}/`)) {
        canaries[url.pathname === XXE_PATH ? 'xxe' : 'redirected']++;
        return send(res, 410, 'This address is only ever fetched by a client that should not have.', { 'Content-Type': 'text/plain' });
      }
      const name = profileOf(url);
      if (name === undefined) return send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
      const profile = name !== null && isProfileName(name) ? name : null;
      const contract = profile ? PROFILES[profile].contract : undefined;
      if (req.method === 'GET' && contract) {
        const address = `http://${req.headers.host ?? 'localhost'}${url.pathname}`;
        const doc = metadataDoc(url.searchParams);
        const metaMode = modes.get(profile as ProfileName);
        if (metaMode === 'no-metadata') return send(res, 200, metadataDisabledPage(), { 'Content-Type': 'text/html; charset=UTF-8' });
        if (!doc) return send(res, 200, helpPage(), { 'Content-Type': 'text/html; charset=UTF-8' });
        const xml = strictMetadata(contract, address, doc);
        // A schema import from the other loopback origin: a safe client refuses it unfetched.
        const elsewhere = `${otherLoopbackOrigin(req.headers.host ?? '127.0.0.1')}${REDIRECTED_PATH}/imported.xsd`;
        return send(res, 200, metaMode === 'wsdl-foreign-import' ? xml.replace('<xs:import ', `<xs:import schemaLocation="${elsewhere}" namespace="urn:elsewhere"/><xs:import `) : xml, XML);
      }
      if (req.method === 'GET') {
        const wanted = url.searchParams.has('wsdl') || url.search.toLowerCase() === '?wsdl';
        return wanted ? send(res, 200, wsdl(`http://${req.headers.host ?? 'localhost'}${url.pathname}`), XML) : send(res, 200, helpPage(), { 'Content-Type': 'text/html; charset=UTF-8' });
      }
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed', { Allow: 'GET, POST' });
      return soap(req, res, profile, name ?? '');
    };
    handle().catch((e: unknown) => send(res, 500, faultEnvelope('InternalServiceFault', String(e)), XML));
  });
  const sockets: Set<Socket> = trackSockets(server);
  const bound = await listen(server, port, host);
  return {
    port: bound,
    setMode: (p, m) => void modes.set(p, m),
    modes: () => Object.fromEntries(modes) as Record<ProfileName, ConnectorMode>,
    canaries: () => ({ ...canaries }),
    remember: (p, guid, info) => {
      const saved = store.get(p) ?? new Map<string, Record<string, string>>();
      saved.set(guid.toLowerCase(), { ...info });
      store.set(p, saved);
    },
    close: () => closeServer(server, sockets),
  };
}

export { soapAction };
