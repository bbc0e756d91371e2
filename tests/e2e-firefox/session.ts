// Each Firefox test file gets its own stand-in (started by its CLI) and its own Firefox with the
// MV2 test build installed, torn down after the file.
import { afterAll, beforeAll } from 'vitest';
import { startStandinProcess, type RunningStandin } from '../e2e/standin-process';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

export interface FirefoxSession {
  standin: RunningStandin;
  firefox: FirefoxWithExtension;
}

export function useFirefoxSession(): FirefoxSession {
  const env = {} as FirefoxSession;
  beforeAll(async () => {
    env.standin = await startStandinProcess();
    env.firefox = await launchFirefox(env.standin.crmPort);
  });
  afterAll(async () => {
    await env.firefox?.close();
    await env.standin?.stop();
  });
  return env;
}
