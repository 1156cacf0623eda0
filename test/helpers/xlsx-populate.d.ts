/** The little of xlsx-populate the test helpers use (it ships no types). */
declare module "xlsx-populate" {
  interface XlsxPopulateCell {
    value(v: string | number | boolean): XlsxPopulateCell;
  }
  interface XlsxPopulateSheet {
    cell(address: string): XlsxPopulateCell;
  }
  interface XlsxPopulateWorkbook {
    sheet(index: number): XlsxPopulateSheet;
    outputAsync(opts?: { password?: string }): Promise<Buffer>;
  }
  const XlsxPopulate: {
    fromBlankAsync(): Promise<XlsxPopulateWorkbook>;
    fromDataAsync(
      data: Buffer | Uint8Array,
      opts?: { password?: string },
    ): Promise<XlsxPopulateWorkbook>;
  };
  export default XlsxPopulate;
}
