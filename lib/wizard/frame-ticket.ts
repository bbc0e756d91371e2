// The wizard frame's first act: wait for the ticket its content script posts in, and claim it with
// the background, which binds this frame to its tab and tenant. Messages from anything but the
// parent window are ignored; a wrong ticket (a page script can post too) is refused by the
// background and the frame keeps waiting for the real one, a few times at most.
import type { FrameBinding } from '../messages/frame-protocol';
import { TICKET_MESSAGE } from '../page/wizard-frame';

const MAX_CLAIMS = 10;

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
    // Kept listening: reloaded by the page, the frame gets a fresh ticket on the consultant's next open.
    win.addEventListener('message', onMessage);
  });
}
