-- Applicant profiles, and the files citizens and officers attach (identity documents, supporting
-- documents, answers, letters). Files live in private buckets; a row here links an object to a
-- profile or a request and carries the result of the magic-byte check.

create type public.applicant_type as enum ('perorangan', 'kelompok_orang', 'badan_hukum');

-- The structure of a NIK (never whether it belongs to the person): 16 digits; province code 11–94;
-- birth day 01–31, or 41–71 for women; month 01–12; a serial that is not 0000.
create function public.nik_is_valid(nik text) returns boolean
language sql immutable
set search_path = ''
as $$
  select nik ~ '^[0-9]{16}$'
    and substr(nik, 1, 2)::int between 11 and 94
    and substr(nik, 3, 2)::int between 1 and 99
    and substr(nik, 5, 2)::int between 1 and 99
    and (substr(nik, 7, 2)::int between 1 and 31 or substr(nik, 7, 2)::int between 41 and 71)
    and substr(nik, 9, 2)::int between 1 and 12
    and substr(nik, 13, 4) <> '0000'
$$;
revoke all on function public.nik_is_valid(text) from public;
grant execute on function public.nik_is_valid(text) to anon, authenticated, service_role;

-- Single-line text a person can read: no control characters, no bidi overrides, no zero-width marks.
create function public.is_plain_line(value text) returns boolean
language sql immutable
set search_path = ''
as $$
  select value !~ '[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]'
$$;
revoke all on function public.is_plain_line(text) from public;
grant execute on function public.is_plain_line(text) to anon, authenticated, service_role;

create function public.is_plain_text(value text) returns boolean
language sql immutable
set search_path = ''
as $$
  select value !~ '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]'
$$;
revoke all on function public.is_plain_text(text) from public;
grant execute on function public.is_plain_text(text) to anon, authenticated, service_role;

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  applicant_type public.applicant_type not null default 'perorangan',
  full_name text not null check (length(full_name) between 2 and 150 and public.is_plain_line(full_name)),
  nik text check (public.nik_is_valid(nik)),
  sk_number text check (length(sk_number) between 3 and 100 and public.is_plain_line(sk_number)),
  address text not null check (length(address) between 5 and 500 and public.is_plain_text(address)),
  occupation text not null check (length(occupation) between 2 and 100 and public.is_plain_line(occupation)),
  phone text not null check (phone ~ '^(08[0-9]{8,12}|\+628[0-9]{8,12})$'),
  email text check (length(email) <= 255 and email ~ '^[^\s@]+@[^\s@]+\.[^\s@]+$'),
  accessibility_needs text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profiles_identity_number check (
    (applicant_type = 'badan_hukum' and sk_number is not null) or (applicant_type <> 'badan_hukum' and nik is not null)
  )
);
alter table public.profiles enable row level security;
grant select, insert, update on public.profiles to authenticated;
grant select, insert, update, delete on public.profiles to service_role;
create policy "Citizens can read their own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));
create policy "Staff can read profiles" on public.profiles
  for select to authenticated using ((select private.is_staff()));
create policy "Citizens can create their own profile" on public.profiles
  for insert to authenticated with check (id = (select auth.uid()));
create policy "Citizens can change their own profile" on public.profiles
  for update to authenticated using (id = (select auth.uid())) with check (id = (select auth.uid()));

create function private.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
create trigger profiles_touch before update on public.profiles
  for each row execute function private.touch_updated_at();
revoke all on function private.touch_updated_at() from public;

create type public.file_kind as enum ('identity', 'supporting', 'power_of_attorney', 'response', 'letter', 'payment_proof');
create type public.file_check as enum ('pending', 'verified', 'mismatch');

create table public.files (
  id uuid primary key default gen_random_uuid(),
  bucket_id text not null,
  object_name text not null,
  owner_id uuid not null references auth.users (id) on delete cascade,
  kind public.file_kind not null,
  original_name text check (length(original_name) <= 255 and public.is_plain_line(original_name)),
  mime_type text not null,
  size_bytes bigint not null check (size_bytes > 0),
  profile_id uuid references public.profiles (id) on delete cascade,
  request_id uuid,
  check_status public.file_check not null default 'pending',
  detected_type text,
  checked_at timestamptz,
  created_at timestamptz not null default now(),
  unique (bucket_id, object_name)
);
create index files_owner_idx on public.files (owner_id);
create index files_request_idx on public.files (request_id);
create index files_profile_idx on public.files (profile_id);
alter table public.files enable row level security;
grant select on public.files to authenticated, service_role;
grant update (check_status, detected_type, checked_at) on public.files to service_role;
create policy "Citizens can see their own files" on public.files
  for select to authenticated using (owner_id = (select auth.uid()));
create policy "Staff can see every file" on public.files
  for select to authenticated using ((select private.is_staff()));

-- Private buckets with size and type limits (security.md rule 7). Paths start with the owner's id
-- (identity, attachments) or the request's id (responses), so the policies below can check them.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values
  ('identity', 'identity', false, 5242880, array['image/jpeg', 'image/png', 'application/pdf']),
  ('attachments', 'attachments', false, 20971520,
    array['image/jpeg', 'image/png', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/plain']),
  ('responses', 'responses', false, 52428800,
    array['image/jpeg', 'image/png', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/plain', 'text/csv', 'application/zip'])
on conflict (id) do nothing;

create policy "Citizens can upload into their own folder" on storage.objects
  for insert to authenticated
  with check (bucket_id in ('identity', 'attachments') and (storage.foldername(name))[1] = (select auth.uid())::text);
create policy "Citizens can read their own uploads" on storage.objects
  for select to authenticated
  using (bucket_id in ('identity', 'attachments') and (storage.foldername(name))[1] = (select auth.uid())::text);
create policy "Citizens can remove their own unlinked uploads" on storage.objects
  for delete to authenticated
  using (bucket_id in ('identity', 'attachments') and (storage.foldername(name))[1] = (select auth.uid())::text
    and not exists (select 1 from public.files f where f.bucket_id = storage.objects.bucket_id and f.object_name = storage.objects.name));
create policy "Staff can read citizens' uploads" on storage.objects
  for select to authenticated using (bucket_id in ('identity', 'attachments') and (select private.is_staff()));
-- Officers upload answers under a request's folder: that policy follows the requests table (next migration).
create policy "Staff can read responses" on storage.objects
  for select to authenticated using (bucket_id = 'responses' and (select private.is_staff()));
