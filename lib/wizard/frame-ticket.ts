// The wizard frame's first act: wait for the ticket its content script posts in, and claim it with
// the background, which binds this frame to its tab and tenant. Messages from anything but the
// parent window are ignored; a wrong ticket (a page script can post too) is refused by the
// background and the frame keeps waiting for the real one, a few times at most.
import type { FrameBinding } from '../messages/frame-protocol';
import { TICKET_MESSAGE } from '../page/wizard-frame';

const MAX_CLAIMS = 10;
/** No ticket by then: not placed on the consultant's open (or refused); the frame says so. */
const WAIT_MS = 8000;

export function waitForBinding(claim: (ticket: string) => Promise<FrameBinding | null>, win: Window = window): Promise<FrameBinding | null> {
  return new Promise((resolve) => {
    let done = false;
    let tries = 0;
    const onMessage = (e: MessageEvent) => {
      if (done || e.source !== win.parent) return;
      const d = e.data as { type?: unknown; ticket?: unknown } | null;
      if (d?.type !== TICKET_MESSAGE || typeof d.ticket !== 'string' || !/^[0-9a-f-]{36}$/i.test(d.ticket)) return;
      tries += 1;
      void claim(d.ticket).then((b) => {
        if (done) return;
        if (b || tries >= MAX_CLAIMS) {
          done = true;
          win.removeEventListener('message', onMessage);
          resolve(b);
        }
      });
    };
    win.addEventListener('message', onMessage);
    win.setTimeout(() => {
      if (done) return;
      done = true;
      win.removeEventListener('message', onMessage);
      resolve(null);
    }, WAIT_MS);
  });
}
