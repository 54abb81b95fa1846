import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, type Actor } from './helpers.ts'
import { member, officers, ok, refused, type Officers } from './process-helpers.ts'

// The officer-written sections of the LLIP (migration 20261126004010): one row per period, written only
// through save_report_narrative by a petugas or the PPID, with a conflict for a stale screen.
let o: Officers
let warga: Actor
let year = 2030

beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), member('warga-narasi')])
})

/** A period no other test in this file used (each test gets its own year). */
const period = () => {
  year += 1
  return { period_from: `${year}-01-01`, period_to: `${year}-12-31` }
}

describe('save_report_narrative', () => {
  test('a petugas creates, the PPID edits with the updated_at they loaded, a stale screen gets a conflict', async () => {
    const p = period()
    const first = ok(await o.petugas.client.rpc('save_report_narrative', { ...p, sections: { policy: 'Kebijakan layanan.\nBaris dua.' } })).data!
    expect(first).toMatchObject({ ...p, policy: 'Kebijakan layanan.\nBaris dua.', implementation: null, updated_by: o.petugas.id })
    const second = ok(await o.ppid.client.rpc('save_report_narrative', {
      ...p, sections: { implementation: '  Pelaksanaan umum.  ', budget: '' }, expected_updated_at: first.updated_at,
    })).data!
    // Sections not sent keep their text; blanks become null; text is trimmed.
    expect(second).toMatchObject({ policy: 'Kebijakan layanan.\nBaris dua.', implementation: 'Pelaksanaan umum.', budget: null, updated_by: o.ppid.id })
    expect(second.updated_at).not.toBe(first.updated_at)
    refused(await o.petugas.client.rpc('save_report_narrative', { ...p, sections: { policy: 'Timpa' }, expected_updated_at: first.updated_at }), 'conflict', 409)
    refused(await o.petugas.client.rpc('save_report_narrative', { ...p, sections: { policy: 'Timpa' } }), 'conflict', 409)
    const [row] = await sql(`select policy from public.report_narratives where period_from = $1 and period_to = $2`, [p.period_from, p.period_to])
    expect(row).toEqual({ policy: 'Kebijakan layanan.\nBaris dua.' })
    const audited = await sql(`select count(*)::int n from public.audit_log where action = 'save_report_narrative' and entity_id = $1`, [String(first.id)])
    expect(audited).toEqual([{ n: 2 }])
  })

  test('the Atasan PPID reads but does not write; admin, citizens and anon neither', async () => {
    const p = period()
    ok(await o.ppid.client.rpc('save_report_narrative', { ...p, sections: { recommendations: 'Rekomendasi tindak lanjut.' } }))
    const read = (who: Actor) => who.client.from('report_narratives').select('recommendations').eq('period_from', p.period_from)
    expect(ok(await read(o.atasan)).data).toEqual([{ recommendations: 'Rekomendasi tindak lanjut.' }])
    expect(ok(await read(o.admin)).data).toEqual([])
    expect(ok(await read(warga)).data).toEqual([])
    expect((await client().from('report_narratives').select('id')).error?.code).toBe('42501')
    for (const who of [o.atasan, o.admin, warga]) {
      refused(await who.client.rpc('save_report_narrative', { ...period(), sections: { policy: 'Tidak boleh.' } }), 'forbidden', 403)
    }
    expect((await client().rpc('save_report_narrative', { ...period(), sections: {} })).error?.code).toBe('42501')
    const direct = await o.ppid.client.from('report_narratives').insert({ period_from: '2099-01-01', period_to: '2099-12-31' })
    expect(direct.error?.code).toBe('42501')
    const update = await o.ppid.client.from('report_narratives').update({ policy: 'Langsung' }).eq('period_from', p.period_from)
    expect(update.error?.code).toBe('42501')
  })

  test('bad input changes nothing', async () => {
    const p = period()
    refused(await o.ppid.client.rpc('save_report_narrative', { ...p, sections: { salary: 'x' } }), 'text_invalid')
    refused(await o.ppid.client.rpc('save_report_narrative', { ...p, sections: { policy: 42 } }), 'text_invalid')
    refused(await o.ppid.client.rpc('save_report_narrative', { ...p, sections: ['policy'] }), 'text_invalid')
    refused(await o.ppid.client.rpc('save_report_narrative', { ...p, sections: { policy: 'a'.repeat(10001) } }), 'text_invalid')
    refused(await o.ppid.client.rpc('save_report_narrative', { ...p, sections: { policy: 'Teks \u202e terbalik' } }), 'text_invalid')
    refused(await o.ppid.client.rpc('save_report_narrative', { period_from: p.period_to, period_to: p.period_from, sections: {} }), 'invalid_range')
    expect(await sql(`select id from public.report_narratives where period_from = $1`, [p.period_from])).toEqual([])
    // Markup is stored verbatim (the SPA renders it as text), not refused.
    const saved = ok(await o.ppid.client.rpc('save_report_narrative', { ...p, sections: { policy: '<script>alert(1)</script>' } })).data!
    expect(saved.policy).toBe('<script>alert(1)</script>')
  })
})
