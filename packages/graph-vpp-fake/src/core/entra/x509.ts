/** One DER element: where its contents start and end. */
interface DerElement {
  tag: number;
  /** Where the element (its tag) starts. */
  offset: number;
  start: number;
  end: number;
  next: number;
}

function readElement(der: Uint8Array, offset: number): DerElement {
  const tag = der[offset] ?? -1;
  let length = der[offset + 1] ?? 0;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  if (end > der.length) throw new TypeError('apps: the certificate PEM is truncated.');
  return { tag, offset, start, end, next: end };
}

/**
 * The SubjectPublicKeyInfo of an X.509 certificate (DER): the seventh field of tbsCertificate
 * when it has a version, the sixth otherwise. Just enough ASN.1 for WebCrypto's `spki` import.
 */
export function spkiOfCertificate(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const certificate = readElement(der, 0);
  const tbs = readElement(der, certificate.start);
  let field = readElement(der, tbs.start);
  if (field.tag === 0xa0) field = readElement(der, field.next); // [0] version
  // serial → signature algorithm → issuer → validity → subject → subjectPublicKeyInfo
  for (let i = 0; i < 5; i++) field = readElement(der, field.next);
  return der.slice(field.offset, field.end);
}
