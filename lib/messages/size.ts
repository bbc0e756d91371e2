// A cheap size check for an incoming message, done before any schema parsing: the browser hands
// us a parsed value, so this walks it once, roughly counting its JSON length (escapes not
// counted), and stops as soon as the cap is passed. No recursion: deep nesting cannot overflow.

/**
 * The cap on one message. The largest legitimate ones are a draft import (a 786 432-character
 * file) and a full draft save (500 values of 1 023 characters under 255-character keys, 2 000
 * visibility ids, 500 secret keys: about 800 000). A megabyte leaves room for both, while a
 * flood of megabytes is refused unread.
 */
export const MAX_MESSAGE_SIZE = 1024 * 1024;

/** The message's approximate JSON length, or `cap + 1` as soon as it is over the cap. */
export function messageSize(value: unknown, cap = MAX_MESSAGE_SIZE): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number') size += String(v).length;
    else if (typeof v === 'boolean') size += 5;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      // Pushing a huge array element by element is itself the cost we are avoiding.
      if (size > cap) return cap + 1;
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object' && v !== null) {
      size += 2;
      for (const key of Object.keys(v)) {
        size += key.length + 3;
        if (size > cap) return cap + 1;
        stack.push((v as Record<string, unknown>)[key]);
      }
    } else size += 4; // null (and what JSON cannot carry)
    if (size > cap) return cap + 1;
  }
  return size;
}
