-- The applicant's NIK in the officer's workspace: shown masked by default (a computed column), and in
-- full only through reveal_applicant_nik, which writes who looked, when and at which request to the
-- audit log (UU 27/2022: personal data, read only with a reason that can be traced).

-- `6402••••••••0001`: enough to recognise a person, not enough to copy (the SPA's maskNik does the same).
create function public.applicant_nik_masked(r public.requests) returns text
language sql immutable
set search_path = ''
as $$
  select case
    when r.applicant_nik is null then null
    else left(r.applicant_nik, 4) || repeat('•', length(r.applicant_nik) - 8) || right(r.applicant_nik, 4)
  end
$$;

-- The full NIK of the applicant (and of the proxy, when one filed): staff who work cases only, and
-- every call leaves an audit row, the refused ones included for a request that exists.
create function public.reveal_applicant_nik(request_id uuid) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[]);
  select * into r from public.requests x where x.id = request_id;
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  perform private.audit('reveal_nik', 'requests', r.id::text, jsonb_build_object(
    'registration_no', r.registration_no, 'applicant', r.applicant_nik is not null, 'proxy', r.proxy_nik is not null));
  return jsonb_build_object('applicant_nik', r.applicant_nik, 'proxy_nik', r.proxy_nik);
end
$$;

revoke all on function public.applicant_nik_masked(public.requests), public.reveal_applicant_nik(uuid) from public;
grant execute on function public.applicant_nik_masked(public.requests), public.reveal_applicant_nik(uuid) to authenticated;
