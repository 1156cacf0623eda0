/**
 * Manual page breaks: rows are laid out page by page so that no block of rows that belongs
 * together (a measure row; a group heading with its first measure; the summary and signature)
 * starts on one page and ends on the next. Pages after the first repeat the header row.
 */

/** Rows first..last (0-based, inclusive) that print on one page. */
export interface RowBlock {
  first: number;
  last: number;
}

export interface PageLayout {
  /** 0-based rows that start a new page, increasing. */
  breaks: number[];
  pages: number;
}

/**
 * Fills pages block by block. The builder asks it how much room is left before it splits a
 * long measure, so the pieces fill pages instead of leaving them half empty.
 */
export class PageCursor {
  readonly breaks: number[] = [];
  private used: number;
  private onPage: number;

  /**
   * @param pageHeight sheet points one page holds
   * @param headerHeight the header row repeated at the top of every page after the first
   * @param firstPageUsed rows from the top of the sheet through the header
   * @param hasTitles title rows above the header count as content: a first block that does not fit under them starts page 2
   */
  constructor(
    readonly pageHeight: number,
    readonly headerHeight: number,
    firstPageUsed: number,
    hasTitles: boolean,
  ) {
    this.used = firstPageUsed;
    this.onPage = hasTitles ? 1 : 0;
  }

  /** Points left on the current page. */
  get remaining(): number {
    return this.pageHeight - this.used;
  }

  /** Points a block gets on a fresh page, under the header. */
  get freshRoom(): number {
    return this.pageHeight - this.headerHeight;
  }

  /** Places a block of `height` starting at `firstRow`; starts a new page when it does not fit. */
  place(firstRow: number, height: number): void {
    if (this.onPage > 0 && this.used + height > this.pageHeight) {
      this.breaks.push(firstRow);
      this.used = this.headerHeight;
      this.onPage = 0;
    }
    this.used += height;
    this.onPage++;
  }

  get pages(): number {
    return this.breaks.length + 1;
  }
}

function blockHeight(heights: readonly number[], b: RowBlock): number {
  let h = 0;
  for (let r = b.first; r <= b.last; r++) h += heights[r] ?? 0;
  return h;
}

/**
 * Page breaks for rows of the given heights. A block too tall for a fresh page is placed
 * row by row.
 * @param heights row heights in points, row 0 first
 * @param headerRow 0-based row repeated at the top of every page
 * @param blocks the rows after the header, in order, grouped into blocks kept on one page
 * @param pageHeight sheet points one page holds
 */
export function layoutPages(
  heights: readonly number[],
  headerRow: number,
  blocks: readonly RowBlock[],
  pageHeight: number,
): PageLayout {
  const header = heights[headerRow] ?? 0;
  const cursor = new PageCursor(
    pageHeight,
    header,
    blockHeight(heights, { first: 0, last: headerRow }),
    headerRow > 0,
  );
  for (const block of blocks) {
    const h = blockHeight(heights, block);
    if (h <= cursor.freshRoom || block.first === block.last) cursor.place(block.first, h);
    else for (let r = block.first; r <= block.last; r++) cursor.place(r, heights[r] ?? 0);
  }
  return { breaks: cursor.breaks, pages: cursor.pages };
}
