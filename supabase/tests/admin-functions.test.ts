import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, type Actor } from './helpers.ts'
import { member, ok, refused, resident, value } from './process-helpers.ts'

// The admin pages' functions: only an active admin gets through; citizens, officers, a deactivated admin
// and anon are refused and nothing changes. Then what each function does for the admin.
let admin: Actor
let warga: Actor
let petugas: Actor
let exAdmin: Actor
const anon = client()

beforeAll(async () => {
  ;[admin, warga, petugas, exAdmin] = await Promise.all([
    member('admin', ['admin']), resident('warga-admin'), member('petugas', ['petugas']),
    member('exadmin', ['admin']),
  ])
  await sql("update public.user_roles set active = false where user_id = $1", [exAdmin.id])
})

const audits = (action: string) => value('(select count(*) from public.audit_log where action = $1)', [action])
const state = () => sql(`select (select jsonb_agg(h order by day) from public.holidays h) h, (select jsonb_agg(y order by year) from public.holiday_years y) y,
  (select to_jsonb(s) from public.agency_settings s) s, (select jsonb_agg(u order by id) from public.units u) u,
  (select jsonb_agg(r order by user_id, role) from public.user_roles r) r, (select count(*) from public.audit_log) a`)

const CALLS: Record<string, (who: Actor | null) => Record<string, unknown>> = {
  admin_find_account: () => ({ account_email: warga.email }),
  admin_list_staff: () => ({}),
  deactivate_staff: () => ({ target: petugas.id }),
  grant_role: () => ({ target: warga.id, wanted: 'petugas' }),
  revoke_role: () => ({ target: petugas.id, wanted: 'petugas' }),
  save_holiday: () => ({ day: '2031-03-03', name: 'Libur uji', kind: 'lokal' }),
  delete_holiday: () => ({ day: '2026-01-01' }),
  set_holiday_year: () => ({ year: 2031, complete: true }),
  import_holidays: () => ({ year: 2031, lines: '2031-01-01;Tahun Baru;libur_nasional' }),
  update_agency_settings: () => ({ changes: { name: 'Diambil alih' } }),
  save_unit: () => ({ unit_id: null, code: 'UJI-TOLAK', name: 'Unit yang tidak boleh ada' }),
}

describe('refusals', () => {
  test.each(Object.keys(CALLS))('%s: refused for anon, a citizen, an officer and a deactivated admin; nothing changes', async (fn) => {
    const before = await state()
    const anonRes = await anon.rpc(fn, CALLS[fn]!(null))
    expect(anonRes.error?.code).toBe('42501')
    expect(anonRes.status).toBe(401)
    for (const who of [warga, petugas, exAdmin]) {
      const res = await who.client.rpc(fn, CALLS[fn]!(who))
      expect(res.error, `${fn} as ${who.email}`).not.toBeNull()
      expect(res.status).toBe(403)
      expect(res.error?.hint).toBe('forbidden')
    }
    expect(await state()).toEqual(before)
  })
})

