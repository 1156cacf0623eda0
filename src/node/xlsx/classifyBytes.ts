/**
 * Tells what kind of file a byte array is before any parser sees it, so that a
 * renamed .csv or an old .xls gets a precise message instead of a parser error.
 * Pure: works on bytes only (it runs in the browser preview too).
 */
import type { ByteErrorCode, InputError } from "./inputError";
import { inputError } from "./inputError";

export type ByteClass = { kind: "xlsx" } | { kind: "rejected"; error: InputError<ByteErrorCode> };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream names an encrypted OOXML package (Agile or Standard encryption) stores in its CFB directory. */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"];
/** The part every .xlsx has; its name is stored uncompressed in the zip directory. */
const XLSX_WORKBOOK_PART = "xl/workbook.xml";
/** How much of a file the text sniffing looks at. */
const SNIFF_BYTES = 4096;

/**
 * Classifies the bytes of a would-be workbook.
 * @example classifyBytes(bytesOf("ลำดับ,มาตรการ\n๑,...")) → rejected NOT_XLSX_CSV
 */
export function classifyBytes(bytes: Uint8Array): ByteClass {
  if (bytes.length === 0) return reject("EMPTY_FILE");
  if (startsWith(bytes, ZIP_SIGNATURE)) return classifyZip(bytes);
  if (startsWith(bytes, CFB_SIGNATURE)) return classifyCfb(bytes);
  const text = textKind(bytes);
  if (text !== null) return reject("NOT_XLSX_CSV", text);
  return reject("CORRUPT", "unknown file signature");
}

function classifyZip(bytes: Uint8Array): ByteClass {
  if (indexOfBytes(bytes, ascii(XLSX_WORKBOOK_PART)) >= 0) return { kind: "xlsx" };
  // A zip without the workbook part may simply be truncated (the directory is at the end),
  // so let the zip reader report what it finds only when the directory is present.
  if (indexOfBytes(bytes, ascii("xl/workbook.bin")) >= 0) return reject("CORRUPT", "xlsb");
  if (indexOfBytes(bytes, ascii("application/vnd.oasis.opendocument")) >= 0) {
    return reject("CORRUPT", "opendocument");
  }
  return { kind: "xlsx" };
}

function classifyCfb(bytes: Uint8Array): ByteClass {
  // Excel saves a password-protected .xlsx as a CFB container holding the encrypted package.
  for (const name of ENCRYPTION_STREAMS) {
    if (indexOfBytes(bytes, utf16le(name)) >= 0) return reject("PASSWORD_PROTECTED");
  }
  return reject("NOT_XLSX_XLS");
}

/**
 * "csv", "utf16-text", "html" or "xml" when the bytes look like text a user might have
 * renamed to .xlsx (Excel opens all of these and can save them as .xlsx); else null.
 */
function textKind(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return "utf16-text";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf16-text";
  let delimiters = 0;
  for (const b of head) {
    // Text has no NULs and no control bytes other than tab, CR, LF, FF; high bytes may be
    // UTF-8 or TIS-620 Thai, so they are accepted as they are.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return null;
    if (b === 0x7f) return null;
    if (b === 0x2c || b === 0x09 || b === 0x0a || b === 0x3b) delimiters++;
  }
  const start = firstNonSpace(head);
  if (head[start] === 0x3c) {
    const lead = String.fromCharCode(...head.subarray(start, start + 5)).toLowerCase();
    return lead === "<?xml" ? "xml" : "html";
  }
  return delimiters > 0 ? "csv" : null;
}

function firstNonSpace(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  ) {
    i++;
  }
  return i;
}

function reject(code: ByteErrorCode, detail?: string): ByteClass {
  return { kind: "rejected", error: inputError(code, detail) };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

/** Position of `needle` in `hay`, or -1. Plain scan: files are a few MB at most. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  if (first === undefined) return 0;
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
