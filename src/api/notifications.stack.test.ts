import { beforeAll, describe, expect, it, vi } from 'vitest'
import { countUnread, listMyNotifications, markAllRead, markRead, unreadMessagesByRequest } from '@/api/notifications'
import { actAs } from '@/test/stackClient'
import { sql, type Actor } from '../../supabase/tests/helpers'
import { officers, ok, refusedRequest, resident, type Officers } from '@/test/citizenStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident('api-notif')])
})

describe('notifications', () => {
  it('lists a notification for every status change and officer message, counts and marks them read', async () => {
    const r = await refusedRequest(warga, o)
    ok(await o.petugas.client.rpc('send_message', { request_id: r.id, body: 'Surat pemberitahuan sudah kami kirim.' }))
    ok(await o.petugas.client.rpc('send_message', { request_id: r.id, body: 'Silakan hubungi kami bila perlu.' }))
    actAs(warga)

    const list = await listMyNotifications(warga.id)
    expect(list.map((n) => [n.kind, n.to_status])).toEqual([
      ['message', null],
      ['message', null],
      ['decided', 'closed'],
      ['accepted', 'in_process'],
    ])
    expect(list.every((n) => n.registration_no === r.registration_no && n.request_id === r.id && n.read_at === null)).toBe(true)
    expect(await countUnread(warga.id)).toBe(4)
    expect(await unreadMessagesByRequest(warga.id)).toEqual({ [r.id]: 2 })

    await markRead(warga.id, [list[0]!.id])
    expect(await countUnread(warga.id)).toBe(3)
    expect(await unreadMessagesByRequest(warga.id)).toEqual({ [r.id]: 1 })
    await markRead(warga.id, [])
    await markAllRead(warga.id, r.id)
    expect(await countUnread(warga.id)).toBe(0)
    expect((await listMyNotifications(warga.id)).every((n) => n.read_at !== null)).toBe(true)
  })

  it('marks all read across requests, and never touches another user\'s notifications', async () => {
    const a = await refusedRequest(warga, o)
    const b = await refusedRequest(warga, o)
    const other = await resident('api-notif-lain')
    const theirs = await refusedRequest(other, o)
    actAs(warga)
    expect(await countUnread(warga.id)).toBe(4)
    const [theirFirst] = await sql<{ id: number }>('select id from public.notifications where request_id = $1 and user_id = $2 limit 1', [theirs.id, other.id])
    await markRead(other.id, [theirFirst!.id])
    await markAllRead(other.id)
    expect(await listMyNotifications(other.id)).toEqual([])
    expect(await countUnread(warga.id)).toBe(4)
    await markAllRead(warga.id)
    expect(await countUnread(warga.id)).toBe(0)
    const [left] = await sql<{ n: number }>('select count(*)::int as n from public.notifications where request_id = $1 and user_id = $2 and read_at is null', [theirs.id, other.id])
    expect(left!.n).toBe(2)
    expect([a.id, b.id]).toHaveLength(2)
  })
})
