// Bytes → text the way an XML reader decides the encoding: the HTTP charset when declared, else a
// byte order mark, else the XML declaration's encoding, else UTF-8. Strictly: bytes that are not
// valid in that encoding are reported (the CRM's .NET reader refuses them), never silently
// replaced, so a test cannot pass here on text the CRM would not read.

export interface DecodedBody {
  text: string;
  /** The encoding used, as a label TextDecoder knows. */
  charset: string;
  /** False when some bytes were not valid in `charset` (`text` then holds U+FFFD for them). */
  valid: boolean;
}

const DECL = /^<\?xml\s[^>]{0,200}?encoding\s*=\s*["']([A-Za-z][\w.:-]{0,40})["']/;

function known(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Which encoding the body is in, by the rules above (an unknown label counts as not declared). */
export function sniffCharset(contentType: string, bytes: Uint8Array): string {
  const declared = known(/charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]);
  if (declared) return declared;
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  // The declaration is ASCII in every encoding a connector could use without a BOM.
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return known(DECL.exec(head)?.[1]) ?? 'utf-8';
}

export function decodeBody(contentType: string, bytes: Uint8Array): DecodedBody {
  const charset = sniffCharset(contentType, bytes);
  try {
    return { text: new TextDecoder(charset, { fatal: true }).decode(bytes), charset, valid: true };
  } catch {
    return { text: new TextDecoder(charset).decode(bytes), charset, valid: false };
  }
}
