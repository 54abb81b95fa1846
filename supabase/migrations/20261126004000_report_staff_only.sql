-- Who may compute the Laporan Layanan Informasi Publik (domain.md §6.3), and the figures it lacked.
--
-- Decision: the report is a staff product, computed over ALL requests of the agency, and only for
-- the roles that work cases (petugas, PPID, Atasan PPID: private.is_staff()). Until now
-- report_statistics ran as the caller under RLS, so a citizen got a "report" of their own requests
-- and an admin (who must not read citizens' cases) got zeros: both wrong numbers that look right.
-- Now it is a security definer function that checks the caller's active role once and then counts
-- every row; it returns aggregates only (counts, medians, unit names), never a case. Citizens and
-- admins get 'forbidden' (HTTP 403); anon has no EXECUTE grant at all. The public keeps its door,
-- public_statistics(year), which returns a fixed list of aggregate keys (no units, no new keys
-- unless added to that list on purpose).
--
-- Added figures (all aggregates over requests received, objections received or disputes filed in
-- the range): every month of the range in by_month (zero months included, so a chart has no gaps);
-- the time to notice per decision type (count, median, 90th percentile in working days: "time needed
-- to fulfil each request by classification"); requests delivered; objections answered; disputes by
-- stage (mediation, adjudication, court appeal, execution).

create function private.report_figures(from_date date, to_date date) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  result jsonb;
begin
  if from_date is null or to_date is null or to_date < from_date or to_date - from_date > 3660 then
    perform private.fail('Rentang tanggal laporan tidak sah.', 'invalid_range');
  end if;
  with req as (
    select r.*,
      case when r.notice_sent_at is not null
        then public.working_days_between(r.received_on, public.local_date(r.notice_sent_at)) end as wd_to_notice
    from public.requests r
    where r.received_on between from_date and to_date
  ), obj as (
    select o.* from public.objections o where o.received_on between from_date and to_date
  ), dsp as (
    select d.* from public.disputes d where d.filed_on between from_date and to_date
  )
  select jsonb_build_object(
    'from', from_date, 'to', to_date,
    'requests', (select count(*) from req),
    'by_month', (select jsonb_agg(jsonb_build_object('month', to_char(m, 'YYYY-MM'),
        'count', (select count(*) from req where date_trunc('month', received_on) = m)) order by m)
      from generate_series(date_trunc('month', from_date), date_trunc('month', to_date), interval '1 month') m),
    'by_channel', coalesce((select jsonb_object_agg(channel, n) from (select channel, count(*) n from req group by 1) x), '{}'),
    'by_unit', coalesce((select jsonb_agg(jsonb_build_object('unit', coalesce(u.name, '(belum ditentukan)'), 'count', n) order by n desc, u.name)
      from (select coalesce(assigned_unit_id, target_unit_id) unit_id, count(*) n from req group by 1) x
      left join public.units u on u.id = x.unit_id), '[]'),
    'by_status', coalesce((select jsonb_object_agg(status, n) from (select status, count(*) n from req group by 1) x), '{}'),
    'by_decision', coalesce((select jsonb_object_agg(decision_type, n) from (
      select decision_type, count(*) n from req where decision_type is not null group by 1) x), '{}'),
    'granted_full', (select count(*) from req where decision_type = 'granted_full'),
    'granted_partial', (select count(*) from req where decision_type = 'granted_partial'),
    'rejected', (select count(*) from req where decision_type = 'rejected_exempt'),
    'refusals_by_ground', coalesce((select jsonb_object_agg(code, n) from (
      select c code, count(*) n from req, unnest(exemption_codes) c
      where decision_type in ('rejected_exempt', 'granted_partial') group by 1) x), '{}'),
    'answered', (select count(*) from req where notice_sent_at is not null),
    -- The median as usually defined (the mean of the two middle values for an even count); the 90th
    -- percentile by nearest rank, so "90% were answered within N working days" holds for a real N.
    'notice_wd_median', (select percentile_cont(0.5) within group (order by wd_to_notice) from req where wd_to_notice is not null),
    'notice_wd_p90', (select percentile_disc(0.9) within group (order by wd_to_notice) from req where wd_to_notice is not null),
    'notice_wd_mean', (select round(avg(wd_to_notice), 1) from req where wd_to_notice is not null),
    'notice_wd_by_decision', coalesce((select jsonb_object_agg(decision_type, jsonb_build_object('count', n, 'median', med, 'p90', p90))
      from (select decision_type, count(*) n,
          percentile_cont(0.5) within group (order by wd_to_notice) med,
          percentile_disc(0.9) within group (order by wd_to_notice) p90
        from req where wd_to_notice is not null and decision_type is not null group by 1) x), '{}'),
    'on_time', (select count(*) from req where notice_sent_at is not null
      and public.local_date(notice_sent_at) <= coalesce(due_final_on, due_notice_on)),
    'on_time_share', (select round(count(*) filter (where public.local_date(notice_sent_at) <= coalesce(due_final_on, due_notice_on))::numeric
      / nullif(count(*), 0), 4) from req where notice_sent_at is not null),
    'extended', (select count(*) from req where extended_at is not null),
    'delivered', (select count(*) from req where delivered_at is not null),
    'overdue_open', (select count(*) from req where notice_sent_at is null
      and status in ('submitted', 'in_process', 'needs_completion', 'extended')
      and public.local_date(now()) > coalesce(due_final_on, due_notice_on)),
    'withdrawn', (select count(*) from req where status = 'withdrawn'),
    'objections', (select count(*) from obj),
    'objections_by_ground', coalesce((select jsonb_object_agg(g, n) from (
      select g, count(*) n from obj, unnest(grounds) g group by 1) x), '{}'),
    'objections_by_status', coalesce((select jsonb_object_agg(status, n) from (select status, count(*) n from obj group by 1) x), '{}'),
    'objections_answered', (select count(*) from obj where responded_at is not null),
    'objections_answered_on_time', (select count(*) from obj where responded_at is not null and public.local_date(responded_at) <= due_on),
    'disputes', (select count(*) from dsp),
    'disputes_by_stage', coalesce((select jsonb_object_agg(stage, n) from (select stage, count(*) n from dsp group by 1) x), '{}'),
    'disputes_by_outcome', coalesce((select jsonb_object_agg(coalesce(outcome::text, 'pending'), n) from (
      select outcome, count(*) n from dsp group by 1) x), '{}')
  ) into result;
  return result;
end
$$;
revoke all on function private.report_figures(date, date) from public;

create or replace function public.report_statistics(from_date date, to_date date) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[]);
  return private.report_figures(from_date, to_date);
end
$$;
revoke all on function public.report_statistics(date, date) from public;
grant execute on function public.report_statistics(date, date) to authenticated, service_role;

-- The public's figures: a fixed list of aggregate keys (the same as before this migration).
create or replace function public.public_statistics(year int) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if year is null or year < 2000 or year > 2100 then
    perform private.fail('Tahun tidak sah.', 'invalid_range');
  end if;
  return (
    select jsonb_object_agg(e.key, e.value)
    from jsonb_each(private.report_figures(make_date(year, 1, 1), make_date(year, 12, 31))) e
    where e.key in ('from', 'to', 'requests', 'by_month', 'by_channel', 'by_status', 'by_decision', 'granted_full',
      'granted_partial', 'rejected', 'refusals_by_ground', 'answered', 'notice_wd_median', 'notice_wd_p90', 'notice_wd_mean',
      'on_time', 'on_time_share', 'extended', 'overdue_open', 'withdrawn', 'objections', 'objections_by_ground',
      'objections_by_status', 'objections_answered_on_time', 'disputes', 'disputes_by_outcome')
  );
end
$$;
revoke all on function public.public_statistics(int) from public;
grant execute on function public.public_statistics(int) to anon, authenticated, service_role;
