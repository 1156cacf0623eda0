/** Evidence links: which evidence entry is a web address, and its clickable form. */

const webAddress =
  /^(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.th|or\.th|ac\.th|in\.th|co\.th|com|net|org)(?:\/\S*)?)$/i;

/**
 * A web address with a scheme, so Excel and PDF viewers open it.
 * @example toHref("www.kaohuakhwai.go.th") // "http://www.kaohuakhwai.go.th"
 */
export function toHref(address: string): string {
  return /^https?:\/\//i.test(address) ? address : `http://${address}`;
}

/** The first evidence entry that is a web address, as a link target; null when none. */
export function firstLink(evidence: readonly string[]): string | null {
  const found = evidence.map((e) => e.trim()).find((e) => webAddress.test(e));
  return found ? toHref(found) : null;
}
