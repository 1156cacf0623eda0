import fc from "fast-check";
import { cleanCellText } from "../../../src/core/thai";

describe("cleanCellText", () => {
  test.each([
    ["<p>ต.ค. ๖๕</p> <p>-</p> <p>ก.ย. ๖๖</p>", "ต.ค. ๖๕\n-\nก.ย. ๖๖"],
    ["บรรทัด ๑<br>บรรทัด ๒<br/>บรรทัด ๓<BR />", "บรรทัด ๑\nบรรทัด ๒\nบรรทัด ๓"],
    ['<ul style="list-style-type: none"> - ข้อ ก<li>ข้อ ข</li></ul>', "- ข้อ ก\nข้อ ข"],
    ['<ol start="2"><li>หนึ่ง</li><li>สอง</li></ol>', "หนึ่ง\nสอง"],
    ['<div class="x">ก</div><div>ข</div>', "ก\nข"],
    ["<span style='color:red'>แดง</span><b>หนา</b>", "แดงหนา"],
    ["A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39;", "A & B <C> \"D\" 'E'"],
    ["ก&nbsp;&nbsp; ข", "ก ข"],
    ["&#3585;&#x0E02;&#X0e03;", "กขฃ"],
    ["&bogus; &#xD800; &#99999999;", "&bogus; &#xD800; &#99999999;"],
    ["a < b and 5<๖ ราย>", "a < b and 5<๖ ราย>"],
    ["  สอง   ช่อง  \r\n\r\n\r\n  บรรทัดใหม่ \r ", "สอง ช่อง\nบรรทัดใหม่"],
    ["<!-- comment -->ข้อความ<o:p></o:p>", "ข้อความ"],
    ["&lt;p&gt;", "<p>"],
  ])("%j → %j", (raw, text) => {
    expect(cleanCellText(raw).text).toBe(text);
  });

  test.each([
    ['<input type="checkbox"/> ยังไม่ได้ดำเนินการ', "☐ ยังไม่ได้ดำเนินการ"],
    ['<input checked="" type="checkbox"/> ดำเนินการ', "☑ ดำเนินการ"],
    ['<input type="checkbox" checked="checked"> ดำเนินการ', "☑ ดำเนินการ"],
    ["<input type=checkbox checked> ดำเนินการ", "☑ ดำเนินการ"],
    ["<INPUT TYPE='CHECKBOX' CHECKED/>ดำเนินการ", "☑ดำเนินการ"],
    ['<input type="checkbox" data-checked="1"/> x', "☐ x"],
    ['<input type="text" value="x"/>y', "y"],
    [
      '<p><input type="checkbox"/> ยังไม่ได้ดำเนินการ <input checked="" type="checkbox"/> ดำเนินการ</p>',
      "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    ],
  ])("checkbox %j → %j", (raw, text) => {
    expect(cleanCellText(raw).text).toBe(text);
  });

  test("links keep their text and collect their href", () => {
    const r = cleanCellText(
      '<p>ดูที่ <a href="https://www.x.go.th/a?b=1&amp;c=2">เว็บไซต์</a> และ <a target=_blank href=http://fb.com/x>FB</a></p><a href="">ว่าง</a>',
    );
    expect(r.text).toBe("ดูที่ เว็บไซต์ และ FB\nว่าง");
    expect(r.links).toEqual(["https://www.x.go.th/a?b=1&c=2", "http://fb.com/x"]);
  });

  test("plain text passes through, tidied", () => {
    expect(cleanCellText("ดำเนินการแล้ว")).toEqual({ text: "ดำเนินการแล้ว", links: [] });
    expect(cleanCellText("")).toEqual({ text: "", links: [] });
  });

  test("never throws, never leaves empty lines or untrimmed lines", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 6 }),
      fc.constantFrom(
        "<p>",
        "</p>",
        "<br>",
        "<a href='",
        '">',
        "</a>",
        "<input checked type=checkbox>",
        "&amp;",
        "&#",
        "&#x",
        ";",
        "<",
        ">",
        "\r\n",
        "\n",
        " ",
        "ก",
        "๑",
        '"',
        "<!--",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const r = cleanCellText(pieces.join(""));
        for (const line of r.text.split("\n")) {
          if (r.text === "") break;
          expect(line).toBe(line.trim());
          expect(line).not.toBe("");
        }
        expect(r.text).not.toMatch(/\r/);
      }),
    );
  });
});
