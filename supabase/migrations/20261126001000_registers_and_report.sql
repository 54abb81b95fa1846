-- The registers the PPID must keep (domain.md §6.1, §6.2) as views over the request tables, and the
-- figures of the annual service report (LLIP, §6.3) for any date range. Views run as the caller
-- (security_invoker), so RLS decides who reads them: staff see all, citizens only their own rows.

create view public.request_register with (security_invoker = true) as
select
  r.id,
  r.registration_no,
  r.received_at,
  r.received_on,
  r.channel,
  r.applicant_name,
  r.applicant_address,
  concat_ws(' / ', r.applicant_phone, r.applicant_fax, r.applicant_email) as applicant_contact,
  r.applicant_occupation,
  r.details,
  r.purpose,
  r.information_status,
  r.holder_body,
  r.information_forms,
  r.obtain_methods,
  r.decision_type,
  nullif(array_to_string(r.exemption_codes, ', ') || coalesce(' — ' || r.exemption_other, ''), '') as refusal_grounds,
  r.notice_sent_at,
  r.notice_letter_no,
  r.delivered_at,
  r.fee_total,
  r.payment_method,
  r.status,
  r.due_notice_on,
  r.due_final_on,
  case when r.notice_sent_at is not null
    then public.local_date(r.notice_sent_at) <= coalesce(r.due_final_on, r.due_notice_on) end as on_time
from public.requests r;

-- The request's columns come from scalar subqueries rather than a join: a view over one table is
-- automatically updatable, so a write through the API meets the missing grant (403) instead of
-- "cannot insert into view" (HTTP 500). Who sees a row is the same: RLS on both tables, as the caller.
create view public.objection_register with (security_invoker = true) as
select
  o.id,
  o.registration_no,
  o.received_at,
  o.received_on,
  (select r.applicant_name from public.requests r where r.id = o.request_id) as applicant_name,
  (select r.applicant_address from public.requests r where r.id = o.request_id) as applicant_address,
  (select concat_ws(' / ', r.applicant_phone, r.applicant_email) from public.requests r where r.id = o.request_id) as applicant_contact,
  o.proxy_name,
  (select r.registration_no from public.requests r where r.id = o.request_id) as request_registration_no,
  (select r.details from public.requests r where r.id = o.request_id) as details,
  (select r.purpose from public.requests r where r.id = o.request_id) as purpose,
  o.grounds,
  o.status,
  o.response,
  o.reasons,
  o.responded_at,
  o.due_on,
  o.atasan_name,
  o.atasan_position,
  o.applicant_reaction,
  o.filed_late
from public.objections o
where exists (select 1 from public.requests r where r.id = o.request_id);

grant select on public.request_register, public.objection_register to authenticated, service_role;

-- The LLIP figures for requests received in [from_date, to_date] (agency-local dates).
create function public.report_statistics(from_date date, to_date date) returns jsonb
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
  )
  select jsonb_build_object(
    'from', from_date, 'to', to_date,
    'requests', (select count(*) from req),
    'by_month', coalesce((select jsonb_agg(jsonb_build_object('month', m, 'count', n) order by m)
      from (select to_char(received_on, 'YYYY-MM') m, count(*) n from req group by 1) x), '[]'),
    'by_channel', coalesce((select jsonb_object_agg(channel, n) from (select channel, count(*) n from req group by 1) x), '{}'),
    'by_unit', coalesce((select jsonb_agg(jsonb_build_object('unit', coalesce(u.name, '(belum ditentukan)'), 'count', n) order by n desc)
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
    'on_time', (select count(*) from req where notice_sent_at is not null
      and public.local_date(notice_sent_at) <= coalesce(due_final_on, due_notice_on)),
    'on_time_share', (select round(count(*) filter (where public.local_date(notice_sent_at) <= coalesce(due_final_on, due_notice_on))::numeric
      / nullif(count(*), 0), 4) from req where notice_sent_at is not null),
    'extended', (select count(*) from req where extended_at is not null),
    'overdue_open', (select count(*) from req where notice_sent_at is null
      and status in ('submitted', 'in_process', 'needs_completion', 'extended')
      and public.local_date(now()) > coalesce(due_final_on, due_notice_on)),
    'withdrawn', (select count(*) from req where status = 'withdrawn'),
    'objections', (select count(*) from obj),
    'objections_by_ground', coalesce((select jsonb_object_agg(g, n) from (
      select g, count(*) n from obj, unnest(grounds) g group by 1) x), '{}'),
    'objections_by_status', coalesce((select jsonb_object_agg(status, n) from (select status, count(*) n from obj group by 1) x), '{}'),
    'objections_answered_on_time', (select count(*) from obj where responded_at is not null and public.local_date(responded_at) <= due_on),
    'disputes', (select count(*) from public.disputes d where d.filed_on between from_date and to_date),
    'disputes_by_outcome', coalesce((select jsonb_object_agg(coalesce(outcome::text, 'pending'), n) from (
      select outcome, count(*) n from public.disputes d where d.filed_on between from_date and to_date group by 1) x), '{}')
  ) into result;
  return result;
end
$$;
revoke all on function public.report_statistics(date, date) from public;
grant execute on function public.report_statistics(date, date) to authenticated, service_role;

-- The aggregate figures the public statistics page shows, without an account (no personal data).
create function public.public_statistics(year int) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if year is null or year < 2000 or year > 2100 then
    perform private.fail('Tahun tidak sah.', 'invalid_range');
  end if;
  return (select s - 'by_unit' from public.report_statistics(make_date(year, 1, 1), make_date(year, 12, 31)) s);
end
$$;
revoke all on function public.public_statistics(int) from public;
grant execute on function public.public_statistics(int) to anon, authenticated, service_role;

-- The agency the service starts with; an admin changes it in the settings page.
insert into public.agency_settings (name, short_name, parent_government, address, phone, email, website,
  ppid_name, ppid_position, atasan_name, atasan_position, letterhead_lines)
values (
  'Dinas Komunikasi dan Informatika Kabupaten Kutai Kartanegara', 'Diskominfo Kukar', 'Pemerintah Kabupaten Kutai Kartanegara',
  '(alamat belum diisi) Tenggarong, Kutai Kartanegara, Kalimantan Timur', null, null, null,
  '(nama PPID belum diisi)', 'Kepala Dinas Komunikasi dan Informatika selaku PPID Utama',
  '(nama Atasan PPID belum diisi)', 'Sekretaris Daerah Kabupaten Kutai Kartanegara selaku Atasan PPID',
  array['PEMERINTAH KABUPATEN KUTAI KARTANEGARA', 'DINAS KOMUNIKASI DAN INFORMATIKA'])
on conflict (id) do nothing;
