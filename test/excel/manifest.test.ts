import * as fs from "node:fs";
import * as path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
});
const doc = parser.parse(xml) as { OfficeApp: Node };
const app = doc.OfficeApp;
/** Children in document order (attributes and text left out). */
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(xml) as Node[];

function all<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** Every value of an attribute anywhere in the tree. */
function attrValues(node: unknown, attr: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attrValues(n, attr, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === attr && typeof v === "string") out.push(v);
      else attrValues(v, attr, out);
    }
  }
  return out;
}

const resources = (app.VersionOverrides as Node).Resources as Node;
const images = all((resources["bt:Images"] as Node)["bt:Image"] as Node[]);
const urls = all((resources["bt:Urls"] as Node)["bt:Url"] as Node[]);
const shorts = all((resources["bt:ShortStrings"] as Node)["bt:String"] as Node[]);
const longs = all((resources["bt:LongStrings"] as Node)["bt:String"] as Node[]);

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("has a GUID Id, an x.y.z.w Version and Thai default locale", () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe("th-TH");
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
  });

  it("orders the OfficeApp children as the schema requires", () => {
    const officeApp = ordered.find((n) => "OfficeApp" in n) as { OfficeApp: Node[] };
    const names = officeApp.OfficeApp.map((n) => Object.keys(n)[0]).filter(
      (k) => k && !k.startsWith("#"),
    );
    const schemaOrder = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(names.every((n) => schemaOrder.includes(n!))).toBe(true);
    const positions = names.map((n) => schemaOrder.indexOf(n!));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "Hosts",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]) {
      expect(names).toContain(required);
    }
  });

  it("overrides DisplayName and Description for en-US", () => {
    for (const el of ["DisplayName", "Description"]) {
      const node = app[el] as Node;
      expect(node["@DefaultValue"]).toMatch(/[\u0E00-\u0E7F]/);
      const override = node.Override as Node;
      expect(override["@Locale"]).toBe("en-US");
      expect(override["@Value"]).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it("defines every resid it uses, with Thai defaults and en-US overrides for strings", () => {
    const defined = new Set(
      [...images, ...urls, ...shorts, ...longs].map((n) => n["@id"] as string),
    );
    const used = attrValues(app.VersionOverrides, "@resid");
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
    for (const s of [...shorts, ...longs]) {
      expect(s["@DefaultValue"]).toMatch(/[\u0E00-\u0E7F]/);
      const o = s["bt:Override"] as Node;
      expect(o["@Locale"]).toBe("en-US");
      expect(o["@Value"]).toMatch(/^[\x20-\x7E]+$/);
    }
    for (const s of shorts) expect((s["@DefaultValue"] as string).length).toBeLessThanOrEqual(125);
    for (const s of longs) expect((s["@DefaultValue"] as string).length).toBeLessThanOrEqual(250);
  });

  it("puts a ribbon button on the Home tab that opens the task pane", () => {
    const tab = attrValues(app.VersionOverrides, "@id");
    expect(tab).toContain("TabHome");
    const button = shorts.find((s) => s["@id"] === "Button.Label")!;
    expect(button["@DefaultValue"]).toBe("ตรวจ ITA");
    expect((button["bt:Override"] as Node)["@Value"]).toBe("ITA Check");
    const pane = urls.find((u) => u["@id"] === "Taskpane.Url")!;
    expect(pane["@DefaultValue"]).toBe("https://localhost:3000/taskpane.html");
    expect(attrValues(app.VersionOverrides, "@xsi:type")).toContain("ShowTaskpane");
  });

  it("uses only https URLs on localhost:3000", () => {
    const values = [
      ...attrValues(app, "@DefaultValue"),
      ...all((app.AppDomains as Node).AppDomain as string[]),
    ];
    const found = values.filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(found.length).toBeGreaterThan(5);
    for (const u of found) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it("references icon files that exist with the declared pixel size", () => {
    const icons: [string, number][] = [
      [(app.IconUrl as Node)["@DefaultValue"] as string, 32],
      [(app.HighResolutionIconUrl as Node)["@DefaultValue"] as string, 64],
      ...images.map((i): [string, number] => [
        i["@DefaultValue"] as string,
        Number(/(\d+)x\1/.exec(i["@id"] as string)?.[1]),
      ]),
    ];
    expect(icons.map((i) => i[1]).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const [url, size] of icons) {
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("asks for ReadWriteDocument and ExcelApi 1.7 on Workbook", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(((app.Hosts as Node).Host as Node)["@Name"]).toBe("Workbook");
    const sets = (app.Requirements as Node).Sets as Node;
    const set = sets.Set as Node;
    expect(set["@Name"]).toBe("ExcelApi");
    expect(set["@MinVersion"]).toBe("1.7");
    expect(((app.DefaultSettings as Node).SourceLocation as Node)["@DefaultValue"]).toBe(
      "https://localhost:3000/taskpane.html",
    );
  });
});
