// What the panel (in its own frame) asks of the CRM page around it, through the background and the
// content script there: today only "Show it in the list".
import { ask } from '../messages/send';

export async function revealInPage(name: string): Promise<boolean> {
  const r = await ask({ type: 'frame/reveal', name });
  return r.ok && r.value.found;
}
