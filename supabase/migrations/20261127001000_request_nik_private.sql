-- The NIK of a request's applicant and proxy leaves public.requests (issue 6; security.md: personal data
-- under UU 27/2022). Staff read every column of requests through the API, and column grants cannot hide
-- one: the computed columns (next_deadline, working_days_left, is_overdue, applicant_nik_masked) take the
-- whole row, and a whole-row reference needs SELECT on every column. So the two NIKs move to a table in
-- the private schema, which PostgREST does not expose; nobody reads them through /rest/v1 any more, and
-- staff read them in full only through reveal_applicant_nik, which writes the audit row.

create table private.request_identity_numbers (
  request_id uuid primary key references public.requests (id) on delete cascade,
  applicant_nik text check (public.nik_is_valid(applicant_nik)),
  proxy_nik text check (public.nik_is_valid(proxy_nik)),
  constraint request_identity_numbers_not_empty check (applicant_nik is not null or proxy_nik is not null)
);
alter table private.request_identity_numbers enable row level security;
revoke all on private.request_identity_numbers from public, anon, authenticated, service_role;

insert into private.request_identity_numbers (request_id, applicant_nik, proxy_nik)
select r.id, r.applicant_nik, r.proxy_nik from public.requests r
where r.applicant_nik is not null or r.proxy_nik is not null;

-- `6402••••••••0001`: enough to recognise a person, not enough to copy (the SPA's maskNik does the same).
create function private.mask_nik(nik text) returns text
language sql immutable
set search_path = ''
as $$
  select case when nik is null then null else left(nik, 4) || repeat('•', length(nik) - 8) || right(nik, 4) end
$$;
revoke all on function private.mask_nik(text) from public;

-- The old check "a web request names its applicant by NIK or SK number" spans both tables now: a
-- constraint trigger checks it at commit, after the submitting function has written both rows. At
-- commit the submitting function's rights are gone (the caller's role is back), hence security definer.
create function private.check_request_identity() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  rid uuid;
begin
  if tg_table_name = 'requests' then
    rid := new.id;
  else
    rid := old.request_id;
  end if;
  if exists (select 1 from public.requests r where r.id = rid and r.channel = 'web' and r.applicant_sk_number is null
      and not exists (select 1 from private.request_identity_numbers i where i.request_id = r.id and i.applicant_nik is not null)) then
    raise exception using message = 'Permohonan daring wajib memuat NIK atau nomor SK pemohon.',
      errcode = '23514', constraint = 'requests_identity', schema = 'public', table = 'requests';
  end if;
  return null;
end
$$;
revoke all on function private.check_request_identity() from public;

alter table public.requests drop constraint requests_identity;
alter table public.requests drop column applicant_nik, drop column proxy_nik;

create constraint trigger requests_identity after insert or update of channel, applicant_sk_number on public.requests
  deferrable initially deferred for each row execute function private.check_request_identity();
create constraint trigger request_identity_numbers_kept after update or delete on private.request_identity_numbers
  deferrable initially deferred for each row execute function private.check_request_identity();

-- The masked NIK for whoever may see the request (staff who work cases, or its applicant), read from
-- the private table. PostgREST reaches a computed column as an RPC too, with a row the caller writes
-- themselves; so the function looks the request up again and answers a stranger "not found".
create or replace function public.applicant_nik_masked(r public.requests) returns text
language plpgsql stable security definer
set search_path = ''
as $$
declare
  nik text;
begin
  if not exists (select 1 from public.requests x where x.id = r.id
      and (x.applicant_id = (select auth.uid()) or (select private.is_staff()))) then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  select i.applicant_nik into nik from private.request_identity_numbers i where i.request_id = r.id;
  return private.mask_nik(nik);
end
$$;

-- The full NIKs, for staff who work cases only, every call audited (as before; now the one way to them).
create or replace function public.reveal_applicant_nik(request_id uuid) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
  n private.request_identity_numbers;
