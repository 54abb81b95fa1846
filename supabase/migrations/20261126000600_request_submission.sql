-- Filing a request: identity documents, the one submit function (idempotent, gap-free number, files
-- linked in the same transaction), offline registration by an officer, and the anonymous status lookup.

create table private.pending_secrets (
  request_id uuid primary key references public.requests (id) on delete cascade,
  secret text not null,
  expires_at timestamptz not null
);

create table private.lookup_attempts (
  id bigint generated always as identity primary key,
  registration_no text not null,
  client text not null,
  at timestamptz not null default now()
);
create index lookup_attempts_no_idx on private.lookup_attempts (registration_no, at);
create index lookup_attempts_client_idx on private.lookup_attempts (client, at);

-- Raises a PostgREST-mapped error: `code` PTnnn sets the HTTP status, `hint` carries a stable reason the
-- SPA translates.
create function private.fail(message text, reason text, code text default 'P0001') returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using message = message, hint = reason, errcode = code;
end
$$;

create function private.next_number(kind text, prefix text, year int) returns text
language sql
set search_path = ''
as $$
  insert into private.registration_counters as c (kind, year, last) values (kind, year, 1)
  on conflict (kind, year) do update set last = c.last + 1
  returning format('%s-%s-%s', prefix, year, lpad(last::text, greatest(5, length(last::text)), '0'))
$$;

create function private.new_secret() returns text
language sql volatile
set search_path = ''
as $$
  select translate(rtrim(encode(extensions.gen_random_bytes(18), 'base64'), '='), '+/', '-_')
$$;

create function private.hash_secret(secret text) returns text
language sql immutable
set search_path = ''
as $$
  select encode(extensions.digest(secret, 'sha256'), 'hex')
$$;

-- The caller's role name for the timeline: their strongest active staff role, else pemohon.
create function private.actor_role() returns text
language sql stable security definer
set search_path = ''
as $$
  select coalesce((
    select r.role::text from public.user_roles r
    where r.user_id = (select auth.uid()) and r.active
    order by array_position(array['atasan_ppid', 'ppid', 'petugas', 'admin']::public.staff_role[], r.role)
    limit 1), case when (select auth.uid()) is null then 'system' else 'pemohon' end)
$$;

create function private.log_event(
  request uuid, kind text, from_status public.request_status, to_status public.request_status,
  visibility public.event_visibility, body text default null, data jsonb default '{}'
) returns bigint
language sql security definer
set search_path = ''
as $$
  insert into public.request_events (request_id, actor_id, actor_role, kind, from_status, to_status, visibility, body, data)
  values (request, (select auth.uid()), private.actor_role(), kind, from_status, to_status, visibility, body, coalesce(data, '{}'))
  returning id
$$;

-- Links uploaded objects to a request or profile: each must exist in the bucket, under the caller's
-- folder, uploaded by the caller, and not linked anywhere yet.
create function private.link_files(
  owner uuid, items jsonb, allowed_kinds public.file_kind[], request uuid, profile uuid
) returns int
language plpgsql security definer
set search_path = ''
as $$
declare
  item jsonb;
  obj record;
  n int := 0;
begin
  if items is null or items = 'null'::jsonb then
    return 0;
  end if;
  if jsonb_typeof(items) <> 'array' then
    perform private.fail('Daftar lampiran tidak sah.', 'attachments_invalid');
  end if;
  if jsonb_array_length(items) > 20 then
    perform private.fail('Terlalu banyak lampiran (paling banyak 20).', 'too_many_files');
  end if;
  for item in select value from jsonb_array_elements(items) loop
    if jsonb_typeof(item) <> 'object' or (item ->> 'kind') is null or not (item ->> 'kind') = any (allowed_kinds::text[]) then
      perform private.fail('Jenis lampiran tidak dikenal.', 'file_kind_invalid');
    end if;
    -- Identity documents live in the identity bucket, everything a citizen attaches in attachments.
    select o.bucket_id, o.name, o.owner_id, o.metadata into obj from storage.objects o
    where o.bucket_id = item ->> 'bucket' and o.name = item ->> 'name'
      and o.bucket_id = case when item ->> 'kind' = 'identity' then 'identity' else 'attachments' end;
    if not found or obj.owner_id is distinct from owner::text or (storage.foldername(obj.name))[1] is distinct from owner::text then
      perform private.fail('Lampiran tidak ditemukan di folder Anda; unggah ulang.', 'file_missing');
    end if;
    if coalesce((obj.metadata ->> 'size')::bigint, 1) < 1 then
      perform private.fail('Lampiran kosong; unggah ulang berkasnya.', 'file_empty');
    end if;
    if not public.is_plain_line(coalesce(item ->> 'original_name', '')) then
      perform private.fail('Nama berkas berisi karakter yang tidak diizinkan.', 'file_name_invalid');
    end if;
    if exists (select 1 from public.files f where f.bucket_id = obj.bucket_id and f.object_name = obj.name) then
      perform private.fail('Lampiran itu sudah dipakai.', 'file_already_linked');
    end if;
    insert into public.files (bucket_id, object_name, owner_id, kind, original_name, mime_type, size_bytes, request_id, profile_id)
    values (obj.bucket_id, obj.name, owner, (item ->> 'kind')::public.file_kind, left(item ->> 'original_name', 255),
      coalesce(obj.metadata ->> 'mimetype', 'application/octet-stream'), coalesce((obj.metadata ->> 'size')::bigint, 1),
      request, profile);
    n := n + 1;
  end loop;
  return n;
