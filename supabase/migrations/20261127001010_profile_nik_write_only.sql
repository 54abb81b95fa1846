-- A citizen's NIK in their profile is written through the API (the profile form, "Ubah NIK") but never
-- read back through it: not by staff ("Staff can read profiles" still shows them everything else), not by
-- the citizen. profiles has no computed column, so a column grant does it: SELECT on every column but
-- nik. The citizen sees their own NIK masked through my_nik_masked(); submit_request (security definer)
-- still copies the full NIK into the request's private identity row.

revoke select on public.profiles from authenticated;
grant select (id, applicant_type, full_name, sk_number, address, occupation, phone, email, accessibility_needs,
  created_at, updated_at) on public.profiles to authenticated;

-- The caller's own NIK, masked (`6402••••••••0001`); null without a profile or a NIK. No argument, so no
-- way to ask for anyone else's.
create function public.my_nik_masked() returns text
language sql stable security definer
set search_path = ''
as $$
  select private.mask_nik(p.nik) from public.profiles p where p.id = (select auth.uid())
$$;
revoke all on function public.my_nik_masked() from public;
grant execute on function public.my_nik_masked() to authenticated;