describe('staff', () => {
  test('find an account by its exact email: id, email and name only', async () => {
    const found = ok(await admin.client.rpc('admin_find_account', { account_email: `  ${warga.email.toUpperCase()} ` })).data
    expect(found).toEqual([{ id: warga.id, email: warga.email, full_name: 'Warga Uji' }])
    expect(ok(await admin.client.rpc('admin_find_account', { account_email: 'tidak-ada@example.test' })).data).toEqual([])
    refused(await admin.client.rpc('admin_find_account', { account_email: 'warga' }), 'email_invalid')
  })

  test('grant, list, revoke; the reasons say which rule refused', async () => {
    const target = await member('calon')
    const grants = Number(await audits('grant_role'))
    ok(await admin.client.rpc('grant_role', { target: target.id, wanted: 'ppid' }))
    expect(Number(await audits('grant_role'))).toBe(grants + 1)
    const staff = ok(await admin.client.rpc('admin_list_staff')).data as { id: string; active_roles: string[]; former_roles: string[] }[]
    expect(staff.find((s) => s.id === target.id)).toMatchObject({ active_roles: ['ppid'], former_roles: [] })
    expect(staff.find((s) => s.id === exAdmin.id)).toMatchObject({ active_roles: [], former_roles: ['admin'] })

    refused(await admin.client.rpc('grant_role', { target: admin.id, wanted: 'ppid' }), 'self_change', 403)
    refused(await admin.client.rpc('revoke_role', { target: admin.id, wanted: 'admin' }), 'self_change', 403)
    refused(await admin.client.rpc('grant_role', { target: '00000000-0000-4000-8000-00000000dead', wanted: 'ppid' }), 'account_not_found', 404)
    refused(await admin.client.rpc('revoke_role', { target: target.id, wanted: 'petugas' }), 'role_not_active', 404)
    ok(await admin.client.rpc('revoke_role', { target: target.id, wanted: 'ppid' }))
  })

  test('deactivate takes every active role at once, audited; never oneself; the deactivated can no longer act', async () => {
    const leaving = await member('pindah', ['petugas', 'ppid'])
    expect(ok(await admin.client.rpc('deactivate_staff', { target: leaving.id })).data).toBe(2)
    expect(await value("(select count(*) from public.user_roles where user_id = $1 and active)", [leaving.id])).toBe('0')
    expect(await sql("select actor_id, detail from public.audit_log where action = 'deactivate_staff' and entity_id = $1", [leaving.id]))
      .toEqual([{ actor_id: admin.id, detail: { roles: ['petugas', 'ppid'] } }])
    refused(await admin.client.rpc('deactivate_staff', { target: leaving.id }), 'role_not_active', 404)
    refused(await admin.client.rpc('deactivate_staff', { target: admin.id }), 'self_change', 403)

    // The caller is an active admin and not the target, so an admin always remains: last_admin can only
    // come from a race, which concurrency.test.ts covers for revoke_role under the same lock.
    const colleague = await member('admin-kolega', ['admin', 'atasan_ppid'])
    expect(ok(await admin.client.rpc('deactivate_staff', { target: colleague.id })).data).toBe(2)
    refused(await colleague.client.rpc('deactivate_staff', { target: admin.id }), 'forbidden', 403)
  })
})

