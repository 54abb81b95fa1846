-- The Atasan PPID decides objections and signs the written answer (UU KIP Pasal 36, domain.md §5), so
-- they generate and attach that letter themselves: attach_letter accepts atasan_ppid for the
-- objection_decision letter only (other letters stay with petugas and PPID), and a storage policy lets
-- the Atasan upload the PDF into responses/<request id>/letters/ of a request whose objection is decided.

create or replace function public.attach_letter(
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
  -- The Atasan PPID signs the answer to an objection (UU KIP Pasal 36) and may attach it; every other
  -- letter is the PPID's, attached by petugas or PPID.
  if letter_type = 'objection_decision' then
    perform private.require_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[]);
  else
    perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  end if;
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

create policy "The Atasan PPID can upload an objection's answer into its request's letters folder" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'responses' and (storage.foldername(name))[2] = 'letters'
    and private.has_role(array['atasan_ppid']::public.staff_role[])
    and exists (select 1 from public.objections o where o.request_id::text = (storage.foldername(storage.objects.name))[1]
      and o.status in ('upheld', 'rejected', 'settled_musyawarah')));
