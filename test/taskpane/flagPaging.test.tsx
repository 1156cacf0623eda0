import "./setup";
import { fireEvent, render } from "@testing-library/react";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import type { Flag } from "../../src/core/flags/flag";
import type { Measure } from "../../src/core/model";
import { makeT } from "../../src/taskpane/i18n/t";
import type { FlagGroup } from "../../src/taskpane/state/groupFlags";
import { FLAG_PAGE, pageGroups } from "../../src/taskpane/state/pageGroups";
import { FlagList } from "../../src/taskpane/views/FlagList";

const noCss = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

function flag(row: number, code: Flag["code"] = "OVERDUE"): Flag {
  return { code, severity: "warning", sheet: "S", cell: `D${row}`, row, params: {} };
}

/** `sizes[i]` flags in group i, each group a measure on its own row. */
function groupsOf(sizes: number[]): FlagGroup[] {
  let row = 1;
  return sizes.map((n, i) => {
    const measure = { sheet: "S", row: i + 1, rows: [i + 1], no: String(i + 1), title: `m${i}` };
    const flags = Array.from({ length: n }, () => flag(row++));
    return { key: `S|${i + 1}`, measure: measure as unknown as Measure, flags };
  });
}

describe("pageGroups", () => {
  it("keeps whole groups up to the limit and cuts the one that crosses it", () => {
    const page = pageGroups(groupsOf([3, 4, 5]), 5);
    expect(page).toMatchObject({ shown: 5, total: 12 });
    expect(page.groups.map((g) => g.flags.length)).toEqual([3, 2]);
  });

  it("returns everything, untouched, when the limit is not reached", () => {
    const groups = groupsOf([2, 2]);
    const page = pageGroups(groups, 10);
    expect(page).toMatchObject({ shown: 4, total: 4 });
    expect(page.groups[0]).toBe(groups[0]);
    expect(page.groups[1]).toBe(groups[1]);
  });
});

describe("FlagList paging", () => {
  function renderList(groups: FlagGroup[]) {
    return render(
      <RendererProvider renderer={noCss} targetDocument={document}>
        <FlagList
          groups={groups}
          lang="th"
          t={makeT("th")}
          onNavigate={() => undefined}
          onAcknowledge={() => undefined}
        />
      </RendererProvider>,
    );
  }
  const items = () => document.querySelectorAll("li[data-code]").length;
  const more = () => document.querySelector<HTMLElement>("[data-action=show-more]");

  it("renders one page of a long list and adds a page per 'show more' until all are shown", () => {
    const total = FLAG_PAGE * 2 + 37;
    renderList(groupsOf(Array.from({ length: total }, () => 1)));
    expect(items()).toBe(FLAG_PAGE);
    expect(document.querySelector("[data-total]")?.getAttribute("data-total")).toBe(String(total));
    fireEvent.click(more()!);
    expect(items()).toBe(FLAG_PAGE * 2);
    fireEvent.click(more()!);
    expect(items()).toBe(total);
    expect(more()).toBeNull();
  });

  it("shows no 'show more' for a list that fits one page", () => {
    renderList(groupsOf([3, 2]));
    expect(items()).toBe(5);
    expect(more()).toBeNull();
  });
});
