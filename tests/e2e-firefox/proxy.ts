// Firefox has no host-resolver flag: it is pointed (by its proxy prefs) at this CONNECT proxy,
// which tunnels SuperOffice's hostnames to the local stand-in and refuses everything else.
// Loopback only, both ways: it listens on 127.0.0.1 and connects only to 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface TestProxy {
  port: number;
  /** Hosts asked for and refused (anything but the mapped ones): a test can assert nothing left. */
  refused: string[];
  close(): Promise<void>;
}

/** `routes`: "host:port" as the browser asks for it → the loopback port it is sent to. */
export async function startProxy(routes: Record<string, number>): Promise<TestProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain HTTP through the proxy is not needed (the stand-in is HTTPS, loopback goes direct).
    refused.push(req.url ?? '');
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('not through this proxy');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = routes[(req.url ?? '').toLowerCase()];
    if (target === undefined) {
      refused.push(req.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(target, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    refused,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
