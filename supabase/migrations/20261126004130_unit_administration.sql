-- Units (OPD / PPID Pelaksana) for the admin page: add, edit, deactivate, each audited. Units are never
-- removed: requests keep pointing at the unit they were routed to.

create function public.save_unit(unit_id bigint, code text, name text, active boolean default true) returns public.units
language plpgsql security definer
set search_path = ''
as $$
declare
  u public.units;
  before public.units;
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  code := upper(btrim(code));
  name := btrim(name);
  if code is null or code !~ '^[A-Z0-9-]{2,20}$' then
    perform private.fail('Kode unit: 2–20 huruf kapital, angka atau tanda hubung.', 'unit_code_invalid');
  end if;
  if name is null or length(name) not between 3 and 200 or not public.is_plain_line(name) then
    perform private.fail('Nama unit wajib diisi, satu baris, 3–200 karakter.', 'unit_name_invalid');
  end if;
  if active is null then
    perform private.fail('Status unit tidak sah.', 'unit_active_invalid');
  end if;
  if exists (select 1 from public.units x where x.code = save_unit.code and x.id is distinct from unit_id) then
    perform private.fail(format('Kode %s sudah dipakai unit lain.', code), 'unit_code_taken');
  end if;
  if unit_id is null then
    insert into public.units (code, name, active) values (code, name, active) returning * into u;
    perform private.audit('insert_unit', 'units', u.id::text, to_jsonb(u));
  else
    select * into before from public.units x where x.id = unit_id for update;
    if not found then
      perform private.fail('Unit tidak ditemukan; muat ulang daftar.', 'not_found', 'PT404');
    end if;
    update public.units x set code = save_unit.code, name = save_unit.name, active = save_unit.active
    where x.id = unit_id returning * into u;
    perform private.audit('update_unit', 'units', u.id::text, jsonb_build_object('old', to_jsonb(before), 'new', to_jsonb(u)));
  end if;
  return u;
end
$$;

revoke all on function public.save_unit(bigint, text, text, boolean) from public;
grant execute on function public.save_unit(bigint, text, text, boolean) to authenticated;