end
$$;

-- A citizen registers the identity document they uploaded to identity/<uid>/...
create function public.add_identity_document(object_name text, original_name text default null) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  file_id uuid;
begin
  if uid is null then
    perform private.fail('Silakan masuk terlebih dahulu.', 'not_signed_in', 'PT401');
  end if;
  if not exists (select 1 from public.profiles p where p.id = uid) then
    perform private.fail('Lengkapi profil sebelum mengunggah identitas.', 'profile_missing');
  end if;
  perform private.link_files(uid, jsonb_build_array(jsonb_build_object(
    'bucket', 'identity', 'name', object_name, 'kind', 'identity', 'original_name', original_name)),
    array['identity']::public.file_kind[], null, uid);
  select f.id into file_id from public.files f where f.bucket_id = 'identity' and f.object_name = add_identity_document.object_name;
  return file_id;
end
$$;

create function private.request_receipt(r public.requests, secret text) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', r.id, 'registration_no', r.registration_no, 'secret', secret, 'status', r.status,
    'received_at', r.received_at, 'received_on', r.received_on, 'due_notice_on', r.due_notice_on,
    'deadline_provisional', r.deadline_provisional)
$$;

-- The one way a citizen files a request. A retry with the same idempotency key returns the same
-- request (and, for a day, the same secret), so a dropped connection never files twice.
create function public.submit_request(
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
      registration_no, applicant_id, channel, idempotency_key, applicant_type, applicant_name, applicant_nik,
      applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email,
      proxy_name, proxy_nik, proxy_address, details, purpose, obtain_methods, copy_methods, accessibility_needs,
      accessibility_note, target_unit_id, declared_at, received_at, received_on, due_notice_on,
      deadline_provisional, lookup_secret_hash)
    values (
      private.next_number('request', (select s.request_prefix from public.agency_settings s), reg_year), uid, 'web',
      submit_request.idempotency_key, p.applicant_type, p.full_name, p.nik, p.sk_number, p.address, p.occupation,
      p.phone, coalesce(p.email, (select u.email from auth.users u where u.id = uid)),
      submit_request.proxy_name, submit_request.proxy_nik, submit_request.proxy_address, submit_request.details,
      submit_request.purpose, submit_request.obtain_methods, coalesce(submit_request.copy_methods, '{}'),
      coalesce(submit_request.accessibility_needs, '{}'), submit_request.accessibility_note,
      submit_request.target_unit_id, now(), received, received_on, public.add_working_days(received_on, 10),
      public.deadline_provisional(received_on, public.add_working_days(received_on, 10)), private.hash_secret(secret))
    returning * into r;
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