begin
  perform private.require_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[]);
  select * into r from public.requests x where x.id = reveal_applicant_nik.request_id;
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  select * into n from private.request_identity_numbers i where i.request_id = r.id;
  perform private.audit('reveal_nik', 'requests', r.id::text, jsonb_build_object(
    'registration_no', r.registration_no, 'applicant', n.applicant_nik is not null, 'proxy', n.proxy_nik is not null));
  return jsonb_build_object('applicant_nik', n.applicant_nik, 'proxy_nik', n.proxy_nik);
end
$$;

-- Filing: as in 20261126000600, with the profile's NIK and the proxy's NIK written to the private table
-- in the same sub-transaction as the request, so an invalid NIK refuses the whole submission.
create or replace function public.submit_request(
  idempotency_key uuid,
  details text,
  purpose text,
  obtain_methods public.obtain_method[],
  copy_methods public.copy_method[] default '{}',
  declaration boolean default false,
  attachments jsonb default '[]',
  accessibility_needs text[] default '{}',
  accessibility_note text default null,
  target_unit_id bigint default null,
  proxy_name text default null,
  proxy_nik text default null,
  proxy_address text default null
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  p public.profiles;
  r public.requests;
  secret text;
  received timestamptz := now();
  received_on date;
  reg_year int;
begin
  if uid is null then
    perform private.fail('Silakan masuk terlebih dahulu.', 'not_signed_in', 'PT401');
  end if;
  if idempotency_key is null then
    perform private.fail('Kunci pengiriman wajib ada.', 'idempotency_key_missing');
  end if;
  -- Ten parallel retries of one submission wait here for the first, then find its request.
  perform pg_advisory_xact_lock(hashtext(uid::text || idempotency_key::text));
  select * into r from public.requests x where x.applicant_id = uid and x.idempotency_key = submit_request.idempotency_key;
  if found then
    select s.secret into secret from private.pending_secrets s where s.request_id = r.id and s.expires_at > now();
    return private.request_receipt(r, secret);
  end if;
  if declaration is not true then
    perform private.fail('Centang pernyataan kebenaran data dan penggunaan informasi.', 'declaration_required');
  end if;
  select * into p from public.profiles x where x.id = uid;
  if not found then
    perform private.fail('Lengkapi profil Anda sebelum mengajukan permohonan.', 'profile_missing');
  end if;
  if p.nik is null and p.sk_number is null then
    perform private.fail('Isian permohonan belum lengkap atau tidak sah: NIK atau nomor SK pemohon wajib ada.', 'invalid_request');
  end if;
  if not exists (select 1 from public.files f where f.profile_id = uid and f.kind = 'identity' and f.check_status <> 'mismatch') then
    perform private.fail('Unggah dokumen identitas (KTP atau akta) sebelum mengajukan permohonan.', 'identity_missing');
  end if;
  if proxy_name is not null and not exists (
    select 1 from jsonb_array_elements(coalesce(attachments, '[]')) a where a ->> 'kind' = 'power_of_attorney') then
    perform private.fail('Permohonan melalui kuasa wajib melampirkan surat kuasa.', 'power_of_attorney_missing');
  end if;
  received_on := public.received_day(received);
  reg_year := extract(year from (received at time zone private.settings_tz()))::int;
  secret := private.new_secret();
  begin
    insert into public.requests (
      registration_no, applicant_id, channel, idempotency_key, applicant_type, applicant_name,
      applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email,
      proxy_name, proxy_address, details, purpose, obtain_methods, copy_methods, accessibility_needs,
      accessibility_note, target_unit_id, declared_at, received_at, received_on, due_notice_on,
      deadline_provisional, lookup_secret_hash)
    values (
      private.next_number('request', (select s.request_prefix from public.agency_settings s), reg_year), uid, 'web',
      submit_request.idempotency_key, p.applicant_type, p.full_name, p.sk_number, p.address, p.occupation,
      p.phone, coalesce(p.email, (select u.email from auth.users u where u.id = uid)),
      submit_request.proxy_name, submit_request.proxy_address, submit_request.details,
      submit_request.purpose, submit_request.obtain_methods, coalesce(submit_request.copy_methods, '{}'),
      coalesce(submit_request.accessibility_needs, '{}'), submit_request.accessibility_note,
      submit_request.target_unit_id, now(), received, received_on, public.add_working_days(received_on, 10),
      public.deadline_provisional(received_on, public.add_working_days(received_on, 10)), private.hash_secret(secret))
    returning * into r;
    insert into private.request_identity_numbers (request_id, applicant_nik, proxy_nik)
    select r.id, p.nik, submit_request.proxy_nik where p.nik is not null or submit_request.proxy_nik is not null;
  exception when check_violation or not_null_violation or invalid_text_representation or foreign_key_violation then
    perform private.fail('Isian permohonan belum lengkap atau tidak sah: ' || sqlerrm, 'invalid_request');
  end;
  perform private.link_files(uid, attachments, array['supporting', 'power_of_attorney']::public.file_kind[], r.id, null);
  insert into private.pending_secrets (request_id, secret, expires_at) values (r.id, secret, now() + interval '1 day');
  delete from private.pending_secrets s where s.expires_at < now();
  perform private.log_event(r.id, 'submitted', null, 'submitted', 'public', null,
    jsonb_build_object('channel', 'web', 'due_notice_on', r.due_notice_on));
  return private.request_receipt(r, secret);
end
$$;

-- Offline registration: as in 20261126000600, the applicant's NIK (if given) to the private table.
create or replace function public.register_offline_request(
  channel public.request_channel,
  received_at timestamptz,
  applicant_type public.applicant_type,
  applicant_name text,
  applicant_address text,
  applicant_occupation text,
  details text,
  purpose text,
  obtain_methods public.obtain_method[],
  copy_methods public.copy_method[] default '{}',
  applicant_nik text default null,
  applicant_sk_number text default null,
  applicant_phone text default null,
  applicant_email text default null,
  applicant_id uuid default null,
  accessibility_needs text[] default '{}',
  target_unit_id bigint default null
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
  secret text := private.new_secret();
  received_on date;
begin
  if not private.has_role(array['petugas', 'ppid']::public.staff_role[]) then
    perform private.fail('Hanya petugas yang dapat mencatat permohonan luring.', 'forbidden', 'PT403');
  end if;
  if channel = 'web' then
    perform private.fail('Permohonan daring diajukan sendiri oleh pemohon.', 'channel_invalid');
  end if;
  if received_at is null or received_at > now() + interval '5 minutes' or received_at < now() - interval '1 year' then
    perform private.fail('Waktu diterima tidak boleh di masa depan atau lebih dari setahun lalu.', 'received_at_invalid');
  end if;
  received_on := public.received_day(received_at);
  begin
    insert into public.requests (
      registration_no, applicant_id, registered_by, channel, applicant_type, applicant_name,
      applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email,
      details, purpose, obtain_methods, copy_methods, accessibility_needs, target_unit_id, declared_at,
      received_at, received_on, due_notice_on, deadline_provisional, lookup_secret_hash)
    values (
      private.next_number('request', (select s.request_prefix from public.agency_settings s),
        extract(year from (register_offline_request.received_at at time zone private.settings_tz()))::int),
      register_offline_request.applicant_id, (select auth.uid()), channel, applicant_type, applicant_name,
      applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email,
      details, purpose, obtain_methods, coalesce(copy_methods, '{}'), coalesce(accessibility_needs, '{}'),
      target_unit_id, now(), register_offline_request.received_at, received_on, public.add_working_days(received_on, 10),
      public.deadline_provisional(received_on, public.add_working_days(received_on, 10)), private.hash_secret(secret))
    returning * into r;
    insert into private.request_identity_numbers (request_id, applicant_nik)
    select r.id, register_offline_request.applicant_nik where register_offline_request.applicant_nik is not null;
  exception when check_violation or not_null_violation or invalid_text_representation or foreign_key_violation then
    perform private.fail('Isian permohonan belum lengkap atau tidak sah: ' || sqlerrm, 'invalid_request');
  end;
  perform private.log_event(r.id, 'submitted', null, 'submitted', 'public', null,
    jsonb_build_object('channel', channel, 'due_notice_on', r.due_notice_on, 'offline', true));
  return private.request_receipt(r, secret);
end
$$;
