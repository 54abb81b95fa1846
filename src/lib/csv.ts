export type CsvCell = string | number | boolean | null | undefined

/**
 * CSV for Excel users in Indonesia: UTF-8 with a BOM (so Excel reads the encoding), `;` by default
 * (id-ID Excel uses `,` as the decimal separator), CRLF rows, and cells that start like a formula
 * (`= + - @`, tab, CR) prefixed with `'` so a spreadsheet never executes applicant-supplied text.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], delimiter = ';'): string {
  const escape = (cell: CsvCell): string => {
    let text = cell === null || cell === undefined ? '' : String(cell)
    if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `\ufeff${rows.map((row) => row.map(escape).join(delimiter)).join('\r\n')}\r\n`
}

/** Offers `content` as a file download without a server round trip. */
export function downloadText(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([content], { type }))
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName })
  document.body.append(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}
