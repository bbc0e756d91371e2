// Start the stand-in exactly as a person would (its CLI), and read the addresses it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface StandinAddresses {
  crmOrigin: string;
  connectorOrigin: string;
  adminUrl: string;
  connectors: Record<string, string>;
}

export interface RunningStandin extends StandinAddresses {
  crmPort: number;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

export async function startStandinProcess(extraArgs: string[] = []): Promise<RunningStandin> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'standin/cli.ts', '--https', '--crm-port', '0', '--connector-port', '0', ...extraArgs],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = await new Promise<StandinAddresses>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`stand-in did not start in 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('STANDIN_READY '));
      if (line) {
        clearTimeout(timer);
        done(JSON.parse(line.slice('STANDIN_READY '.length)) as StandinAddresses);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`stand-in exited with ${code}:\n${output}`));
    });
  });
  return {
    ...ready,
    crmPort: Number(new URL(ready.crmOrigin).port),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
