import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { toXlsx, XLSX_TYPE } from '@/lib/xlsx'

async function read(blob: Blob) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await blob.arrayBuffer())
  return book.worksheets[0]!
}

describe('toXlsx', () => {
  it('writes one sheet: a bold, frozen header and the cells as given', async () => {
    const blob = await toXlsx([['No.', 'Nama', 'Biaya'], ['PI-2026-00001', 'Siti Ğülşen – “Salinan”', 15000], ['PI-2026-00002', null, 0]], 'Register Permohonan')
    expect(blob.type).toBe(XLSX_TYPE)
    const sheet = await read(blob)
    expect(sheet.name).toBe('Register Permohonan')
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(2).values).toEqual([undefined, 'PI-2026-00001', 'Siti Ğülşen – “Salinan”', 15000])
    expect(sheet.getRow(3).getCell(2).value).toBeNull()
    expect(sheet.getRow(3).getCell(3).value).toBe(0)
  })

  it('keeps applicant text that looks like a formula as plain text', async () => {
    const sheet = await read(await toXlsx([['Rincian'], ['=HYPERLINK("http://x","klik")'], ['+1+1']], 'R'))
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://x","klik")')
    expect(sheet.getRow(3).getCell(1).value).toBe('+1+1')
  })

  it('makes a sheet name Excel accepts', async () => {
    const sheet = await read(await toXlsx([['a']], 'Register: keberatan/banding [2026] sangat panjang sekali'))
    expect(sheet.name).toBe('Register  keberatan banding  20')
    expect(sheet.name.length).toBeLessThanOrEqual(31)
  })
})
