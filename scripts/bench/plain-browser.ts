// The same Chromium, flags and host mapping as the extension's, with no extension: the baseline
// that "what the extension costs a page" is measured against, in the same run.
import { launchProfile } from '../../tests/e2e/browser';

export const launchPlain = (crmPort: number) => launchProfile(crmPort);
