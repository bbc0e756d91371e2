// Each e2e file gets its own stand-in (started by its CLI) and its own Chromium with the
// extension loaded, torn down after the file.
import { afterAll, beforeAll } from 'vitest';
import { BUILD_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { startStandinProcess, type RunningStandin } from './standin-process';

export interface E2eSession {
  standin: RunningStandin;
  browser: ExtensionBrowser;
}

export function useE2eSession(buildDir = BUILD_DIR): E2eSession {
  const env = {} as E2eSession;
  beforeAll(async () => {
    env.standin = await startStandinProcess();
    env.browser = await launchWithExtension(env.standin.crmPort, buildDir);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.standin?.stop();
  });
  return env;
}
