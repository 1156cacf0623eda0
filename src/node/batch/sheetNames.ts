/**
 * Excel sheet names for the per-file sheets: at most 31 characters, none of []:*?/\ (and no
 * apostrophe, which would need escaping in every link and print-title), unique without
 * regard to case, as Excel compares them.
 */

const MAX = 31;
const FORBIDDEN = /[[\]:*?/\\']/g;

export class SheetNamer {
  private readonly used = new Set<string>();

  /** @param reserved names already taken (the summary sheets) */
  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) this.used.add(r.toLowerCase());
  }

  /**
   * A fresh name close to `wanted`.
   * @example namer.name("อบต.ตัวอย่าง") // "อบต.ตัวอย่าง", then "อบต.ตัวอย่าง (2)"
   */
  name(wanted: string): string {
    const clean = wanted.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim() || "sheet";
    const base = Array.from(clean).slice(0, MAX).join("").trim();
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()) || name.toLowerCase() === "history"; n++) {
      const suffix = ` (${n})`;
      name =
        Array.from(base)
          .slice(0, MAX - suffix.length)
          .join("")
          .trim() + suffix;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}
