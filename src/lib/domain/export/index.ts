/**
 * Spreadsheet export. `csv-tables` (columns per record kind) is light; `csv-export` pulls in PapaParse
 * and fflate, so import it dynamically where the person presses the button.
 */
export { CSV_TABLES, LIST_SEPARATOR, tableRows } from './csv-tables';
export type { AnyCsvTable, CsvColumn, CsvTable } from './csv-tables';