describe('holidays', () => {
  test('add, edit (also the date), delete: each audited by the holidays trigger; clashes refused', async () => {
    const inserts = Number(await audits('insert_holiday'))
    const added = ok(await admin.client.rpc('save_holiday', { day: '2030-03-04', name: ' Hari jadi Kukar ', kind: 'lokal', source: 'Perbup' })).data
    expect(added).toMatchObject({ day: '2030-03-04', name: 'Hari jadi Kukar', kind: 'lokal', source: 'Perbup', year: 2030 })
    expect(Number(await audits('insert_holiday'))).toBe(inserts + 1)
    refused(await admin.client.rpc('save_holiday', { day: '2030-03-04', name: 'Lagi', kind: 'lokal' }), 'holiday_exists')
    refused(await admin.client.rpc('save_holiday', { day: '2030-03-05', name: 'x', kind: 'lokal' }), 'holiday_name_invalid')
    refused(await admin.client.rpc('save_holiday', { day: '2030-03-05', name: 'Baris\u202esatu', kind: 'lokal' }), 'holiday_name_invalid')

    const moved = ok(await admin.client.rpc('save_holiday', { day: '2030-03-06', name: 'Hari jadi Kukar', kind: 'cuti_bersama', original_day: '2030-03-04' })).data
    expect(moved).toMatchObject({ day: '2030-03-06', kind: 'cuti_bersama' })
    expect(await value("(select count(*) from public.holidays where day = '2030-03-04')")).toBe('0')
    refused(await admin.client.rpc('save_holiday', { day: '2030-03-07', name: 'Tidak ada', kind: 'lokal', original_day: '2030-03-04' }), 'not_found', 404)

    ok(await admin.client.rpc('delete_holiday', { day: '2030-03-06' }))
    refused(await admin.client.rpc('delete_holiday', { day: '2030-03-06' }), 'not_found', 404)
    expect(await value("(select count(*) from public.audit_log where action = 'delete_holiday' and entity_id = '2030-03-06')")).toBe('1')
  })

  test('import: every wrong line reported with its number, and then nothing changes', async () => {
    await sql("insert into public.holidays (day, name, kind) values ('2032-05-01', 'Lama', 'lokal')")
    const before = await state()
    const lines = [
      'tanggal;nama;jenis',
      '2032-01-01;Tahun Baru 2032 Masehi;libur_nasional',
      '2032-02-30;Tanggal mustahil;libur_nasional',
      '2033-01-01;Tahun lain;libur_nasional',
      '2032-03-01;Jenis salah;libur',
      '',
      '# komentar',
      '2032-01-01;Ganda;cuti_bersama',
      'hanya satu kolom',
      '2032-04-01;<script>alert(1)</script>;lokal',
    ].join('\n')
    const res = await admin.client.rpc('import_holidays', { year: 2032, lines })
    refused(res, 'holiday_import_invalid')
    expect(JSON.parse(res.error!.details)).toEqual([
      { line: 3, reason: 'holiday_date_invalid' },
      { line: 4, reason: 'holiday_other_year' },
      { line: 5, reason: 'holiday_kind_invalid' },
      { line: 8, reason: 'holiday_duplicate' },
      { line: 9, reason: 'holiday_line_format' },
    ])
    expect(await state()).toEqual(before)
    refused(await admin.client.rpc('import_holidays', { year: 2032, lines: '\n# nothing\n' }), 'holiday_import_empty')
  })

  test('import: replaces the year, marks it complete, audited; HTML in a name is stored verbatim', async () => {
    const lines = '2032-01-01;Tahun Baru 2032 Masehi;libur_nasional\r\n2032-04-01\t<b>Libur</b> daerah\tlokal\n2032-12-25,Natal,libur_nasional\n'
    expect(ok(await admin.client.rpc('import_holidays', { year: 2032, lines, source: 'SKB 2032' })).data).toBe(3)
    expect(await sql("select day::text, name, kind::text, source from public.holidays where year = 2032 order by day")).toEqual([
      { day: '2032-01-01', name: 'Tahun Baru 2032 Masehi', kind: 'libur_nasional', source: 'SKB 2032' },
      { day: '2032-04-01', name: '<b>Libur</b> daerah', kind: 'lokal', source: 'SKB 2032' },
      { day: '2032-12-25', name: 'Natal', kind: 'libur_nasional', source: 'SKB 2032' },
    ])
    expect(await sql('select complete, source from public.holiday_years where year = 2032')).toEqual([{ complete: true, source: 'SKB 2032' }])
    expect(await value("(select count(*) from public.audit_log where action = 'import_holidays' and entity_id = '2032')")).toBe('1')

    const y = ok(await admin.client.rpc('set_holiday_year', { year: 2032, complete: false })).data
    expect(y).toMatchObject({ year: 2032, complete: false, source: 'SKB 2032' })
    refused(await admin.client.rpc('set_holiday_year', { year: 1999, complete: true }), 'holiday_year_invalid')
  })
})

