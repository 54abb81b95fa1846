-- Objections to the Atasan PPID (UU KIP Pasal 35–36, domain.md §5, §8.3) and disputes at the Komisi
-- Informasi (Pasal 37–38, recorded only). Their events go on the request's timeline.

create type public.objection_ground as enum ('a', 'b', 'c', 'd', 'e', 'f', 'g');
create type public.objection_status as enum ('submitted', 'in_review', 'upheld', 'rejected', 'settled_musyawarah', 'withdrawn');
create type public.dispute_stage as enum ('registered', 'mediation', 'adjudication', 'decided', 'appealed', 'final', 'executed');
create type public.dispute_outcome as enum ('applicant_wins', 'partly', 'applicant_loses', 'settled');

create table public.objections (
  id uuid primary key default gen_random_uuid(),
  registration_no text not null unique,
  request_id uuid not null references public.requests (id) on delete restrict,
  applicant_id uuid references auth.users (id) on delete set null,
  registered_by uuid references auth.users (id) on delete set null,
  grounds public.objection_ground[] not null check (cardinality(grounds) > 0),
  case_position text not null check (length(case_position) between 10 and 5000 and public.is_plain_text(case_position)),
  proxy_name text check (length(proxy_name) between 2 and 150 and public.is_plain_line(proxy_name)),
  proxy_address text check (length(proxy_address) between 5 and 500 and public.is_plain_text(proxy_address)),
  ground_on date not null,
  window_until date not null,
  filed_late boolean not null default false,
  late_note text check (length(late_note) <= 2000),
  received_at timestamptz not null default now(),
  received_on date not null,
  due_on date not null,
  status public.objection_status not null default 'submitted',
  response text check (length(response) <= 10000),
  reasons text check (length(reasons) <= 10000),
  responded_at timestamptz,
  responder_id uuid references auth.users (id) on delete set null,
  atasan_name text,
  atasan_position text,
  applicant_reaction text check (length(applicant_reaction) <= 2000),
  reaction_at timestamptz,
  withdrawn_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index objections_request_idx on public.objections (request_id);
create index objections_applicant_idx on public.objections (applicant_id);
create index objections_status_idx on public.objections (status, due_on);
create unique index objections_one_open_idx on public.objections (request_id) where status in ('submitted', 'in_review');
alter table public.objections enable row level security;
grant select on public.objections to authenticated, service_role;
create policy "Citizens can read their own objections" on public.objections
  for select to authenticated using (applicant_id = (select auth.uid()));
create policy "Staff can read every objection" on public.objections
  for select to authenticated using ((select private.is_staff()));
create trigger objections_touch before update on public.objections
  for each row execute function private.touch_updated_at();

alter table public.requests add constraint requests_reopened_fk
  foreign key (reopened_by_objection) references public.objections (id);

create table public.disputes (
  id uuid primary key default gen_random_uuid(),
  objection_id uuid references public.objections (id) on delete restrict,
  request_id uuid not null references public.requests (id) on delete restrict,
  commission text not null check (length(commission) between 3 and 200),
  register_no text check (length(register_no) <= 100 and public.is_plain_line(register_no)),
  filed_on date not null,
  filed_late boolean not null default false,
  stage public.dispute_stage not null default 'registered',
  outcome public.dispute_outcome,
  notes text check (length(notes) <= 5000),
  recorded_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index disputes_request_idx on public.disputes (request_id);
alter table public.disputes enable row level security;
grant select on public.disputes to authenticated, service_role;
create policy "Citizens can read disputes about their requests" on public.disputes for select to authenticated
  using (exists (select 1 from public.requests r where r.id = request_id and r.applicant_id = (select auth.uid())));
create policy "Staff can read every dispute" on public.disputes for select to authenticated using ((select private.is_staff()));
create trigger disputes_touch before update on public.disputes
  for each row execute function private.touch_updated_at();

-- When the ground for an objection arose: the notice, the lapse of the deadline, or the incomplete close.
create function private.objection_ground_date(r public.requests) returns date
language sql stable
set search_path = ''
as $$
  select case
    when r.notice_sent_at is not null then public.local_date(r.notice_sent_at)
    when r.status = 'closed_incomplete' then public.local_date(r.closed_at)
    when public.is_overdue(r) then coalesce(r.due_final_on, r.due_notice_on) + 1
  end
$$;

create function private.file_objection(
  r public.requests, grounds public.objection_ground[], case_position text, proxy_name text, proxy_address text,
  late_note text, by_officer boolean
) returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  o public.objections;
  ground date := private.objection_ground_date(r);
  window_end date;
  received_on date := public.received_day(now());
begin
  if ground is null then
    perform private.fail('Keberatan dapat diajukan setelah ada tanggapan tertulis atau batas waktu lewat tanpa tanggapan.', 'objection_not_open');
  end if;
  if grounds is null or cardinality(grounds) = 0 then
    perform private.fail('Pilih paling sedikit satu alasan keberatan (a–g).', 'grounds_required');
  end if;
  window_end := public.add_working_days(ground, 30);
  if private.today() > window_end and not by_officer then
    perform private.fail(format('Batas pengajuan keberatan (30 hari kerja) berakhir %s.', to_char(window_end, 'DD-MM-YYYY')), 'objection_window_closed');
  end if;
  if private.today() > window_end and length(btrim(coalesce(late_note, ''))) < 10 then
    perform private.fail('Keberatan yang terlambat hanya dapat diterima petugas dengan catatan alasan.', 'late_note_required');
  end if;
  if exists (select 1 from public.objections x where x.request_id = r.id and x.status in ('submitted', 'in_review')) then
    perform private.fail('Masih ada keberatan yang sedang diproses untuk permohonan ini.', 'objection_open');
  end if;
  begin
    insert into public.objections (registration_no, request_id, applicant_id, registered_by, grounds, case_position,
      proxy_name, proxy_address, ground_on, window_until, filed_late, late_note, received_on, due_on)
    values (
      private.next_number('objection', coalesce((select s.objection_prefix from public.agency_settings s), 'KB'),
        extract(year from (now() at time zone private.settings_tz()))::int),
      r.id, r.applicant_id, case when by_officer then (select auth.uid()) end, grounds, btrim(case_position),
      nullif(btrim(proxy_name), ''), nullif(btrim(proxy_address), ''), ground, window_end, private.today() > window_end,
      nullif(btrim(late_note), ''), received_on, public.add_working_days(received_on, 30))
    returning * into o;
  exception when check_violation or not_null_violation then
    perform private.fail('Isian keberatan belum lengkap atau tidak sah: ' || sqlerrm, 'invalid_objection');
  end;
  perform private.log_event(r.id, 'objection_filed', null, null, 'public', null,
    jsonb_build_object('objection_id', o.id, 'registration_no', o.registration_no, 'grounds', grounds, 'due_on', o.due_on));
  return o;
end
$$;

create function public.submit_objection(
  request_id uuid, grounds public.objection_ground[], case_position text,
  proxy_name text default null, proxy_address text default null
) returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  select * into r from public.requests x where x.id = request_id and x.applicant_id = (select auth.uid()) for update;
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  return private.file_objection(r, grounds, case_position, proxy_name, proxy_address, null, false);
end
$$;

-- A paper objection recorded by an officer; one filed after the window needs a note.
create function public.register_objection(
  request_id uuid, grounds public.objection_ground[], case_position text, late_note text default null,
  proxy_name text default null, proxy_address text default null
) returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  select * into r from public.requests x where x.id = request_id for update;
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  return private.file_objection(r, grounds, case_position, proxy_name, proxy_address, late_note, true);
end
$$;

create function private.lock_objection(objection uuid, expected public.objection_status, allowed public.objection_status[])
returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  o public.objections;
begin
  if expected is null or not expected = any (allowed) then
    perform private.fail(format('Tindakan ini tidak berlaku untuk keberatan berstatus %s.', coalesce(expected::text, '-')), 'illegal_transition');
  end if;
  select * into o from public.objections x where x.id = objection for update;
  if not found then
    perform private.fail('Keberatan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  if o.status <> expected then
    raise exception using message = format('Keberatan ini sudah berstatus %s; muat ulang.', o.status),
      hint = 'conflict', detail = o.status::text, errcode = 'PT409';
  end if;
  return o;
end
$$;

create function public.review_objection(objection_id uuid, expected_status public.objection_status)
returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  o public.objections;
begin
  perform private.require_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[]);
  o := private.lock_objection(objection_id, expected_status, array['submitted']::public.objection_status[]);
  update public.objections set status = 'in_review' where id = objection_id returning * into o;
  perform private.log_event(o.request_id, 'objection_in_review', null, null, 'public', null,
    jsonb_build_object('objection_id', o.id, 'registration_no', o.registration_no));
  return o;
end
$$;

-- The Atasan PPID's written answer. Rejection needs reasons (Pasal 36(2)); deliberation settles only
-- grounds b–g (Pasal 35(2)); upholding reopens the request.
create function public.decide_objection(
  objection_id uuid, expected_status public.objection_status, outcome public.objection_status,
  response text, reasons text default null
) returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  o public.objections;
  r public.requests;
  s public.agency_settings;
begin
  perform private.require_role(array['atasan_ppid']::public.staff_role[]);
  o := private.lock_objection(objection_id, expected_status, array['in_review']::public.objection_status[]);
  if outcome not in ('upheld', 'rejected', 'settled_musyawarah') then
    perform private.fail('Putusan keberatan harus dikabulkan, ditolak, atau diselesaikan secara musyawarah.', 'illegal_transition');
  end if;
  response := private.require_text(response, 10, 'Tanggapan tertulis', 10000);
  if outcome = 'rejected' then
    reasons := private.require_text(reasons, 10, 'Alasan penolakan keberatan', 10000);
  else
    reasons := private.optional_text(reasons, 10000, 'Alasan');
  end if;
  if outcome = 'settled_musyawarah' and 'a' = any (o.grounds) then
    perform private.fail('Musyawarah hanya untuk alasan keberatan huruf b sampai g.', 'musyawarah_not_allowed');
  end if;
  select * into s from public.agency_settings;
  update public.objections set status = outcome, response = btrim(decide_objection.response),
    reasons = nullif(btrim(decide_objection.reasons), ''), responded_at = now(), responder_id = (select auth.uid()),
    atasan_name = s.atasan_name, atasan_position = s.atasan_position
  where id = objection_id returning * into o;
  perform private.log_event(o.request_id, 'objection_decided', null, null, 'public', btrim(decide_objection.response),
    jsonb_build_object('objection_id', o.id, 'registration_no', o.registration_no, 'outcome', outcome,
      'on_time', private.today() <= o.due_on));
  if outcome = 'upheld' then
    select * into r from public.requests x where x.id = o.request_id for update;
    -- The law sets no clock for a reopened request; it gets a fresh one from the Atasan's decision (10
    -- working days, extendable once), so it is neither overdue at once nor counted late when re-decided.
    update public.request_fees set superseded_at = now() where request_id = o.request_id and superseded_at is null;
    update public.requests set status = 'in_process', reopened_by_objection = o.id, closed_at = null,
      notice_sent_at = null, decision_type = null, information_status = null, information_forms = '{}',
      exemption_codes = '{}', exemption_other = null, holder_body = null, decision_note = null, notice_letter_no = null,
      delivery_due_on = null, fee_total = 0, paid_at = null, payment_method = null, objection_open_until = null,
      due_notice_on = public.add_working_days(public.received_day(now()), 10),
      extended_at = null, extension_reason = null, due_final_on = null,
      deadline_provisional = public.deadline_provisional(public.received_day(now()), public.add_working_days(public.received_day(now()), 10))
    where id = o.request_id;
    perform private.log_event(o.request_id, 'reopened', r.status, 'in_process', 'public', null,
      jsonb_build_object('objection_id', o.id, 'previous_decision', r.decision_type));
  end if;
  return o;
end
$$;

create function public.withdraw_objection(objection_id uuid) returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  o public.objections;
begin
  select * into o from public.objections x where x.id = objection_id and x.applicant_id = (select auth.uid()) for update;
  if not found then
    perform private.fail('Keberatan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  o := private.lock_objection(objection_id, o.status, array['submitted', 'in_review']::public.objection_status[]);
  update public.objections set status = 'withdrawn', withdrawn_at = now() where id = objection_id returning * into o;
  perform private.log_event(o.request_id, 'objection_withdrawn', null, null, 'public', null,
    jsonb_build_object('objection_id', o.id, 'registration_no', o.registration_no));
  return o;
end
$$;

create function public.record_objection_reaction(objection_id uuid, reaction text) returns public.objections
language plpgsql security definer
set search_path = ''
as $$
declare
  o public.objections;
begin
  select * into o from public.objections x where x.id = objection_id and x.applicant_id = (select auth.uid()) for update;
  if not found then
    perform private.fail('Keberatan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  if o.status not in ('upheld', 'rejected', 'settled_musyawarah') then
    perform private.fail('Tanggapan dapat dicatat setelah keberatan diputus.', 'illegal_transition');
  end if;
  update public.objections set applicant_reaction = private.require_text(reaction, 2, 'Tanggapan'), reaction_at = now()
  where id = objection_id returning * into o;
  return o;
end
$$;

-- A dispute filed at the Komisi Informasi, recorded by the applicant or an officer: after the objection
-- was answered, or its 30 working days lapsed. Later than 14 working days is flagged, not refused.
create function public.record_dispute(
  objection_id uuid, commission text default null, register_no text default null, filed_on date default null,
  notes text default null
) returns public.disputes
language plpgsql security definer
set search_path = ''
as $$
declare
  o public.objections;
  d public.disputes;
  since date;
  filed date := coalesce(filed_on, private.today());
begin
  select * into o from public.objections x where x.id = objection_id
    and (x.applicant_id = (select auth.uid()) or private.has_role(array['petugas', 'ppid']::public.staff_role[]));
  if not found then
    perform private.fail('Keberatan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  if o.status in ('upheld', 'rejected', 'settled_musyawarah') then
    since := public.local_date(o.responded_at);
  elsif o.status in ('submitted', 'in_review') and private.today() > o.due_on then
    since := o.due_on;
  else
    perform private.fail('Sengketa dicatat setelah keberatan diputus atau batas 30 hari kerja lewat.', 'dispute_not_open');
  end if;
  notes := private.optional_text(notes, 5000, 'Catatan');
  if filed > private.today() or filed < since then
    perform private.fail(format('Tanggal pengajuan sengketa harus antara %s dan hari ini.', to_char(since, 'DD-MM-YYYY')), 'filed_on_invalid');
  end if;
  if exists (select 1 from public.disputes x where x.objection_id = o.id) then
    perform private.fail('Sengketa atas keberatan ini sudah dicatat; perbarui tahapannya.', 'dispute_exists');
  end if;
  insert into public.disputes (objection_id, request_id, commission, register_no, filed_on, filed_late, notes, recorded_by)
  values (o.id, o.request_id,
    coalesce(nullif(btrim(commission), ''), (select s.komisi_informasi from public.agency_settings s), 'Komisi Informasi'),
    nullif(btrim(register_no), ''), filed, filed > public.add_working_days(since, 14), nullif(btrim(notes), ''), (select auth.uid()))
  returning * into d;
  perform private.log_event(o.request_id, 'dispute_recorded', null, null, 'public', null,
    jsonb_build_object('dispute_id', d.id, 'objection_id', o.id, 'commission', d.commission, 'filed_late', d.filed_late));
  return d;
end
$$;

create function public.update_dispute(
  dispute_id uuid, stage public.dispute_stage, outcome public.dispute_outcome default null, notes text default null
) returns public.disputes
language plpgsql security definer
set search_path = ''
as $$
declare
  d public.disputes;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  notes := private.optional_text(notes, 5000, 'Catatan');
  update public.disputes set stage = update_dispute.stage, outcome = coalesce(update_dispute.outcome, disputes.outcome),
    notes = coalesce(nullif(btrim(update_dispute.notes), ''), disputes.notes)
  where id = dispute_id returning * into d;
  if not found then
    perform private.fail('Sengketa tidak ditemukan.', 'not_found', 'PT404');
  end if;
  perform private.log_event(d.request_id, 'dispute_updated', null, null, 'internal', null,
    jsonb_build_object('dispute_id', d.id, 'stage', d.stage, 'outcome', d.outcome));
  return d;
end
$$;

revoke all on function private.objection_ground_date(public.requests),
  private.file_objection(public.requests, public.objection_ground[], text, text, text, text, boolean),
  private.lock_objection(uuid, public.objection_status, public.objection_status[]) from public;
revoke all on function public.submit_objection(uuid, public.objection_ground[], text, text, text),
  public.register_objection(uuid, public.objection_ground[], text, text, text, text),
  public.review_objection(uuid, public.objection_status),
  public.decide_objection(uuid, public.objection_status, public.objection_status, text, text),
  public.withdraw_objection(uuid), public.record_objection_reaction(uuid, text),
  public.record_dispute(uuid, text, text, date, text),
  public.update_dispute(uuid, public.dispute_stage, public.dispute_outcome, text) from public;
grant execute on function public.submit_objection(uuid, public.objection_ground[], text, text, text),
  public.register_objection(uuid, public.objection_ground[], text, text, text, text),
  public.review_objection(uuid, public.objection_status),
  public.decide_objection(uuid, public.objection_status, public.objection_status, text, text),
  public.withdraw_objection(uuid), public.record_objection_reaction(uuid, text),
  public.record_dispute(uuid, text, text, date, text),
  public.update_dispute(uuid, public.dispute_stage, public.dispute_outcome, text) to authenticated;
