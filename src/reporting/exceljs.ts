import type * as ExcelJs from 'exceljs';

let excelJs: typeof ExcelJs | undefined;

/**
 * exceljs is loaded at the first spreadsheet read or written (an Excel upload or template), not at
 * start: 13–15 MB resident that most instances' requests never use.
 */
export function loadExcelJs(): typeof ExcelJs {
  return (excelJs ??= require('exceljs') as typeof ExcelJs);
}
