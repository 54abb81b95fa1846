import { beforeAll, describe, expect, test } from 'vitest'
import { sql, type Actor } from './helpers.ts'
import { member, ok, value, withSettings } from './process-helpers.ts'

// The working-day clock of domain.md §3.2, with the 2026 calendar of §9.3.
let warga: Actor
beforeAll(async () => {
  warga = await member('jam')
})

const addWd = (start: string, n: number) => value('public.add_working_days($1::date, $2)', [start, n])
const receivedDay = (at: string) => value('public.received_day($1::timestamptz)', [at])

describe('the worked examples of §3.2', () => {
  const examples = [
    // received at (WITA, before the cut-off), received day, 10 WD, +7 WD
    { at: '2026-03-16T09:00:00+08:00', day: '2026-03-16', due: '2026-04-07', final: '2026-04-16' },
    { at: '2026-03-21T09:00:00+08:00', day: '2026-03-25', due: '2026-04-09', final: '2026-04-20' },
    { at: '2026-05-12T09:00:00+08:00', day: '2026-05-12', due: '2026-06-02', final: '2026-06-11' },
  ]
  test.each(examples)('received $at → due $due, extended $final (superuser SQL)', async ({ at, day, due, final }) => {
    expect(await receivedDay(at)).toBe(day)
    expect(await addWd(day, 10)).toBe(due)
    expect(await addWd(due, 7)).toBe(final)
    expect(await value('public.deadline_provisional($1::date, $2::date)', [day, final])).toBe('false')
  })

  test.each(examples)('received $at → due $due, extended $final (rpc as a signed-in user)', async ({ at, day, due, final }) => {
    expect(ok(await warga.client.rpc('received_day', { at })).data).toBe(day)
    expect(ok(await warga.client.rpc('add_working_days', { start: day, n: 10 })).data).toBe(due)
    expect(ok(await warga.client.rpc('add_working_days', { start: due, n: 7 })).data).toBe(final)
  })

  test('the 10 working days from Mon 16 Mar skip exactly the weekday holidays (Nyepi, Idul Fitri, Good Friday)', async () => {
    const skipped = ok(await warga.client.rpc('holidays_between', { a: '2026-03-16', b: '2026-04-07' })).data as { day: string; kind: string }[]
    expect(skipped.map((h) => h.day)).toEqual(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-04-03'])
    expect(skipped.map((h) => h.kind)).toEqual(['cuti_bersama', 'libur_nasional', 'cuti_bersama', 'cuti_bersama', 'cuti_bersama', 'libur_nasional'])
    // 22 calendar days, 6 weekend days, 6 holidays: 10 working days.
    expect(ok(await warga.client.rpc('working_days_between', { a: '2026-03-16', b: '2026-04-07' })).data).toBe(10)
  })
})

describe('working_days_between and is_working_day', () => {
  test.each([
    ['2026-03-16', '2026-03-16', 0],
    ['2026-03-16', '2026-03-17', 1],
    ['2026-03-17', '2026-03-25', 1], // 18–24 Mar are holidays, cuti bersama and a weekend
    ['2026-04-07', '2026-03-16', -10],
    ['2026-12-23', '2026-12-28', 1],
    ['2026-03-21', '2026-03-22', 0],
  ])('from %s to %s is %i working days', async (a, b, n) => {
    expect(await value('public.working_days_between($1::date, $2::date)', [a, b])).toBe(String(n))
  })

  test('weekends and holidays are not working days; add_working_days refuses a negative count', async () => {
    const days = await sql<{ d: string; w: boolean }>(
      "select d::date::text as d, public.is_working_day(d::date) as w from generate_series('2026-03-13'::date, '2026-03-25'::date, '1 day') d",
    )
    expect(days.filter((x) => x.w).map((x) => x.d)).toEqual(['2026-03-13', '2026-03-16', '2026-03-17', '2026-03-25'])
    const negative = await warga.client.rpc('add_working_days', { start: '2026-03-16', n: -1 })
    expect(negative.error?.code).toBe('22023')
  })
})

describe('received_day: cut-off hour, time zone', () => {
  test.each([
    ['Friday 15:59 WITA counts Friday', '2026-03-13T15:59:59+08:00', '2026-03-13'],
    ['Friday 16:00 WITA counts Monday', '2026-03-13T16:00:00+08:00', '2026-03-16'],
    ['Wednesday 16:00 before Kenaikan and its cuti bersama counts Monday', '2026-05-13T16:00:00+08:00', '2026-05-18'],
    ['Tuesday 16:30 before Nyepi and Idul Fitri counts Wednesday 25 Mar', '2026-03-17T16:30:00+08:00', '2026-03-25'],
    ['23:30 UTC is already the next morning in WITA', '2026-03-16T23:30:00Z', '2026-03-17'],
    ['07:59 UTC is 15:59 WITA', '2026-03-13T07:59:00Z', '2026-03-13'],
    ['08:00 UTC is 16:00 WITA', '2026-03-13T08:00:00Z', '2026-03-16'],
    ['a Sunday counts the next working day', '2026-03-15T10:00:00+08:00', '2026-03-16'],
  ])('%s', async (_label, at, day) => {
    expect(await receivedDay(at)).toBe(day)
  })

  test('local_date uses the agency time zone', async () => {
    expect(ok(await warga.client.rpc('local_date', { at: '2026-03-16T23:30:00Z' })).data).toBe('2026-03-17')
    expect(ok(await warga.client.rpc('local_date', { at: '2026-03-16T15:59:00Z' })).data).toBe('2026-03-16')
  })

  test('the cut-off hour and time zone come from the agency settings', async () => {
    await withSettings({ cutoff_hour: 15 }, async () => {
      expect(await receivedDay('2026-03-13T15:30:00+08:00')).toBe('2026-03-16')
    })
    await withSettings({ time_zone: 'Asia/Jakarta' }, async () => {
      // 15:30 WITA is 14:30 WIB: before the cut-off; 16:30 WITA is 15:30 WIB: still before it.
      expect(await receivedDay('2026-03-13T16:30:00+08:00')).toBe('2026-03-13')
      expect(await receivedDay('2026-03-13T17:00:00+08:00')).toBe('2026-03-16')
    })
    expect(await receivedDay('2026-03-13T15:30:00+08:00')).toBe('2026-03-13')
  })
})

describe('year end and the unpublished 2027 calendar', () => {
  test('received 23 Dec 2026 after the cut-off: Natal and cuti bersama skipped, deadlines in Jan 2027 are provisional', async () => {
    const day = await receivedDay('2026-12-23T16:05:00+08:00')
    expect(day).toBe('2026-12-28') // 24 Dec cuti bersama, 25 Dec Natal, weekend
    const due = await addWd(day!, 10)
    expect(due).toBe('2027-01-12') // 1 Jan 2027 is Tahun Baru
    expect(await addWd(due!, 7)).toBe('2027-01-21')
    expect(ok(await warga.client.rpc('deadline_provisional', { start: day, due })).data).toBe(true)
    expect(ok(await warga.client.rpc('deadline_provisional', { start: '2026-12-01', due: '2026-12-15' })).data).toBe(false)
    const skipped = ok(await warga.client.rpc('holidays_between', { a: day, b: due })).data as { day: string }[]
    expect(skipped.map((h) => h.day)).toEqual(['2027-01-01'])
  })

  test('received 23 Dec 2026 before the cut-off counts that day and still runs into 2027', async () => {
    const day = await receivedDay('2026-12-23T10:00:00+08:00')
    expect(day).toBe('2026-12-23')
    expect(await addWd(day!, 10)).toBe('2027-01-11')
    expect(await value("public.deadline_provisional('2026-12-23', '2027-01-11')")).toBe('true')
  })

  test('once the 2027 calendar is marked complete the same deadline is final', async () => {
    await sql('update public.holiday_years set complete = true where year = 2027')
    try {
      expect(await value("public.deadline_provisional('2026-12-28', '2027-01-12')")).toBe('false')
    } finally {
      await sql('update public.holiday_years set complete = false where year = 2027')
    }
    expect(await value("public.deadline_provisional('2026-12-28', '2027-01-12')")).toBe('true')
  })
})

describe('the calendar is data an admin edits', () => {
  test('a local holiday added by an admin moves the deadline, its removal moves it back, and both are audited', async () => {
    const admin = await member('admin', ['admin'])
    const added = await admin.client.from('holidays').insert({ day: '2026-04-06', name: 'Libur daerah (uji)', kind: 'lokal', source: 'SK Bupati uji' })
    ok(added)
    try {
      expect(await addWd('2026-03-16', 10)).toBe('2026-04-08')
      const skipped = ok(await warga.client.rpc('holidays_between', { a: '2026-03-16', b: '2026-04-08' })).data as { day: string }[]
      expect(skipped.map((h) => h.day)).toContain('2026-04-06')
    } finally {
      ok(await admin.client.from('holidays').delete().eq('day', '2026-04-06'))
    }
    expect(await addWd('2026-03-16', 10)).toBe('2026-04-07')
    const audit = await sql<{ action: string; actor_id: string; name: string }>(
      "select action, actor_id, coalesce(detail->'new'->>'name', detail->'old'->>'name') as name from public.audit_log where entity = 'holidays' and entity_id = '2026-04-06' order by id",
    )
    expect(audit).toEqual([
      { action: 'insert_holiday', actor_id: admin.id, name: 'Libur daerah (uji)' },
      { action: 'delete_holiday', actor_id: admin.id, name: 'Libur daerah (uji)' },
    ])
  })

  test('a citizen cannot add a holiday, and the deadline stays', async () => {
    const res = await warga.client.from('holidays').insert({ day: '2026-04-06', name: 'Libur palsu', kind: 'lokal' })
    expect(res.error?.code).toBe('42501')
    expect(await addWd('2026-03-16', 10)).toBe('2026-04-07')
  })
})
