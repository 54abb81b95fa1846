import type { CsvCell } from '@/lib/csv'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The same rows as the CSV export, as an Excel workbook of one sheet: the first row is the header (bold,
 * frozen, filtered). exceljs is loaded only when an officer asks for the file (it costs ~250 KiB gzip).
 * Text goes in as text cells, never as formulas, so applicant-supplied `=…` stays inert without the
 * CSV's `'` prefix.
 */
export async function toXlsx(rows: readonly (readonly CsvCell[])[], sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'PPID'
  // Excel refuses sheet names over 31 characters or with []:*?/\
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === null || cell === undefined ? null : cell)))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  const width = rows[0]?.length ?? 0
  if (rows.length > 0 && width > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } }
  for (let c = 1; c <= width; c++) {
    const longest = Math.max(...rows.map((row) => String(row[c - 1] ?? '').length))
    sheet.getColumn(c).width = Math.min(Math.max(longest + 2, 10), 60)
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Blob([buffer], { type: XLSX_TYPE })
}