-- An officer records a walk-in, phone, email, letter or WhatsApp request on the applicant's behalf.
create function public.register_offline_request(
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
      registration_no, applicant_id, registered_by, channel, applicant_type, applicant_name, applicant_nik,
      applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email,
      details, purpose, obtain_methods, copy_methods, accessibility_needs, target_unit_id, declared_at,
      received_at, received_on, due_notice_on, deadline_provisional, lookup_secret_hash)
    values (
      private.next_number('request', (select s.request_prefix from public.agency_settings s),
        extract(year from (register_offline_request.received_at at time zone private.settings_tz()))::int),
      register_offline_request.applicant_id, (select auth.uid()), channel, applicant_type, applicant_name,
      applicant_nik, applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email,
      details, purpose, obtain_methods, coalesce(copy_methods, '{}'), coalesce(accessibility_needs, '{}'),
      target_unit_id, now(), register_offline_request.received_at, received_on, public.add_working_days(received_on, 10),
      public.deadline_provisional(received_on, public.add_working_days(received_on, 10)), private.hash_secret(secret))
    returning * into r;
  exception when check_violation or not_null_violation or invalid_text_representation or foreign_key_violation then
    perform private.fail('Isian permohonan belum lengkap atau tidak sah: ' || sqlerrm, 'invalid_request');
  end;
  perform private.log_event(r.id, 'submitted', null, 'submitted', 'public', null,
    jsonb_build_object('channel', channel, 'due_notice_on', r.due_notice_on, 'offline', true));
  return private.request_receipt(r, secret);
end
$$;

-- Status check without an account: registration number plus secret, by POST. Any mismatch gets the
-- same answer; failed attempts are throttled per number and per client address.
create function public.lookup_request(registration_no text, secret text) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  r public.requests;
  -- The address the gateway saw (Kong's X-Real-IP); the first X-Forwarded-For entry is whatever the
  -- client sent, so throttling on it could be dodged by sending a new one each time.
  caller_addr text := coalesce(nullif(current_setting('request.headers', true)::jsonb ->> 'x-real-ip', ''),
    nullif(btrim(split_part(current_setting('request.headers', true)::jsonb ->> 'x-forwarded-for', ',', 1)), ''), 'unknown');
  reg_no text := upper(left(coalesce(lookup_request.registration_no, ''), 40));
begin
  if (select count(*) from private.lookup_attempts a where a.registration_no = reg_no and a.at > now() - interval '15 minutes') >= 10
     or (select count(*) from private.lookup_attempts a where a.client = caller_addr and a.at > now() - interval '1 minute') >= 30 then
    perform private.fail('Terlalu banyak percobaan. Coba lagi beberapa menit lagi.', 'too_many_attempts', 'PT429');
  end if;
  select * into r from public.requests x where x.registration_no = reg_no;
  if not found or lookup_request.secret is null or r.lookup_secret_hash <> private.hash_secret(lookup_request.secret) then
    insert into private.lookup_attempts (registration_no, client) values (reg_no, caller_addr);
    return jsonb_build_object('found', false);
  end if;
  return jsonb_build_object(
    'found', true, 'registration_no', r.registration_no, 'status', r.status, 'decision_type', r.decision_type,
    'received_on', r.received_on, 'due_notice_on', r.due_notice_on, 'due_final_on', r.due_final_on,
    'deadline_provisional', r.deadline_provisional, 'notice_sent_at', r.notice_sent_at,
    'delivered_at', r.delivered_at, 'closed_at', r.closed_at,
    'timeline', coalesce((select jsonb_agg(jsonb_build_object('at', e.at, 'kind', e.kind, 'to_status', e.to_status) order by e.id)
      from public.request_events e where e.request_id = r.id and e.visibility = 'public' and e.kind <> 'message'), '[]'));
end
$$;

revoke all on function private.fail(text, text, text), private.next_number(text, text, int), private.new_secret(),
  private.hash_secret(text), private.actor_role(), private.log_event(uuid, text, public.request_status,
  public.request_status, public.event_visibility, text, jsonb), private.link_files(uuid, jsonb, public.file_kind[], uuid, uuid),
  private.request_receipt(public.requests, text) from public;
revoke all on function public.add_identity_document(text, text), public.submit_request(uuid, text, text,
  public.obtain_method[], public.copy_method[], boolean, jsonb, text[], text, bigint, text, text, text),
  public.register_offline_request(public.request_channel, timestamptz, public.applicant_type, text, text, text, text,
  text, public.obtain_method[], public.copy_method[], text, text, text, text, uuid, text[], bigint),
  public.lookup_request(text, text) from public;
grant execute on function public.add_identity_document(text, text), public.submit_request(uuid, text, text,
  public.obtain_method[], public.copy_method[], boolean, jsonb, text[], text, bigint, text, text, text),
  public.register_offline_request(public.request_channel, timestamptz, public.applicant_type, text, text, text, text,
  text, public.obtain_method[], public.copy_method[], text, text, text, text, uuid, text[], bigint) to authenticated;
grant execute on function public.lookup_request(text, text) to anon, authenticated;
grant execute on function private.fail(text, text, text) to authenticated, service_role;