describe('agency settings', () => {
  test('changes what it is given, validated field by field; the trigger audits exactly what changed', async () => {
    const [before] = await sql('select * from public.agency_settings')
    try {
      const changes = { name: 'PPID Diskominfo Uji', cutoff_hour: 15, letterhead_lines: ['PEMERINTAH KABUPATEN UJI', ' ', 'DINAS UJI'], phone: '' }
      const s = ok(await admin.client.rpc('update_agency_settings', { changes })).data
      expect(s).toMatchObject({ name: 'PPID Diskominfo Uji', cutoff_hour: 15, letterhead_lines: ['PEMERINTAH KABUPATEN UJI', 'DINAS UJI'], phone: null })
      const [audit] = await sql<{ actor_id: string; detail: { changed: Record<string, unknown> } }>(
        "select actor_id, detail from public.audit_log where action = 'update_settings' order by id desc limit 1")
      expect(audit!.actor_id).toBe(admin.id)
      expect(Object.keys(audit!.detail.changed).sort()).toEqual(
        ['cutoff_hour', 'letterhead_lines', 'name', ...(before!.phone ? ['phone'] : [])].sort())

      const unchanged = await state()
      for (const [changes, reason] of [
        [{ name: '' }, 'settings_name_invalid'],
        [{ ppid_name: 'A\u202eB' }, 'settings_ppid_name_invalid'],
        [{ email: 'bukan-email' }, 'settings_email_invalid'],
        [{ website: 'javascript:alert(1)' }, 'settings_website_invalid'],
        [{ logo_path: 'javascript:alert(1)' }, 'settings_logo_path_invalid'],
        [{ time_zone: 'Europe/Berlin' }, 'settings_time_zone_invalid'],
        [{ cutoff_hour: 24 }, 'settings_cutoff_hour_invalid'],
        [{ cutoff_hour: '15' }, 'settings_cutoff_hour_invalid'],
        [{ request_prefix: 'pi' }, 'settings_request_prefix_invalid'],
        [{ objection_prefix: 'PI', request_prefix: 'PI' }, 'settings_objection_prefix_invalid'],
        [{ completion_window_wd: 0 }, 'settings_completion_window_wd_invalid'],
        [{ pause_clock_while_incomplete: 'ya' }, 'settings_pause_clock_while_incomplete_invalid'],
        [{ letterhead_lines: ['1', '2', '3', '4', '5', '6', '7'] }, 'settings_letterhead_lines_invalid'],
        [{ id: false }, 'settings_invalid'],
        [{ updated_at: '2020-01-01' }, 'settings_invalid'],
      ] as const) refused(await admin.client.rpc('update_agency_settings', { changes }), reason)
      expect(await state()).toEqual(unchanged)
    } finally {
      await sql('update public.agency_settings set name = $1, cutoff_hour = $2, letterhead_lines = $3, phone = $4',
        [before!.name, before!.cutoff_hour, before!.letterhead_lines, before!.phone])
    }
  })
})

describe('units', () => {
  test('add, edit, deactivate, each audited; codes unique and upper-cased', async () => {
    const code = `U${Date.now() % 100000}`
    const unit = ok(await admin.client.rpc('save_unit', { unit_id: null, code: ` ${code.toLowerCase()} `, name: 'Dinas Uji Coba' })).data as { id: number }
    expect(unit).toMatchObject({ code, name: 'Dinas Uji Coba', active: true })
    refused(await admin.client.rpc('save_unit', { unit_id: null, code, name: 'Dinas Lain' }), 'unit_code_taken')
    refused(await admin.client.rpc('save_unit', { unit_id: null, code: 'A B', name: 'Dinas Lain' }), 'unit_code_invalid')
    refused(await admin.client.rpc('save_unit', { unit_id: null, code: 'OK-2', name: 'x' }), 'unit_name_invalid')
    const off = ok(await admin.client.rpc('save_unit', { unit_id: unit.id, code, name: 'Dinas Uji Coba Baru', active: false })).data
    expect(off).toMatchObject({ id: unit.id, name: 'Dinas Uji Coba Baru', active: false })
    refused(await admin.client.rpc('save_unit', { unit_id: 99999999, code: 'NOPE', name: 'Tidak ada' }), 'not_found', 404)
    expect(await sql("select action from public.audit_log where entity = 'units' and entity_id = $1 order by id", [String(unit.id)]))
      .toEqual([{ action: 'insert_unit' }, { action: 'update_unit' }])
  })
})
