-- Staff administration for the admin pages: find an account by email, list the staff, deactivate a
-- member at once; grant_role and revoke_role keep their rules and now say which rule refused (a stable
-- reason in the hint, as every other function does, and "not found" answers 404 instead of 500), so the
-- page can explain it.

create or replace function public.grant_role(target uuid, wanted public.staff_role) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  -- The same lock as revoke_role: an admin revoked a moment ago cannot still grant.
  perform pg_advisory_xact_lock(hashtext('revoke_admin'));
  if not private.has_role(array['admin']::public.staff_role[]) then
    raise exception 'Hanya admin aktif yang dapat memberi peran.' using errcode = '42501', hint = 'forbidden';
  end if;
  if target = (select auth.uid()) then
    raise exception 'Admin tidak dapat mengubah perannya sendiri.' using errcode = '42501', hint = 'self_change';
  end if;
  if not exists (select 1 from auth.users where id = target) then
    raise exception 'Akun tidak ditemukan.' using errcode = 'PT404', hint = 'account_not_found';
  end if;
  insert into public.user_roles (user_id, role, active, granted_by, granted_at)
  values (target, wanted, true, (select auth.uid()), now())
  on conflict (user_id, role) do update
    set active = true, granted_by = excluded.granted_by, granted_at = now(), revoked_by = null, revoked_at = null;
  perform private.audit('grant_role', 'user_roles', target::text, jsonb_build_object('role', wanted));
end
$$;

create or replace function public.revoke_role(target uuid, wanted public.staff_role) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  -- Serialise revocations (before the caller's own role is read) so two admins cannot remove each other at once.
  perform pg_advisory_xact_lock(hashtext('revoke_admin'));
  if not private.has_role(array['admin']::public.staff_role[]) then
    raise exception 'Hanya admin aktif yang dapat mencabut peran.' using errcode = '42501', hint = 'forbidden';
  end if;
  if target = (select auth.uid()) then
    raise exception 'Admin tidak dapat mengubah perannya sendiri.' using errcode = '42501', hint = 'self_change';
  end if;
  if wanted = 'admin' and (
    select count(*) from public.user_roles where role = 'admin' and active and user_id <> target
  ) = 0 then
    raise exception 'Admin terakhir tidak dapat dicabut.' using errcode = '42501', hint = 'last_admin';
  end if;
  update public.user_roles set active = false, revoked_by = (select auth.uid()), revoked_at = now()
  where user_id = target and role = wanted and active;
  if not found then
    raise exception 'Peran itu tidak aktif pada akun tersebut.' using errcode = 'PT404', hint = 'role_not_active';
  end if;
  perform private.audit('revoke_role', 'user_roles', target::text, jsonb_build_object('role', wanted));
end
$$;

-- Every active role of a member at once (someone leaving the office), under the same rules.
create function public.deactivate_staff(target uuid) returns int
language plpgsql security definer
set search_path = ''
as $$
declare
  roles public.staff_role[];
begin
  perform pg_advisory_xact_lock(hashtext('revoke_admin'));
  perform private.require_role(array['admin']::public.staff_role[]);
  if target = (select auth.uid()) then
    perform private.fail('Admin tidak dapat menonaktifkan akunnya sendiri.', 'self_change', '42501');
  end if;
  select array_agg(r.role order by r.role) into roles from public.user_roles r where r.user_id = target and r.active;
  if roles is null then
    perform private.fail('Akun ini tidak memegang peran aktif.', 'role_not_active', 'PT404');
  end if;
  if 'admin' = any (roles) and not exists (
    select 1 from public.user_roles r where r.role = 'admin' and r.active and r.user_id <> target) then
    perform private.fail('Admin terakhir tidak dapat dinonaktifkan.', 'last_admin', '42501');
  end if;
  update public.user_roles set active = false, revoked_by = (select auth.uid()), revoked_at = now()
  where user_id = target and active;
  perform private.audit('deactivate_staff', 'user_roles', target::text, jsonb_build_object('roles', roles));
  return cardinality(roles);
end
$$;

-- One account by its exact email: id, email and name only (never the profile's NIK or address).
create function public.admin_find_account(account_email text)
returns table (id uuid, email text, full_name text)
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  if account_email is null or length(btrim(account_email)) > 255 or btrim(account_email) !~ '^[^\s@]+@[^\s@]+\.[^\s@]+$' then
    perform private.fail('Tulis alamat email lengkap akun yang dicari.', 'email_invalid');
  end if;
  return query
    select u.id, u.email::text, p.full_name from auth.users u left join public.profiles p on p.id = u.id
    where lower(u.email) = lower(btrim(account_email));
end
$$;

-- Everyone who holds or held a staff role, with the email the admin knows them by.
create function public.admin_list_staff()
returns table (id uuid, email text, full_name text, active_roles public.staff_role[], former_roles public.staff_role[])
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_role(array['admin']::public.staff_role[]);
  return query
    select u.id, u.email::text, p.full_name,
      coalesce(array_agg(r.role order by r.role) filter (where r.active), '{}'),
      coalesce(array_agg(r.role order by r.role) filter (where not r.active), '{}')
    from public.user_roles r join auth.users u on u.id = r.user_id left join public.profiles p on p.id = u.id
    group by u.id, u.email, p.full_name
    order by bool_or(r.active) desc, lower(u.email::text);
end
$$;

revoke all on function public.deactivate_staff(uuid), public.admin_find_account(text), public.admin_list_staff() from public;
grant execute on function public.deactivate_staff(uuid), public.admin_find_account(text), public.admin_list_staff() to authenticated;
