-- The agency settings page: one admin-only function that changes any of the settings columns, checks
-- each field with a reason the page can tie to it (settings_<column>_invalid), and leaves the audit row
-- to the settings trigger (which records exactly what changed).

create function public.update_agency_settings(changes jsonb) returns public.agency_settings
language plpgsql security definer
set search_path = ''
as $$
declare
  s public.agency_settings;
  editable text[] := array['name', 'short_name', 'parent_government', 'address', 'phone', 'whatsapp', 'email', 'website',
    'logo_path', 'ppid_name', 'ppid_position', 'ppid_nip', 'atasan_name', 'atasan_position', 'atasan_nip', 'letterhead_lines',
    'time_zone', 'cutoff_hour', 'request_prefix', 'objection_prefix', 'pause_clock_while_incomplete', 'completion_window_wd',
    'lapor_url', 'komisi_informasi'];
  unknown text;
  col text;
  line text;
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  if changes is null or jsonb_typeof(changes) <> 'object' then
    perform private.fail('Perubahan pengaturan tidak sah.', 'settings_invalid');
  end if;
  select k into unknown from jsonb_object_keys(changes) k where k <> all (editable) limit 1;
  if unknown is not null then
    perform private.fail(format('Kolom %s tidak dapat diubah.', unknown), 'settings_invalid');
  end if;
  select * into s from public.agency_settings for update;
  -- Empty optional texts become null; typed fields must have the right JSON type.
  foreach col in array array['phone', 'whatsapp', 'email', 'website', 'logo_path', 'ppid_nip', 'atasan_nip'] loop
    if changes ? col and btrim(coalesce(changes ->> col, '')) = '' then
      changes := jsonb_set(changes, array[col], 'null');
    end if;
  end loop;
  foreach col in array array['cutoff_hour', 'completion_window_wd'] loop
    if changes ? col and jsonb_typeof(changes -> col) <> 'number' then
      perform private.fail('Isian angka tidak sah.', format('settings_%s_invalid', col));
    end if;
  end loop;
  if changes ? 'pause_clock_while_incomplete' and jsonb_typeof(changes -> 'pause_clock_while_incomplete') <> 'boolean' then
    perform private.fail('Isian ya/tidak tidak sah.', 'settings_pause_clock_while_incomplete_invalid');
  end if;
  if changes ? 'letterhead_lines' and jsonb_typeof(changes -> 'letterhead_lines') <> 'array' then
    perform private.fail('Kop surat harus berupa daftar baris.', 'settings_letterhead_lines_invalid');
  end if;
  begin
    s := jsonb_populate_record(s, changes);
  exception when others then
    perform private.fail('Isian pengaturan tidak sah.', 'settings_invalid');
  end;
  s.letterhead_lines := array(select btrim(x) from unnest(s.letterhead_lines) x where btrim(x) <> '');

  -- Required single-line texts, then optional ones, then the formats.
  foreach col in array array['name', 'short_name', 'parent_government', 'ppid_name', 'ppid_position', 'atasan_name',
    'atasan_position', 'komisi_informasi'] loop
    line := btrim(to_jsonb(s) ->> col);
    if line is null or length(line) not between 2 and 200 or not public.is_plain_line(line) then
      perform private.fail('Wajib diisi, satu baris, 2–200 karakter.', format('settings_%s_invalid', col));
    end if;
  end loop;
  if length(btrim(s.address)) not between 5 and 500 or not public.is_plain_text(s.address) then
    perform private.fail('Alamat wajib diisi (5–500 karakter).', 'settings_address_invalid');
  end if;
  foreach col in array array['phone', 'whatsapp', 'ppid_nip', 'atasan_nip'] loop
    line := to_jsonb(s) ->> col;
    if line is not null and (length(btrim(line)) > 50 or not public.is_plain_line(line)) then
      perform private.fail('Paling banyak 50 karakter, satu baris.', format('settings_%s_invalid', col));
    end if;
  end loop;
  if s.email is not null and (length(s.email) > 255 or btrim(s.email) !~ '^[^\s@]+@[^\s@]+\.[^\s@]+$') then
    perform private.fail('Format email tidak sah.', 'settings_email_invalid');
  end if;
  if s.website is not null and (length(s.website) > 300 or btrim(s.website) !~ '^https?://[^\s/]+\.[^\s]+$') then
    perform private.fail('Alamat situs harus diawali http:// atau https://.', 'settings_website_invalid');
  end if;
  if s.lapor_url is null or length(s.lapor_url) > 300 or btrim(s.lapor_url) !~ '^https://[^\s/]+\.[^\s]+$' then
    perform private.fail('Alamat LAPOR! harus diawali https://.', 'settings_lapor_url_invalid');
  end if;
  -- A file the SPA serves (/logo.svg) or an https address; never javascript: or data: URLs.
  if s.logo_path is not null and (length(s.logo_path) > 300 or btrim(s.logo_path) !~ '^(/[A-Za-z0-9._/-]+|https://[^\s/]+\.[^\s]+)$') then
    perform private.fail('Logo harus berupa path (/logo.svg) atau alamat https://.', 'settings_logo_path_invalid');
  end if;
  if cardinality(s.letterhead_lines) > 6 or exists (
    select 1 from unnest(s.letterhead_lines) x where length(x) > 150 or not public.is_plain_line(x)) then
    perform private.fail('Kop surat paling banyak 6 baris, masing-masing satu baris sampai 150 karakter.', 'settings_letterhead_lines_invalid');
  end if;
  if s.time_zone is null or s.time_zone not in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura') then
    perform private.fail('Zona waktu harus WIB, WITA atau WIT.', 'settings_time_zone_invalid');
  end if;
  if s.cutoff_hour is null or s.cutoff_hour not between 0 and 23 then
    perform private.fail('Jam batas harus 0–23.', 'settings_cutoff_hour_invalid');
  end if;
  if s.request_prefix is null or s.request_prefix !~ '^[A-Z]{1,6}$' then
    perform private.fail('Awalan nomor: 1–6 huruf kapital.', 'settings_request_prefix_invalid');
  end if;
  if s.objection_prefix is null or s.objection_prefix !~ '^[A-Z]{1,6}$' or s.objection_prefix = s.request_prefix then
    perform private.fail('Awalan nomor keberatan: 1–6 huruf kapital, berbeda dari awalan permohonan.', 'settings_objection_prefix_invalid');
  end if;
  if s.completion_window_wd is null or s.completion_window_wd not between 1 and 60 then
    perform private.fail('Batas kelengkapan harus 1–60 hari kerja.', 'settings_completion_window_wd_invalid');
  end if;
  if s.pause_clock_while_incomplete is null then
    perform private.fail('Pilih kebijakan jam.', 'settings_pause_clock_while_incomplete_invalid');
  end if;

  update public.agency_settings t set name = btrim(s.name), short_name = btrim(s.short_name),
    parent_government = btrim(s.parent_government), address = btrim(s.address), phone = btrim(s.phone),
    whatsapp = btrim(s.whatsapp), email = btrim(s.email), website = btrim(s.website), logo_path = btrim(s.logo_path),
    ppid_name = btrim(s.ppid_name), ppid_position = btrim(s.ppid_position), ppid_nip = btrim(s.ppid_nip),
    atasan_name = btrim(s.atasan_name), atasan_position = btrim(s.atasan_position), atasan_nip = btrim(s.atasan_nip),
    letterhead_lines = s.letterhead_lines, time_zone = s.time_zone, cutoff_hour = s.cutoff_hour,
    request_prefix = s.request_prefix, objection_prefix = s.objection_prefix,
    pause_clock_while_incomplete = s.pause_clock_while_incomplete, completion_window_wd = s.completion_window_wd,
    lapor_url = btrim(s.lapor_url), komisi_informasi = btrim(s.komisi_informasi)
  where t.id returning * into s;
  return s;
end
$$;

revoke all on function public.update_agency_settings(jsonb) from public;
grant execute on function public.update_agency_settings(jsonb) to authenticated;
