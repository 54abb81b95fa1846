-- Requests for public information (domain.md §2.1, §8.2) and their append-only timeline.
-- Citizens never write these tables: every change goes through the functions of the next migrations.

create type public.request_channel as enum ('web', 'langsung', 'telepon', 'email', 'surat', 'whatsapp', 'lainnya');
create type public.request_status as enum (
  'submitted', 'in_process', 'needs_completion', 'extended', 'decided', 'awaiting_payment',
  'delivered', 'closed', 'closed_incomplete', 'withdrawn'
);
create type public.decision_type as enum (
  'granted_full', 'granted_partial', 'rejected_exempt', 'not_held_forwarded', 'not_held_unknown', 'not_yet_documented'
);
create type public.obtain_method as enum ('melihat', 'membaca', 'mendengarkan', 'mencatat', 'salinan_softcopy', 'salinan_hardcopy');
create type public.copy_method as enum ('ambil_langsung', 'kurir', 'pos', 'faksimili', 'email');
create type public.information_status as enum ('dikuasai', 'tidak_dikuasai', 'belum_didokumentasikan');
create type public.event_visibility as enum ('public', 'internal');

-- Pasal 17 grounds a–j, plus 'k' for another statute (named in exemption_other).
create table public.exemption_grounds (
  code text primary key check (code ~ '^[a-k]$'),
  label text not null,
  legal_text text not null
);
alter table public.exemption_grounds enable row level security;
grant select on public.exemption_grounds to authenticated, service_role;
create policy "Signed-in users can read the exemption grounds" on public.exemption_grounds
  for select to authenticated using (true);
insert into public.exemption_grounds (code, label, legal_text) values
  ('a', 'Menghambat proses penegakan hukum', 'UU 14/2008 Pasal 17 huruf a'),
  ('b', 'Mengganggu perlindungan HKI dan persaingan usaha tidak sehat', 'UU 14/2008 Pasal 17 huruf b'),
  ('c', 'Membahayakan pertahanan dan keamanan negara', 'UU 14/2008 Pasal 17 huruf c'),
  ('d', 'Mengungkapkan kekayaan alam Indonesia', 'UU 14/2008 Pasal 17 huruf d'),
  ('e', 'Merugikan ketahanan ekonomi nasional', 'UU 14/2008 Pasal 17 huruf e'),
  ('f', 'Merugikan kepentingan hubungan luar negeri', 'UU 14/2008 Pasal 17 huruf f'),
  ('g', 'Mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir atau wasiat', 'UU 14/2008 Pasal 17 huruf g'),
  ('h', 'Mengungkap rahasia pribadi', 'UU 14/2008 Pasal 17 huruf h'),
  ('i', 'Memorandum atau surat antar/intra badan publik yang menurut sifatnya dirahasiakan', 'UU 14/2008 Pasal 17 huruf i'),
  ('j', 'Informasi yang tidak boleh diungkapkan berdasarkan undang-undang', 'UU 14/2008 Pasal 17 huruf j'),
  ('k', 'Dikecualikan oleh undang-undang lain', 'Disebutkan pada alasan');

-- Gap-free registration numbers per kind and year, allocated inside the submitting transaction.
create table private.registration_counters (
  kind text not null,
  year int not null,
  last int not null default 0,
  primary key (kind, year)
);

