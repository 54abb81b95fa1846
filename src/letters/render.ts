import type { jsPDF as JsPdf } from 'jspdf'
import { pdfSafe } from './text'
import type { LetterBlock, LetterDoc } from './types'

type JsPdfConstructor = typeof JsPdf

const PAGE = { width: 210, height: 297, left: 25, right: 20, top: 15, bottom: 22 }
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right
const SIZE = 11
const LINE = 5.2
const LABEL_WIDTH = 58

/**
 * Lays a letter out on A4 with the standard Times font (WinAnsi: Indonesian text needs nothing more)
 * and returns the PDF's bytes. Pure: the jsPDF constructor comes from the caller, who loads it lazily.
 */
export function renderLetter(JsPDF: JsPdfConstructor, letter: LetterDoc): Uint8Array {
  const pdf = new JsPDF({ unit: 'mm', format: 'a4', compress: true })
  pdf.setProperties({ title: pdfSafe(letter.title), subject: pdfSafe(letter.reference), creator: 'Layanan Permohonan Informasi Publik' })
  let y = PAGE.top

  const font = (style: 'normal' | 'bold', size = SIZE) => {
    pdf.setFont('times', style)
    pdf.setFontSize(size)
  }
  const ensure = (height: number) => {
    if (y + height <= PAGE.height - PAGE.bottom) return
    pdf.addPage()
    y = PAGE.top + 5
  }
  const wrap = (text: string, width: number): string[] => pdf.splitTextToSize(pdfSafe(text), width) as string[]
  const write = (text: string, x: number, width: number, style: 'normal' | 'bold' = 'normal') => {
    font(style)
    for (const line of wrap(text, width)) {
      ensure(LINE)
      pdf.text(line, x, y + 4)
      y += LINE
    }
  }

  // Letterhead: the agency's lines centred, its contacts, and a double rule.
  letter.letterhead.forEach((line, i) => {
    font(i < 2 ? 'bold' : 'normal', i < 2 ? 13 : 11)
    for (const part of wrap(line, TEXT_WIDTH)) {
      pdf.text(part, PAGE.width / 2 + (PAGE.left - PAGE.right) / 2, y + 5, { align: 'center' })
      y += 5.6
    }
  })
  font('normal', 9)
  for (const part of wrap(letter.contact, TEXT_WIDTH)) {
    pdf.text(part, PAGE.width / 2 + (PAGE.left - PAGE.right) / 2, y + 4, { align: 'center' })
    y += 4.2
  }
  y += 2
  pdf.setLineWidth(0.8)
  pdf.line(PAGE.left, y, PAGE.width - PAGE.right, y)
  pdf.setLineWidth(0.2)
  pdf.line(PAGE.left, y + 1.2, PAGE.width - PAGE.right, y + 1.2)
  y += 6

  font('bold', 12)
  for (const part of wrap(letter.title, TEXT_WIDTH)) {
    pdf.text(part, PAGE.width / 2 + (PAGE.left - PAGE.right) / 2, y + 4, { align: 'center' })
    y += 5.8
  }
  y += 3
  fields(letter.meta, 28)
  y += 3
  for (const line of letter.addressee) write(line, PAGE.left, TEXT_WIDTH)
  y += 3

  function fields(rows: [string, string][], labelWidth = LABEL_WIDTH) {
    for (const [label, value] of rows) {
      font('normal')
      const labels = wrap(label, labelWidth - 2)
      const values = wrap(value, TEXT_WIDTH - labelWidth - 4)
      const lines = Math.max(labels.length, values.length)
      for (let i = 0; i < lines; i++) {
        ensure(LINE)
        if (labels[i]) pdf.text(labels[i]!, PAGE.left, y + 4)
        if (i === 0) pdf.text(':', PAGE.left + labelWidth, y + 4)
        if (values[i]) pdf.text(values[i]!, PAGE.left + labelWidth + 3, y + 4)
        y += LINE
      }
    }
  }

  const block = (b: LetterBlock) => {
    switch (b.kind) {
      case 'paragraph':
        for (const para of b.text.split('\n')) write(para, PAGE.left, TEXT_WIDTH, b.bold ? 'bold' : 'normal')
        break
      case 'heading':
        ensure(LINE * 2)
        write(b.text, PAGE.left, TEXT_WIDTH, 'bold')
        break
      case 'fields':
        fields(b.rows)
        break
      case 'list':
        b.items.forEach((item, i) => {
          font('normal')
          ensure(LINE)
          pdf.text(`${i + 1}.`, PAGE.left + 2, y + 4)
          write(item, PAGE.left + 9, TEXT_WIDTH - 9)
        })
        break
    }
    y += 2.5
  }
  letter.blocks.forEach(block)

  // Signature block on the right, kept on one page.
  const x = PAGE.left + TEXT_WIDTH * 0.52
  const width = TEXT_WIDTH * 0.48
  ensure(LINE * 9)
  y += 4
  write(letter.signature.date, x, width)
  write(letter.signature.position, x, width, 'bold')
  y += LINE * 3.5
  write(letter.signature.name, x, width, 'bold')
  if (letter.signature.nip) write(`NIP ${letter.signature.nip}`, x, width)

  const pages = pdf.getNumberOfPages()
  for (let page = 1; page <= pages; page++) {
    pdf.setPage(page)
    font('normal', 8)
    const foot = wrap(`${letter.reference} · Halaman ${page} dari ${pages}`, TEXT_WIDTH)
    foot.forEach((line, i) => pdf.text(line, PAGE.left, PAGE.height - 12 + i * 3.5))
  }
  return new Uint8Array(pdf.output('arraybuffer'))
}
