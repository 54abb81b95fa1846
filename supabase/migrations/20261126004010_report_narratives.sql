-- The narrative sections of the Laporan Layanan Informasi Publik (Perki 1/2021 Pasal 56, domain.md
-- §6.3) that no query can compute: service policy, implementation, facilities, human resources,
-- budget, remarks on the service and dispute figures, internal and external constraints, and
-- recommendations. One row per reporting period (from, to), written by a petugas or the PPID through
-- save_report_narrative (optimistic concurrency on updated_at), read by every staff role.

create table public.report_narratives (
  id bigint generated always as identity primary key,
  period_from date not null,
  period_to date not null,
  policy text check (length(policy) <= 10000 and public.is_plain_text(policy)),
  implementation text check (length(implementation) <= 10000 and public.is_plain_text(implementation)),
  facilities text check (length(facilities) <= 10000 and public.is_plain_text(facilities)),
  human_resources text check (length(human_resources) <= 10000 and public.is_plain_text(human_resources)),
  budget text check (length(budget) <= 10000 and public.is_plain_text(budget)),
  service_notes text check (length(service_notes) <= 10000 and public.is_plain_text(service_notes)),
  dispute_notes text check (length(dispute_notes) <= 10000 and public.is_plain_text(dispute_notes)),
  constraints_internal text check (length(constraints_internal) <= 10000 and public.is_plain_text(constraints_internal)),
  constraints_external text check (length(constraints_external) <= 10000 and public.is_plain_text(constraints_external)),
  recommendations text check (length(recommendations) <= 10000 and public.is_plain_text(recommendations)),
  updated_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (period_from, period_to),
  check (period_to >= period_from)
);
alter table public.report_narratives enable row level security;
-- Reads only: every write goes through save_report_narrative.
grant select on public.report_narratives to authenticated, service_role;
create policy "Staff can read the report narratives" on public.report_narratives
  for select to authenticated using ((select private.is_staff()));

create function public.save_report_narrative(
  period_from date,
  period_to date,
  sections jsonb,
  -- The updated_at the officer loaded, or null for a period without a narrative yet.
  expected_updated_at timestamptz default null
) returns public.report_narratives
language plpgsql security definer
set search_path = ''
as $$
declare
  n public.report_narratives;
  allowed text[] := array['policy', 'implementation', 'facilities', 'human_resources', 'budget', 'service_notes',
    'dispute_notes', 'constraints_internal', 'constraints_external', 'recommendations'];
  k text;
  v jsonb;
  clean jsonb := '{}';
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  if period_from is null or period_to is null or period_to < period_from or period_to - period_from > 3660 then
    perform private.fail('Rentang tanggal laporan tidak sah.', 'invalid_range');
  end if;
  if sections is null or jsonb_typeof(sections) <> 'object' then
    perform private.fail('Isian narasi laporan tidak sah.', 'text_invalid');
  end if;
  for k, v in select e.key, e.value from jsonb_each(sections) e loop
    if not k = any (allowed) then
      perform private.fail(format('Bagian narasi "%s" tidak dikenal.', left(k, 40)), 'text_invalid');
    end if;
    if jsonb_typeof(v) not in ('string', 'null') then
      perform private.fail('Isian narasi laporan harus berupa teks.', 'text_invalid');
    end if;
    clean := clean || jsonb_build_object(k, private.optional_text(v #>> '{}', 10000, 'Narasi laporan'));
  end loop;

  select * into n from public.report_narratives x
  where x.period_from = save_report_narrative.period_from and x.period_to = save_report_narrative.period_to
  for update;
  if found is distinct from (expected_updated_at is not null)
     or (found and n.updated_at is distinct from expected_updated_at) then
    raise exception using
      message = 'Narasi laporan ini sudah diubah petugas lain; muat ulang untuk melihat perubahan terbaru.',
      hint = 'conflict', errcode = 'PT409';
  end if;

  if n.id is null then
    begin
      insert into public.report_narratives (period_from, period_to, updated_by)
      values (save_report_narrative.period_from, save_report_narrative.period_to, (select auth.uid()))
      returning * into n;
    exception when unique_violation then
      raise exception using
        message = 'Narasi laporan ini baru saja dibuat petugas lain; muat ulang untuk melihat perubahan terbaru.',
        hint = 'conflict', errcode = 'PT409';
    end;
  end if;

  update public.report_narratives x set
    policy = case when clean ? 'policy' then clean ->> 'policy' else x.policy end,
    implementation = case when clean ? 'implementation' then clean ->> 'implementation' else x.implementation end,
    facilities = case when clean ? 'facilities' then clean ->> 'facilities' else x.facilities end,
    human_resources = case when clean ? 'human_resources' then clean ->> 'human_resources' else x.human_resources end,
    budget = case when clean ? 'budget' then clean ->> 'budget' else x.budget end,
    service_notes = case when clean ? 'service_notes' then clean ->> 'service_notes' else x.service_notes end,
    dispute_notes = case when clean ? 'dispute_notes' then clean ->> 'dispute_notes' else x.dispute_notes end,
    constraints_internal = case when clean ? 'constraints_internal' then clean ->> 'constraints_internal' else x.constraints_internal end,
    constraints_external = case when clean ? 'constraints_external' then clean ->> 'constraints_external' else x.constraints_external end,
    recommendations = case when clean ? 'recommendations' then clean ->> 'recommendations' else x.recommendations end,
    updated_by = (select auth.uid()),
    -- clock_timestamp, not now(): a create and an update in one transaction still differ.
    updated_at = clock_timestamp()
  where x.id = n.id
  returning * into n;
  perform private.audit('save_report_narrative', 'report_narratives', n.id::text,
    jsonb_build_object('period_from', n.period_from, 'period_to', n.period_to, 'sections', (select jsonb_agg(key) from jsonb_object_keys(clean) key)));
  return n;
end
$$;
revoke all on function public.save_report_narrative(date, date, jsonb, timestamptz) from public;
grant execute on function public.save_report_narrative(date, date, jsonb, timestamptz) to authenticated;
