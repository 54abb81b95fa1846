import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import { eventData, listPublicTimeline, sendMessage } from '@/api/requestEvents'
import { actAs } from '@/test/stackClient'
import { type Actor } from '../../supabase/tests/helpers'
import { accepted, officers, ok, resident, type Officers } from '@/test/citizenStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
let other: Actor
beforeAll(async () => {
  ;[o, warga, other] = await Promise.all([officers(), resident('api-ev'), resident('api-ev-lain')])
})

describe('listPublicTimeline and sendMessage', () => {
  it('shows the applicant the public events and messages in order, never internal notes', async () => {
    const r = await accepted(warga, o.petugas)
    ok(await o.petugas.client.rpc('add_internal_note', { request_id: r.id, body: 'Catatan internal petugas.' }))
    ok(await o.petugas.client.rpc('send_message', { request_id: r.id, body: 'Mohon konfirmasi format data.' }))
    actAs(warga)
    const id = await sendMessage(r.id, '  Format Excel, terima kasih. <script>x</script>  ')
    expect(typeof id).toBe('number')

    const timeline = await listPublicTimeline(r.id)
    expect(timeline.map((e) => [e.kind, e.to_status, e.actor_role])).toEqual([
      ['submitted', 'submitted', 'pemohon'],
      ['accepted', 'in_process', 'petugas'],
      ['message', null, 'petugas'],
      ['message', null, 'pemohon'],
    ])
    expect(timeline.at(-1)!.body).toBe('Format Excel, terima kasih. <script>x</script>')
    expect(eventData(timeline[0]!, 'due_notice_on')).toBe(r.due_notice_on)
    expect(eventData(timeline[0]!, 'missing')).toBeUndefined()
  })

  it('refuses an empty message and another citizen\'s request, and hides that timeline', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(warga)
    const empty = await sendMessage(r.id, '   ').catch((e: unknown) => e)
    expect(empty).toBeInstanceOf(DbFailure)
    expect((empty as DbFailure).reason).toBe('reason_required')
    actAs(other)
    const denied = await sendMessage(r.id, 'Halo').catch((e: unknown) => e)
    expect((denied as DbFailure).reason).toBe('not_found')
    expect(await listPublicTimeline(r.id)).toEqual([])
  })
})
