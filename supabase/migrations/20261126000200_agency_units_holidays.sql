-- Agency settings (one row), units (OPD / PPID Pelaksana) and the holiday calendar that every deadline
-- is counted against. Nothing about the agency is hard-coded: name, officials and numbering live here.

create table public.agency_settings (
  id boolean primary key default true check (id),
  name text not null,
  short_name text not null,
  parent_government text not null,
  address text not null,
  phone text,
  whatsapp text,
  email text,
  website text,
  logo_path text,
  ppid_name text not null,
  ppid_position text not null,
  ppid_nip text,
  atasan_name text not null,
  atasan_position text not null,
  atasan_nip text,
  letterhead_lines text[] not null default '{}',
  time_zone text not null default 'Asia/Makassar' check (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
  cutoff_hour smallint not null default 16 check (cutoff_hour between 0 and 23),
  request_prefix text not null default 'PI' check (request_prefix ~ '^[A-Z]{1,6}$'),
  objection_prefix text not null default 'KB' check (objection_prefix ~ '^[A-Z]{1,6}$'),
  pause_clock_while_incomplete boolean not null default false,
  completion_window_wd smallint not null default 10 check (completion_window_wd between 1 and 60),
  lapor_url text not null default 'https://www.lapor.go.id',
  komisi_informasi text not null default 'Komisi Informasi Provinsi Kalimantan Timur',
  updated_at timestamptz not null default now()
);
alter table public.agency_settings enable row level security;
-- One row, written by this migration; it is changed, never added or removed.
grant select on public.agency_settings to authenticated, service_role;
grant update on public.agency_settings to authenticated, service_role;
create policy "Signed-in users can read the agency settings" on public.agency_settings
  for select to authenticated using (true);
create policy "Admins can change the agency settings" on public.agency_settings
  for update to authenticated
  using ((select private.has_role(array['admin']::public.staff_role[])))
  with check ((select private.has_role(array['admin']::public.staff_role[])));

create function private.audit_settings() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  new.updated_at := now();
  perform private.audit('update_settings', 'agency_settings', 'agency',
    jsonb_build_object('changed', (
      select coalesce(jsonb_object_agg(n.key, n.value), '{}') from jsonb_each(to_jsonb(new)) n
      where n.key <> 'updated_at' and to_jsonb(old) -> n.key is distinct from n.value)));
  return new;
end
$$;
create trigger agency_settings_audited before update on public.agency_settings
  for each row execute function private.audit_settings();

create table public.units (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[A-Z0-9-]{2,20}$'),
  name text not null check (length(name) between 3 and 200),
  active boolean not null default true,
  created_at timestamptz not null default now()
);
alter table public.units enable row level security;
grant select on public.units to authenticated, service_role;
grant insert, update on public.units to authenticated, service_role;
create policy "Signed-in users can read the units" on public.units for select to authenticated using (true);
create policy "Admins can add units" on public.units for insert to authenticated
  with check ((select private.has_role(array['admin']::public.staff_role[])));
create policy "Admins can change units" on public.units for update to authenticated
  using ((select private.has_role(array['admin']::public.staff_role[])))
  with check ((select private.has_role(array['admin']::public.staff_role[])));

create type public.holiday_kind as enum ('libur_nasional', 'cuti_bersama', 'lokal');

create table public.holidays (
  day date primary key,
  name text not null check (length(name) between 2 and 200),
  kind public.holiday_kind not null,
  source text,
  year int generated always as (extract(year from day)::int) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index holidays_year_idx on public.holidays (year);
alter table public.holidays enable row level security;
grant select on public.holidays to authenticated, service_role;
grant insert, update, delete on public.holidays to authenticated, service_role;
create policy "Signed-in users can read the holidays" on public.holidays for select to authenticated using (true);
create policy "Admins can add holidays" on public.holidays for insert to authenticated
  with check ((select private.has_role(array['admin']::public.staff_role[])));
create policy "Admins can change holidays" on public.holidays for update to authenticated
  using ((select private.has_role(array['admin']::public.staff_role[])))
  with check ((select private.has_role(array['admin']::public.staff_role[])));
create policy "Admins can remove holidays" on public.holidays for delete to authenticated
  using ((select private.has_role(array['admin']::public.staff_role[])));

-- Years whose calendar was published (the SKB 3 Menteri): only then are deadlines in them final.
create table public.holiday_years (
  year int primary key check (year between 2000 and 2100),
  complete boolean not null default false,
  source text,
  updated_at timestamptz not null default now()
);
alter table public.holiday_years enable row level security;
grant select on public.holiday_years to authenticated, service_role;
grant insert, update on public.holiday_years to authenticated, service_role;
create policy "Signed-in users can read the calendar years" on public.holiday_years for select to authenticated using (true);
create policy "Admins can add calendar years" on public.holiday_years for insert to authenticated
  with check ((select private.has_role(array['admin']::public.staff_role[])));
create policy "Admins can change calendar years" on public.holiday_years for update to authenticated
  using ((select private.has_role(array['admin']::public.staff_role[])))
  with check ((select private.has_role(array['admin']::public.staff_role[])));

create function private.audit_holidays() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then new.updated_at := now(); end if;
  perform private.audit(lower(tg_op) || '_holiday', 'holidays', coalesce(new.day, old.day)::text,
    jsonb_build_object('old', to_jsonb(old), 'new', to_jsonb(new)));
  return coalesce(new, old);
end
$$;
create trigger holidays_audited before insert or update or delete on public.holidays
  for each row execute function private.audit_holidays();
revoke all on function private.audit_settings(), private.audit_holidays() from public;

-- The calendars of domain.md §9: 2025 (SKB 1017/2/2 Tahun 2024 and its 7 Aug 2025 amendment) and 2026
-- (SKB 1497/2/5 Tahun 2025) in full; of 2027 only the fixed dates, the year stays incomplete.
insert into public.holidays (day, name, kind, source) values
  ('2025-01-01', 'Tahun Baru 2025 Masehi', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-01-28', 'Cuti bersama Tahun Baru Imlek', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-03-28', 'Cuti bersama Hari Suci Nyepi', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-03-31', 'Idul Fitri 1446 H', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-04-01', 'Idul Fitri 1446 H', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-04-02', 'Cuti bersama Idul Fitri', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-04-03', 'Cuti bersama Idul Fitri', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-04-04', 'Cuti bersama Idul Fitri', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-04-07', 'Cuti bersama Idul Fitri', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-04-18', 'Wafat Yesus Kristus', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-05-01', 'Hari Buruh Internasional', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-05-12', 'Hari Raya Waisak 2569 BE', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-05-13', 'Cuti bersama Hari Raya Waisak', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-05-29', 'Kenaikan Yesus Kristus', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-06-01', 'Hari Lahir Pancasila', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-06-06', 'Idul Adha 1446 H', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-06-09', 'Cuti bersama Idul Adha', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2025-06-27', '1 Muharam / Tahun Baru Islam 1447 H', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-08-17', 'Proklamasi Kemerdekaan', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-08-18', 'Cuti bersama HUT RI ke-80', 'cuti_bersama', 'SKB 3 Menteri 2025 (perubahan 7 Agustus 2025)'),
  ('2025-09-05', 'Maulid Nabi Muhammad SAW', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-12-25', 'Kelahiran Yesus Kristus', 'libur_nasional', 'SKB 3 Menteri 2025'),
  ('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 'cuti_bersama', 'SKB 3 Menteri 2025'),
  ('2026-01-01', 'Tahun Baru 2026 Masehi', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-03-20', 'Cuti bersama Idul Fitri', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-03-21', 'Idul Fitri 1447 H', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-03-22', 'Idul Fitri 1447 H', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-03-23', 'Cuti bersama Idul Fitri', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-03-24', 'Cuti bersama Idul Fitri', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-04-03', 'Wafat Yesus Kristus', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-05-01', 'Hari Buruh Internasional', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-05-14', 'Kenaikan Yesus Kristus', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-05-27', 'Idul Adha 1447 H', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-05-28', 'Cuti bersama Idul Adha', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-06-01', 'Hari Lahir Pancasila', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-06-16', '1 Muharam / Tahun Baru Islam 1448 H', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-08-17', 'Proklamasi Kemerdekaan', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-08-25', 'Maulid Nabi Muhammad SAW', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'cuti_bersama', 'SKB 3 Menteri 2026'),
  ('2026-12-25', 'Kelahiran Yesus Kristus', 'libur_nasional', 'SKB 3 Menteri 2026'),
  ('2027-01-01', 'Tahun Baru 2027 Masehi', 'libur_nasional', 'Tanggal tetap; SKB 2027 belum terbit'),
  ('2027-05-01', 'Hari Buruh Internasional', 'libur_nasional', 'Tanggal tetap; SKB 2027 belum terbit'),
  ('2027-06-01', 'Hari Lahir Pancasila', 'libur_nasional', 'Tanggal tetap; SKB 2027 belum terbit'),
  ('2027-08-17', 'Proklamasi Kemerdekaan', 'libur_nasional', 'Tanggal tetap; SKB 2027 belum terbit'),
  ('2027-12-25', 'Kelahiran Yesus Kristus', 'libur_nasional', 'Tanggal tetap; SKB 2027 belum terbit');

insert into public.holiday_years (year, complete, source) values
  (2025, true, 'SKB No. 1017, 2, 2 Tahun 2024 dan perubahannya (7 Agustus 2025)'),
  (2026, true, 'SKB No. 1497, 2, 5 Tahun 2025'),
  (2027, false, 'Hanya tanggal tetap; SKB 2027 belum terbit');

-- What the public pages show without an account. anon has no table grants (security.md): this
-- function is how the home page reads the agency's name, contacts and service charter data.
create function public.agency_public() returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'name', s.name, 'short_name', s.short_name, 'parent_government', s.parent_government,
    'address', s.address, 'phone', s.phone, 'whatsapp', s.whatsapp, 'email', s.email, 'website', s.website,
    'logo_path', s.logo_path, 'ppid_name', s.ppid_name, 'ppid_position', s.ppid_position,
    'atasan_position', s.atasan_position, 'time_zone', s.time_zone, 'cutoff_hour', s.cutoff_hour,
    'lapor_url', s.lapor_url, 'komisi_informasi', s.komisi_informasi,
    'completion_window_wd', s.completion_window_wd
  )
  from public.agency_settings s
$$;
revoke all on function public.agency_public() from public;
grant execute on function public.agency_public() to anon, authenticated, service_role;