create table public.requests (
  id uuid primary key default gen_random_uuid(),
  registration_no text not null unique,
  applicant_id uuid references auth.users (id) on delete set null,
  registered_by uuid references auth.users (id) on delete set null,
  channel public.request_channel not null,
  idempotency_key uuid,
  -- The applicant as they were when filing: the register must show this even if the profile changes.
  applicant_type public.applicant_type not null,
  applicant_name text not null check (length(applicant_name) between 2 and 150 and public.is_plain_line(applicant_name)),
  applicant_nik text check (public.nik_is_valid(applicant_nik)),
  applicant_sk_number text check (length(applicant_sk_number) between 3 and 100 and public.is_plain_line(applicant_sk_number)),
  applicant_address text not null check (length(applicant_address) between 5 and 500 and public.is_plain_text(applicant_address)),
  applicant_occupation text not null check (length(applicant_occupation) between 2 and 100 and public.is_plain_line(applicant_occupation)),
  applicant_phone text check (applicant_phone ~ '^(08[0-9]{8,12}|\+628[0-9]{8,12})$'),
  applicant_email text check (length(applicant_email) <= 255 and applicant_email ~ '^[^\s@]+@[^\s@]+\.[^\s@]+$'),
  applicant_fax text check (length(applicant_fax) <= 30 and public.is_plain_line(applicant_fax)),
  proxy_name text check (length(proxy_name) between 2 and 150 and public.is_plain_line(proxy_name)),
  proxy_nik text check (public.nik_is_valid(proxy_nik)),
  proxy_address text check (length(proxy_address) between 5 and 500 and public.is_plain_text(proxy_address)),
  details text not null check (length(details) between 10 and 5000 and public.is_plain_text(details)),
  purpose text not null check (length(purpose) between 10 and 2000 and public.is_plain_text(purpose)),
  obtain_methods public.obtain_method[] not null check (cardinality(obtain_methods) > 0),
  copy_methods public.copy_method[] not null default '{}',
  accessibility_needs text[] not null default '{}',
  accessibility_note text check (length(accessibility_note) <= 500 and public.is_plain_text(accessibility_note)),
  target_unit_id bigint references public.units (id),
  assigned_unit_id bigint references public.units (id),
  assignee_id uuid references auth.users (id) on delete set null,
  declared_at timestamptz not null,
  status public.request_status not null default 'submitted',
  -- The clock (domain.md §3): dates in the agency's time zone.
  received_at timestamptz not null,
  received_on date not null,
  due_notice_on date not null,
  extended_at timestamptz,
  extension_reason text check (length(extension_reason) between 10 and 2000),
  due_final_on date,
  deadline_provisional boolean not null default false,
  completion_reason text check (length(completion_reason) between 10 and 2000),
  completion_due_on date,
  -- The decision and its legal record.
  decision_type public.decision_type,
  information_status public.information_status,
  information_forms text[] not null default '{}',
  exemption_codes text[] not null default '{}',
  exemption_other text check (length(exemption_other) <= 500),
  holder_body text check (length(holder_body) between 3 and 300 and public.is_plain_line(holder_body)),
  decision_note text check (length(decision_note) <= 5000),
  notice_letter_no text check (length(notice_letter_no) <= 100 and public.is_plain_line(notice_letter_no)),
  notice_sent_at timestamptz,
  delivery_due_on date,
  fee_total numeric(12, 0) not null default 0 check (fee_total >= 0),
  payment_method text check (length(payment_method) <= 100),
  paid_at timestamptz,
  delivery_method public.copy_method,
  delivery_note text check (length(delivery_note) <= 2000),
  delivered_at timestamptz,
  receipt_confirmed_at timestamptz,
  closed_at timestamptz,
  withdrawn_at timestamptz,
  withdraw_reason text check (length(withdraw_reason) <= 2000),
  objection_open_until date,
  reopened_by_objection uuid,
  lookup_secret_hash text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (applicant_id, idempotency_key),
  constraint requests_identity check (applicant_nik is not null or applicant_sk_number is not null or channel <> 'web'),
  constraint requests_copy_method check (
    cardinality(copy_methods) > 0 or not (obtain_methods && array['salinan_softcopy', 'salinan_hardcopy']::public.obtain_method[])
  )
);
create index requests_applicant_idx on public.requests (applicant_id, created_at desc);
create index requests_status_due_idx on public.requests (status, (coalesce(due_final_on, due_notice_on)));
create index requests_received_idx on public.requests (received_at);
create index requests_assignee_idx on public.requests (assignee_id);
create index requests_unit_idx on public.requests (assigned_unit_id);
create extension if not exists pg_trgm with schema extensions;
create index requests_search_idx on public.requests using gin (
  (registration_no || ' ' || applicant_name || ' ' || details) extensions.gin_trgm_ops
);
alter table public.requests enable row level security;
grant select on public.requests to authenticated, service_role;
create policy "Citizens can read their own requests" on public.requests
  for select to authenticated using (applicant_id = (select auth.uid()));
create policy "Staff can read every request" on public.requests
  for select to authenticated using ((select private.is_staff()));

alter table public.files add constraint files_request_fk foreign key (request_id) references public.requests (id) on delete cascade;
create policy "Citizens can see the files of their requests" on public.files
  for select to authenticated
  using (request_id is not null and exists (
    select 1 from public.requests r where r.id = request_id and r.applicant_id = (select auth.uid())));

-- Answers and letters go to responses/<request id>/...: only the officers who attach them (attach_response),
-- and only under the folder of a request that exists, so no stray object lands outside one.
create policy "Officers can upload responses into a request's folder" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'responses' and private.has_role(array['petugas', 'ppid']::public.staff_role[])
    and exists (select 1 from public.requests r where r.id::text = (storage.foldername(storage.objects.name))[1]));

