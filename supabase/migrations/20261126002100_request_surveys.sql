-- A short satisfaction survey (survei kepuasan, SKM practice; domain.md §8.5 survey_response) the
-- applicant fills in once a request is closed. One answer per request, never changed afterwards; the
-- applicant and the officers read it, the reports count it. Written only through submit_survey.

create table public.request_surveys (
  request_id uuid primary key references public.requests (id) on delete cascade,
  respondent_id uuid references auth.users (id) on delete set null,
  -- 1 (very dissatisfied) … 5 (very satisfied), as the SKM scale.
  satisfaction smallint not null check (satisfaction between 1 and 5),
  ease smallint not null check (ease between 1 and 5),
  on_time boolean,
  comment text check (length(comment) <= 1000 and public.is_plain_text(comment)),
  created_at timestamptz not null default now()
);
create index request_surveys_respondent_idx on public.request_surveys (respondent_id);
alter table public.request_surveys enable row level security;
grant select on public.request_surveys to authenticated, service_role;
create policy "Citizens can read their own survey answers" on public.request_surveys
  for select to authenticated using (respondent_id = (select auth.uid()));
create policy "Staff can read every survey answer" on public.request_surveys
  for select to authenticated using ((select private.is_staff()));

-- The applicant answers for their own closed request, once. Someone else's request is "not found".
create function public.submit_survey(
  request_id uuid, satisfaction int, ease int, on_time boolean default null, comment text default null
) returns public.request_surveys
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
  s public.request_surveys;
begin
  select * into r from public.requests x where x.id = submit_survey.request_id and x.applicant_id = (select auth.uid());
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  if r.status not in ('closed', 'closed_incomplete') then
    perform private.fail('Survei dapat diisi setelah permohonan selesai.', 'survey_not_open');
  end if;
  if satisfaction is null or satisfaction not between 1 and 5 or ease is null or ease not between 1 and 5 then
    perform private.fail('Pilih nilai 1 sampai 5 untuk setiap pertanyaan.', 'survey_invalid');
  end if;
  comment := private.optional_text(comment, 1000, 'Saran');
  insert into public.request_surveys (request_id, respondent_id, satisfaction, ease, on_time, comment)
  values (r.id, (select auth.uid()), satisfaction, ease, on_time, comment)
  on conflict on constraint request_surveys_pkey do nothing
  returning * into s;
  if s.request_id is null then
    perform private.fail('Survei untuk permohonan ini sudah diisi.', 'survey_exists');
  end if;
  return s;
end
$$;

revoke all on function public.submit_survey(uuid, int, int, boolean, text) from public;
grant execute on function public.submit_survey(uuid, int, int, boolean, text) to authenticated;
