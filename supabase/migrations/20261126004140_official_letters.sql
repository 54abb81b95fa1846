-- Official letters (domain.md §4.1, §5, §8.5 "notice"): the receipt of a request, the written notice,
-- the extension notice, the refusal decree and the Atasan PPID's answer to an objection. The officer's
-- browser generates the PDF, uploads it to responses/<request id>/… and links it here with its letter
-- number and SHA-256, so the applicant can read it and anyone can later check that a copy is unaltered.

create type public.letter_type as enum ('receipt', 'notice', 'extension', 'refusal', 'objection_decision');

create table public.letters (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references public.requests (id) on delete cascade,
  objection_id uuid references public.objections (id) on delete cascade,
  file_id uuid not null unique references public.files (id) on delete cascade,
  letter_type public.letter_type not null,
  letter_no text not null check (length(letter_no) between 1 and 100 and public.is_plain_line(letter_no)),
  letter_date date not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint letters_objection check ((letter_type = 'objection_decision') = (objection_id is not null))
);
create index letters_request_idx on public.letters (request_id, created_at);
alter table public.letters enable row level security;
grant select on public.letters to authenticated, service_role;
create policy "Citizens can read the letters of their requests" on public.letters for select to authenticated
  using (exists (select 1 from public.requests r where r.id = request_id and r.applicant_id = (select auth.uid())));
create policy "Staff can read every letter" on public.letters for select to authenticated using ((select private.is_staff()));

-- Links a generated letter: the request must be in a state the letter type fits, the object must be a
-- PDF in the request's folder that nothing links yet.
create function public.attach_letter(
  request_id uuid, object_name text, letter_type public.letter_type, letter_no text, letter_date date, sha256 text,
  objection_id uuid default null
) returns public.letters
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
  o public.objections;
  obj record;
  file_id uuid;
  l public.letters;
  file_name text;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  select * into r from public.requests x where x.id = request_id for share;
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  if letter_no is null or length(btrim(letter_no)) not between 1 and 100 or not public.is_plain_line(letter_no) then
    perform private.fail('Nomor surat wajib diisi, satu baris, paling banyak 100 karakter.', 'letter_no_invalid');
  end if;
  if sha256 is null or sha256 !~ '^[0-9a-f]{64}$' then
    perform private.fail('Sidik SHA-256 surat tidak sah.', 'sha256_invalid');
  end if;
  if letter_date is null or letter_date > private.today() or letter_date < public.local_date(r.received_at) then
    perform private.fail('Tanggal surat harus antara tanggal permohonan diterima dan hari ini.', 'letter_date_invalid');
  end if;
  if objection_id is not null and letter_type <> 'objection_decision' then
    perform private.fail('Hanya surat tanggapan keberatan yang merujuk keberatan.', 'letter_not_applicable');
  end if;
  if letter_type = 'notice' and r.decision_type is null
    or letter_type = 'extension' and r.extended_at is null
    or letter_type = 'refusal' and r.decision_type is distinct from 'rejected_exempt' and r.decision_type is distinct from 'granted_partial' then
    perform private.fail('Jenis surat ini belum berlaku untuk status permohonan sekarang.', 'letter_not_applicable');
  end if;
  if letter_type = 'objection_decision' then
    select * into o from public.objections x where x.id = attach_letter.objection_id and x.request_id = r.id;
    if not found then
      perform private.fail('Keberatan tidak ditemukan pada permohonan ini.', 'not_found', 'PT404');
    end if;
    if o.status not in ('upheld', 'rejected', 'settled_musyawarah') then
      perform private.fail('Tanggapan atas keberatan dibuat setelah Atasan PPID memutusnya.', 'letter_not_applicable');
    end if;
  end if;
  select x.metadata into obj from storage.objects x
  where x.bucket_id = 'responses' and x.name = object_name and (storage.foldername(x.name))[1] = r.id::text;
  if not found then
    perform private.fail('Dokumen tidak ditemukan di folder permohonan ini.', 'file_missing');
  end if;
  if coalesce(obj.metadata ->> 'mimetype', '') <> 'application/pdf' then
    perform private.fail('Surat harus berupa PDF.', 'letter_not_pdf');
  end if;
  if exists (select 1 from public.files f where f.bucket_id = 'responses' and f.object_name = attach_letter.object_name) then
    perform private.fail('Dokumen itu sudah dilampirkan.', 'file_already_linked');
  end if;
  file_name := format('%s-%s.pdf', replace(letter_type::text, '_', '-'), coalesce(o.registration_no, r.registration_no));
  insert into public.files (bucket_id, object_name, owner_id, kind, original_name, mime_type, size_bytes, request_id)
  values ('responses', object_name, (select auth.uid()), 'letter', file_name, 'application/pdf',
    coalesce((obj.metadata ->> 'size')::bigint, 1), r.id)
  returning id into file_id;
  insert into public.letters (request_id, objection_id, file_id, letter_type, letter_no, letter_date, sha256, created_by)
  values (r.id, attach_letter.objection_id, file_id, letter_type, btrim(letter_no), letter_date, sha256, (select auth.uid()))
  returning * into l;
  perform private.log_event(r.id, 'document', null, null, 'public', null,
    jsonb_build_object('file_id', file_id, 'kind', 'letter', 'name', file_name, 'letter_id', l.id,
      'letter_type', letter_type, 'letter_no', l.letter_no, 'objection_id', objection_id));
  return l;
end
$$;

revoke all on function public.attach_letter(uuid, text, public.letter_type, text, date, text, uuid) from public;
grant execute on function public.attach_letter(uuid, text, public.letter_type, text, date, text, uuid) to authenticated;
