-- The holiday calendar for the admin page: add, edit, remove one day, and import a whole year's list
-- (the SKB 3 Menteri) all at once or not at all. Each change is audited by the holidays trigger; the
-- import and the year's completeness are audited here.

-- What is wrong with one holiday, as a reason code (null when it is fine).
create function private.holiday_problem(day date, name text, year int default null) returns text
language sql immutable
set search_path = ''
as $$
  select case
    when day is null then 'holiday_date_invalid'
    when year is not null and extract(year from day)::int <> year then 'holiday_other_year'
    when extract(year from day)::int not between 2000 and 2100 then 'holiday_date_invalid'
    when name is null or length(btrim(name)) not between 2 and 200 or not public.is_plain_line(name) then 'holiday_name_invalid'
  end
$$;

create function public.save_holiday(
  day date, name text, kind public.holiday_kind, source text default null, original_day date default null
) returns public.holidays
language plpgsql security definer
set search_path = ''
as $$
declare
  h public.holidays;
  problem text;
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  problem := private.holiday_problem(day, name);
  if problem is not null then
    perform private.fail('Tanggal atau nama hari libur tidak sah (nama 2–200 karakter, satu baris).', problem);
  end if;
  if kind is null then
    perform private.fail('Pilih jenis hari libur.', 'holiday_kind_invalid');
  end if;
  source := private.optional_text(source, 200, 'Sumber');
  if source is not null and not public.is_plain_line(source) then
    perform private.fail('Sumber harus satu baris.', 'text_invalid');
  end if;
  if (original_day is null or original_day <> day) and exists (select 1 from public.holidays x where x.day = save_holiday.day) then
    perform private.fail(format('Tanggal %s sudah ada dalam kalender.', to_char(day, 'DD-MM-YYYY')), 'holiday_exists');
  end if;
  if original_day is null then
    insert into public.holidays (day, name, kind, source) values (day, btrim(name), kind, source) returning * into h;
  else
    update public.holidays x set day = save_holiday.day, name = btrim(save_holiday.name), kind = save_holiday.kind,
      source = save_holiday.source
    where x.day = original_day returning * into h;
    if not found then
      perform private.fail('Hari libur itu tidak ditemukan; muat ulang daftar.', 'not_found', 'PT404');
    end if;
  end if;
  return h;
end
$$;

create function public.delete_holiday(day date) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  delete from public.holidays x where x.day = delete_holiday.day;
  if not found then
    perform private.fail('Hari libur itu tidak ditemukan; muat ulang daftar.', 'not_found', 'PT404');
  end if;
end
$$;

create function public.set_holiday_year(year int, complete boolean, source text default null) returns public.holiday_years
language plpgsql security definer
set search_path = ''
as $$
declare
  y public.holiday_years;
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  if year is null or year not between 2000 and 2100 or complete is null then
    perform private.fail('Tahun kalender tidak sah.', 'holiday_year_invalid');
  end if;
  source := private.optional_text(source, 300, 'Sumber');
  insert into public.holiday_years as t (year, complete, source, updated_at) values (year, complete, source, now())
  on conflict on constraint holiday_years_pkey do update
    set complete = excluded.complete, source = coalesce(excluded.source, t.source), updated_at = now()
  returning * into y;
  perform private.audit('set_holiday_year', 'holiday_years', year::text, jsonb_build_object('complete', complete, 'source', y.source));
  return y;
end
$$;

-- A year's list pasted as lines `YYYY-MM-DD;name;kind` (also tab- or comma-separated). Blank lines and
-- lines starting with # are skipped, as is a header line starting with "tanggal"/"date". Every line is
-- checked; if one is wrong nothing changes and the error's detail lists each wrong line:
-- [{"line": 3, "reason": "holiday_kind_invalid"}, …]. Otherwise the year's holidays are replaced.
create function public.import_holidays(year int, lines text, complete boolean default true, source text default null)
returns int
language plpgsql security definer
set search_path = ''
as $$
declare
  problems jsonb := '[]';
  parsed jsonb := '[]';
  l record;
  parts text[];
  d date;
  problem text;
  n int;
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  if year is null or year not between 2000 and 2100 then
    perform private.fail('Tahun kalender tidak sah.', 'holiday_year_invalid');
  end if;
  if lines is null or length(lines) > 20000 then
    perform private.fail('Daftar terlalu panjang (paling banyak 20.000 karakter).', 'holiday_import_too_long');
  end if;
  source := private.optional_text(source, 300, 'Sumber');
  for l in select t.text, t.no from regexp_split_to_table(lines, '\r?\n') with ordinality as t(text, no) loop
    continue when btrim(l.text) = '' or btrim(l.text) like '#%' or (l.no = 1 and btrim(l.text) ~* '^(tanggal|date)\M');
    parts := case when l.text ~ '[;\t]' then regexp_split_to_array(l.text, '[;\t]') else string_to_array(l.text, ',') end;
    problem := null;
    if cardinality(parts) <> 3 then
      problem := 'holiday_line_format';
    elsif btrim(parts[1]) !~ '^\d{4}-\d{2}-\d{2}$' then
      problem := 'holiday_date_invalid';
    else
      begin
        d := btrim(parts[1])::date;
      exception when others then
        d := null;
      end;
      problem := coalesce(private.holiday_problem(d, btrim(parts[2]), year),
        case when btrim(parts[3]) not in ('libur_nasional', 'cuti_bersama', 'lokal') then 'holiday_kind_invalid' end,
        case when parsed @> jsonb_build_array(jsonb_build_object('day', d)) then 'holiday_duplicate' end);
    end if;
    if problem is null then
      parsed := parsed || jsonb_build_array(jsonb_build_object('day', d, 'name', btrim(parts[2]), 'kind', btrim(parts[3])));
    else
      problems := problems || jsonb_build_array(jsonb_build_object('line', l.no, 'reason', problem));
    end if;
  end loop;
  if jsonb_array_length(problems) > 0 then
    raise exception using message = format('%s baris tidak sah; tidak ada yang diimpor.', jsonb_array_length(problems)),
      hint = 'holiday_import_invalid', detail = problems::text, errcode = 'P0001';
  end if;
  if jsonb_array_length(parsed) = 0 then
    perform private.fail('Daftar kosong: tulis satu hari libur per baris.', 'holiday_import_empty');
  end if;
  delete from public.holidays h where h.year = import_holidays.year;
  insert into public.holidays (day, name, kind, source)
  select (e ->> 'day')::date, e ->> 'name', (e ->> 'kind')::public.holiday_kind, source from jsonb_array_elements(parsed) e;
  n := jsonb_array_length(parsed);
  insert into public.holiday_years as t (year, complete, source, updated_at) values (year, coalesce(complete, false), source, now())
  on conflict on constraint holiday_years_pkey do update
    set complete = excluded.complete, source = coalesce(excluded.source, t.source), updated_at = now();
  perform private.audit('import_holidays', 'holiday_years', year::text,
    jsonb_build_object('count', n, 'complete', coalesce(complete, false), 'source', source));
  return n;
end
$$;

revoke all on function private.holiday_problem(date, text, int) from public;
revoke all on function public.save_holiday(date, text, public.holiday_kind, text, date), public.delete_holiday(date),
  public.set_holiday_year(int, boolean, text), public.import_holidays(int, text, boolean, text) from public;
grant execute on function public.save_holiday(date, text, public.holiday_kind, text, date), public.delete_holiday(date),
  public.set_holiday_year(int, boolean, text), public.import_holidays(int, text, boolean, text) to authenticated;
