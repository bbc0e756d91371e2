// Debian's Chromium, never a downloaded browser. Prefer the real binary over the wrapper
// script (the wrapper adds flags of its own).
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const INSTALL_HINT =
  'Chromium was not found. Install Debian\'s Chromium (as root): apt-get update && apt-get install -y chromium ' +
  '— or set CHROMIUM_PATH to a Chromium binary.';
