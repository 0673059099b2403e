// Members exceljs 4 has at run time but leaves out of its typings.
import "exceljs";

declare module "exceljs" {
  interface Worksheet {
    /** Position among the sheets; the workbook orders its sheets by it. */
    orderNo: number;
    dataValidations: {
      add(address: string, validation: DataValidation): void;
      model: Record<string, DataValidation>;
    };
    conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
  }
}