-- Fee lines of a granted request (copying at cost; electronic copies are free).
create table public.request_fees (
  id bigint generated always as identity primary key,
  request_id uuid not null references public.requests (id) on delete cascade,
  item text not null check (length(item) between 2 and 200 and public.is_plain_line(item)),
  quantity int not null check (quantity between 1 and 100000),
  unit_price numeric(12, 0) not null check (unit_price >= 0),
  created_by uuid references auth.users (id),
  created_at timestamptz not null default now(),
  -- Set when an upheld objection reopens the request: the lines of the earlier decision no longer count.
  superseded_at timestamptz
);
create index request_fees_request_idx on public.request_fees (request_id);
alter table public.request_fees enable row level security;
grant select on public.request_fees to authenticated, service_role;
create policy "Citizens can read the fees of their requests" on public.request_fees for select to authenticated
  using (exists (select 1 from public.requests r where r.id = request_id and r.applicant_id = (select auth.uid())));
create policy "Staff can read every fee" on public.request_fees for select to authenticated using ((select private.is_staff()));

-- The consequence test (uji konsekuensi, UU KIP Pasal 19) behind a refusal or partial grant.
create table public.consequence_tests (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references public.requests (id) on delete cascade,
  document text not null check (length(document) between 3 and 500),
  exempt_items text not null check (length(exempt_items) between 3 and 2000),
  legal_basis text not null check (length(legal_basis) between 3 and 1000),
  harm_analysis text not null check (length(harm_analysis) between 10 and 5000),
  public_interest text not null check (length(public_interest) between 10 and 5000),
  result text not null check (length(result) between 3 and 2000),
  exemption_period text check (length(exemption_period) <= 200),
  signed_by text not null check (length(signed_by) between 2 and 150),
  decided_on date not null,
  created_by uuid references auth.users (id),
  created_at timestamptz not null default now()
);
create index consequence_tests_request_idx on public.consequence_tests (request_id);
alter table public.consequence_tests enable row level security;
grant select on public.consequence_tests to authenticated, service_role;
create policy "Citizens can read the consequence test of their requests" on public.consequence_tests for select to authenticated
  using (exists (select 1 from public.requests r where r.id = request_id and r.applicant_id = (select auth.uid())));
create policy "Staff can read every consequence test" on public.consequence_tests for select to authenticated using ((select private.is_staff()));

-- The timeline: status changes, messages, notes, documents. Never updated or deleted.
create table public.request_events (
  id bigint generated always as identity primary key,
  request_id uuid not null references public.requests (id) on delete restrict,
  at timestamptz not null default now(),
  -- No foreign key: deleting an account must not rewrite history, so the id stays as it was.
  actor_id uuid,
  actor_role text not null,
  kind text not null check (kind ~ '^[a-z_]{3,40}$'),
  from_status public.request_status,
  to_status public.request_status,
  visibility public.event_visibility not null,
  body text check (length(body) <= 10000 and public.is_plain_text(body)),
  data jsonb not null default '{}'
);
create index request_events_request_idx on public.request_events (request_id, id);
alter table public.request_events enable row level security;
grant select on public.request_events to authenticated, service_role;
create policy "Citizens can read the public timeline of their requests" on public.request_events for select to authenticated
  using (visibility = 'public'
    and exists (select 1 from public.requests r where r.id = request_id and r.applicant_id = (select auth.uid())));
create policy "Staff can read every timeline" on public.request_events for select to authenticated using ((select private.is_staff()));
create trigger request_events_append_only before update or delete on public.request_events
  for each row execute function private.forbid_change();
create trigger request_events_no_truncate before truncate on public.request_events
  for each statement execute function private.forbid_change();

-- In-app notifications to the applicant for every public event, and to staff for applicant actions.
create table public.notifications (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  request_id uuid references public.requests (id) on delete cascade,
  event_id bigint references public.request_events (id),
  kind text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_user_idx on public.notifications (user_id, created_at desc);
alter table public.notifications enable row level security;
grant select on public.notifications to authenticated, service_role;
grant update (read_at) on public.notifications to authenticated;
create policy "Users can read their own notifications" on public.notifications
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Users can mark their own notifications read" on public.notifications
  for update to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

create function private.notify_event() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  applicant uuid;
begin
  select r.applicant_id into applicant from public.requests r where r.id = new.request_id;
  if new.visibility = 'public' and applicant is not null and new.actor_id is distinct from applicant then
    insert into public.notifications (user_id, request_id, event_id, kind) values (applicant, new.request_id, new.id, new.kind);
  end if;
  if new.actor_id is not distinct from applicant and applicant is not null then
    insert into public.notifications (user_id, request_id, event_id, kind)
    select distinct ur.user_id, new.request_id, new.id, new.kind from public.user_roles ur
    where ur.active and ur.role in ('petugas', 'ppid');
  end if;
  return new;
end
$$;
create trigger request_events_notify after insert on public.request_events
  for each row execute function private.notify_event();
revoke all on function private.notify_event() from public;

create trigger requests_touch before update on public.requests
  for each row execute function private.touch_updated_at();
