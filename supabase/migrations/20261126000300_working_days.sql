-- The one working-day clock every deadline uses (domain.md §3.2): Monday to Friday, minus national
-- holidays, cuti bersama and local closures in public.holidays, in the agency's time zone. The day a
-- request is received is day 0; a request received on a non-working day or after the cut-off hour
-- counts as received on the next working day.

create function public.is_working_day(d date) returns boolean
language sql stable
set search_path = ''
as $$
  select extract(isodow from d) < 6 and not exists (select 1 from public.holidays h where h.day = d)
$$;

create function private.next_working_day(d date) returns date
language plpgsql stable
set search_path = ''
as $$
begin
  while not public.is_working_day(d) loop
    d := d + 1;
  end loop;
  return d;
end
$$;

-- n working days after `start` (normalised to a working day first).
create function public.add_working_days(start date, n int) returns date
language plpgsql stable
set search_path = ''
as $$
declare
  d date := private.next_working_day(start);
  k int := 0;
begin
  if n < 0 then
    raise exception 'add_working_days: n must not be negative' using errcode = '22023';
  end if;
  while k < n loop
    d := d + 1;
    if public.is_working_day(d) then
      k := k + 1;
    end if;
  end loop;
  return d;
end
$$;

-- Working days after `a` up to and including `b` (0 when b <= a); negative when b is before a.
create function public.working_days_between(a date, b date) returns int
language sql stable
set search_path = ''
as $$
  select case
    when b >= a then (select count(*)::int from generate_series(a + 1, b, interval '1 day') g(d) where public.is_working_day(g.d::date))
    else -(select count(*)::int from generate_series(b + 1, a, interval '1 day') g(d) where public.is_working_day(g.d::date))
  end
$$;

create function private.settings_tz() returns text
language sql stable
set search_path = ''
as $$
  select coalesce((select time_zone from public.agency_settings), 'Asia/Makassar')
$$;

-- The agency-local date of an instant.
create function public.local_date(at timestamptz) returns date
language sql stable
set search_path = ''
as $$
  select (at at time zone private.settings_tz())::date
$$;

-- The working day a request received at `at` counts as received on (cut-off hour, weekends, holidays).
create function public.received_day(at timestamptz) returns date
language plpgsql stable
set search_path = ''
as $$
declare
  tz text := private.settings_tz();
  cutoff int := coalesce((select cutoff_hour from public.agency_settings), 16);
  local timestamp := at at time zone tz;
  d date := local::date;
begin
  if extract(hour from local) >= cutoff then
    d := d + 1;
  end if;
  return private.next_working_day(d);
end
$$;

-- A deadline is provisional while any year it spans has no complete published calendar.
create function public.deadline_provisional(start date, due date) returns boolean
language sql stable
set search_path = ''
as $$
  select exists (
    select 1 from generate_series(extract(year from start)::int, extract(year from due)::int) y
    where not exists (select 1 from public.holiday_years hy where hy.year = y and hy.complete)
  )
$$;

-- The holidays skipped between two dates, so a citizen can see why a deadline falls where it does:
-- only those on a weekday (a holiday on a Saturday or Sunday skips nothing).
create function public.holidays_between(a date, b date)
returns table (day date, name text, kind public.holiday_kind)
language sql stable
set search_path = ''
as $$
  select h.day, h.name, h.kind from public.holidays h
  where h.day > a and h.day <= b and extract(isodow from h.day) < 6
  order by h.day
$$;

revoke all on function public.is_working_day(date), public.add_working_days(date, int),
  public.working_days_between(date, date), public.local_date(timestamptz), public.received_day(timestamptz),
  public.deadline_provisional(date, date), public.holidays_between(date, date),
  private.next_working_day(date), private.settings_tz() from public;
grant execute on function public.is_working_day(date), public.add_working_days(date, int),
  public.working_days_between(date, date), public.local_date(timestamptz), public.received_day(timestamptz),
  public.deadline_provisional(date, date), public.holidays_between(date, date)
  to authenticated, service_role;
grant execute on function private.next_working_day(date), private.settings_tz() to authenticated, service_role;
