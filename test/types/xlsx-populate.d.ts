// The part of xlsx-populate the test fixtures use (it ships no typings).
declare module "xlsx-populate" {
  interface Cell {
    value(v: string | number): Cell;
  }
  interface Sheet {
    cell(ref: string): Cell;
  }
  interface Workbook {
    sheet(index: number): Sheet;
    toFileAsync(path: string, options?: { password?: string }): Promise<void>;
  }
  const XlsxPopulate: { fromBlankAsync(): Promise<Workbook> };
  export default XlsxPopulate;
}
