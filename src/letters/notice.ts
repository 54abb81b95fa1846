import type { Enums } from '@/types/database.types'
import { consequenceFields, frame, groundsText, LAW, methods, objectionRight, requestFields } from './common'
import { enumLabel, letterDate, rupiah } from './text'
import type { LetterBlock, LetterData, LetterDoc } from './types'

const INFORMATION_STATUS: Record<Enums<'information_status'>, string> = {
  dikuasai: 'Dikuasai',
  tidak_dikuasai: 'Tidak dikuasai',
  belum_didokumentasikan: 'Belum dikuasai / belum didokumentasikan',
}

const FORMS: Record<string, string> = { softcopy: 'Salinan elektronik (softcopy)', hardcopy: 'Salinan cetak (hardcopy)' }

function feeBlocks(data: LetterData): LetterBlock[] {
  if (data.fees.length === 0) return [{ kind: 'fields', rows: [['Biaya', 'Tanpa biaya (Rp 0)']] }]
  return [
    { kind: 'heading', text: 'Rincian biaya (biaya penggandaan/pengiriman sesuai biaya riil)' },
    { kind: 'list', items: data.fees.map((f) => `${f.item}: ${f.quantity} × ${rupiah(f.unit_price)} = ${rupiah(f.quantity * f.unit_price)}`) },
    { kind: 'fields', rows: [['Jumlah biaya', rupiah(data.request.fee_total)]] },
  ]
}

function grantedBlocks(data: LetterData, partial: boolean): LetterBlock[] {
  const r = data.request
  const blocks: LetterBlock[] = [
    { kind: 'paragraph', text: partial
      ? 'Informasi yang Saudara minta dapat diberikan sebagian. Bagian yang dikecualikan dihitamkan atau dikaburkan, dengan alasan sebagai berikut:'
      : 'Informasi yang Saudara minta dapat diberikan seluruhnya.' },
  ]
  if (partial) {
    blocks.push({ kind: 'list', items: groundsText(data) })
    const test = consequenceFields(data)
    if (test.length > 0) blocks.push({ kind: 'heading', text: 'Ringkasan uji konsekuensi (Pasal 19)' }, { kind: 'fields', rows: test })
  }
  blocks.push(
    {
      kind: 'fields',
      rows: [
        ['Bentuk informasi', r.information_forms.map((f) => FORMS[f] ?? f).join(', ') || '-'],
        ...methods(data),
        ['Waktu penyediaan informasi', r.delivery_due_on ? `paling lambat ${letterDate(r.delivery_due_on)}` : 'bersama surat ini'],
      ],
    },
    ...feeBlocks(data),
  )
  return blocks
}

function decisionBlocks(data: LetterData): LetterBlock[] {
  const r = data.request
  switch (r.decision_type) {
    case 'granted_full':
      return grantedBlocks(data, false)
    case 'granted_partial':
      return grantedBlocks(data, true)
    case 'rejected_exempt': {
      const test = consequenceFields(data)
      return [
        { kind: 'paragraph', text: 'Permohonan Saudara ditolak karena informasi yang diminta merupakan informasi yang dikecualikan berdasarkan:' },
        { kind: 'list', items: groundsText(data) },
        ...(test.length > 0 ? [{ kind: 'heading', text: 'Ringkasan uji konsekuensi (Pasal 19)' } as const, { kind: 'fields', rows: test } as const] : []),
      ]
    }
    case 'not_held_forwarded':
      return [{ kind: 'paragraph', text: `Informasi yang Saudara minta tidak dikuasai oleh ${data.agency.name}. Informasi tersebut dikuasai oleh `
        + `${r.holder_body ?? '-'}; Saudara dapat mengajukan permohonan kepada badan publik tersebut (${LAW} Pasal 22 ayat (7) huruf b).` }]
    case 'not_held_unknown':
      return [{ kind: 'paragraph', text: `Informasi yang Saudara minta tidak dikuasai oleh ${data.agency.name}, dan kami tidak mengetahui badan publik yang menguasainya.` }]
    case 'not_yet_documented':
      return [{ kind: 'paragraph', text: 'Informasi yang Saudara minta belum dikuasai atau belum didokumentasikan sehingga belum dapat diberikan.' }]
    default:
      throw new Error('A written notice needs a decision.')
  }
}

/** Surat Pemberitahuan Tertulis (UU 14/2008 Pasal 22 ayat (7); domain.md §4.1) for every decision type. */
export function composeNotice(data: LetterData): LetterDoc {
  const r = data.request
  const decision = r.decision_type ? enumLabel('decisionType', r.decision_type) : '-'
  const blocks: LetterBlock[] = [
    {
      kind: 'paragraph',
      text: `Berdasarkan permohonan informasi publik yang Saudara ajukan pada ${letterDate(r.received_on)} dengan nomor pendaftaran `
        + `${r.registration_no}, bersama ini kami sampaikan pemberitahuan tertulis sesuai ${LAW} Pasal 22 ayat (7):`,
    },
    { kind: 'fields', rows: requestFields(data) },
    { kind: 'heading', text: 'Pemberitahuan' },
    {
      kind: 'fields',
      rows: [
        ['Status informasi', r.information_status ? INFORMATION_STATUS[r.information_status] : '-'],
        ['Keputusan', decision],
      ],
    },
    ...decisionBlocks(data),
  ]
  if (r.decision_note) blocks.push({ kind: 'heading', text: 'Keterangan' }, { kind: 'paragraph', text: r.decision_note })
  blocks.push({ kind: 'paragraph', text: objectionRight(data) })
  return { ...frame(data, 'SURAT PEMBERITAHUAN TERTULIS', `Pemberitahuan tertulis: ${decision}`), blocks }
}
