-- Staff roles and the audit log. Roles live in a table with an `active` flag and are read on every
-- call, never from user_metadata or only from a JWT claim, so a deactivated officer loses access at once.

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

create type public.staff_role as enum ('petugas', 'ppid', 'atasan_ppid', 'admin');

create table public.user_roles (
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.staff_role not null,
  active boolean not null default true,
  granted_by uuid references auth.users (id) on delete set null,
  granted_at timestamptz not null default now(),
  revoked_by uuid references auth.users (id) on delete set null,
  revoked_at timestamptz,
  primary key (user_id, role)
);
create index user_roles_active_idx on public.user_roles (user_id) where active;
alter table public.user_roles enable row level security;

-- Append-only record of who did what; nobody may change or remove a row, the service role included.
create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  action text not null,
  entity text not null,
  entity_id text,
  detail jsonb not null default '{}'
);
create index audit_log_entity_idx on public.audit_log (entity, entity_id);
create index audit_log_at_idx on public.audit_log (at desc);
alter table public.audit_log enable row level security;

create function private.forbid_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
    using errcode = '42501', hint = 'History and audit rows are never changed or removed.';
end
$$;

create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function private.forbid_change();
create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function private.forbid_change();

-- Helpers for policies and functions: the caller's active staff roles, read from the table each call.
-- Staff here means those who work cases (petugas, PPID, Atasan PPID); an admin runs the service but does
-- not read citizens' cases.
create function private.has_role(wanted public.staff_role[]) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.user_roles r
    where r.user_id = (select auth.uid()) and r.active and r.role = any (wanted)
  )
$$;

create function private.is_staff() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select private.has_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[])
$$;

create function private.audit(action text, entity text, entity_id text, detail jsonb default '{}')
returns void
language sql security definer
set search_path = ''
as $$
  insert into public.audit_log (actor_id, action, entity, entity_id, detail)
  values ((select auth.uid()), action, entity, entity_id, coalesce(detail, '{}'))
$$;

revoke all on function private.has_role(public.staff_role[]), private.is_staff(),
  private.audit(text, text, text, jsonb), private.forbid_change() from public;
grant execute on function private.has_role(public.staff_role[]), private.is_staff() to authenticated, service_role;

grant select on public.user_roles to authenticated, service_role;
grant select on public.audit_log to authenticated, service_role;

create policy "Staff can read their own roles" on public.user_roles
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Admins can read every role" on public.user_roles
  for select to authenticated using ((select private.has_role(array['admin']::public.staff_role[])));
create policy "Admins can read the audit log" on public.audit_log
  for select to authenticated using ((select private.has_role(array['admin']::public.staff_role[])));

-- Roles change only here: by an active admin, never on themselves, never removing the last admin.
create function public.grant_role(target uuid, wanted public.staff_role) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  -- The same lock as revoke_role: an admin revoked a moment ago cannot still grant.
  perform pg_advisory_xact_lock(hashtext('revoke_admin'));
  if not private.has_role(array['admin']::public.staff_role[]) then
    raise exception 'Hanya admin aktif yang dapat memberi peran.' using errcode = '42501';
  end if;
  if target = (select auth.uid()) then
    raise exception 'Admin tidak dapat mengubah perannya sendiri.' using errcode = '42501';
  end if;
  if not exists (select 1 from auth.users where id = target) then
    raise exception 'Akun tidak ditemukan.' using errcode = 'P0002';
  end if;
  insert into public.user_roles (user_id, role, active, granted_by, granted_at)
  values (target, wanted, true, (select auth.uid()), now())
  on conflict (user_id, role) do update
    set active = true, granted_by = excluded.granted_by, granted_at = now(), revoked_by = null, revoked_at = null;
  perform private.audit('grant_role', 'user_roles', target::text, jsonb_build_object('role', wanted));
end
$$;

create function public.revoke_role(target uuid, wanted public.staff_role) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  -- Serialise revocations (before the caller's own role is read) so two admins cannot remove each other at once.
  perform pg_advisory_xact_lock(hashtext('revoke_admin'));
  if not private.has_role(array['admin']::public.staff_role[]) then
    raise exception 'Hanya admin aktif yang dapat mencabut peran.' using errcode = '42501';
  end if;
  if target = (select auth.uid()) then
    raise exception 'Admin tidak dapat mengubah perannya sendiri.' using errcode = '42501';
  end if;
  if wanted = 'admin' and (
    select count(*) from public.user_roles where role = 'admin' and active and user_id <> target
  ) = 0 then
    raise exception 'Admin terakhir tidak dapat dicabut.' using errcode = '42501';
  end if;
  update public.user_roles set active = false, revoked_by = (select auth.uid()), revoked_at = now()
  where user_id = target and role = wanted and active;
  if not found then
    raise exception 'Peran itu tidak aktif pada akun tersebut.' using errcode = 'P0002';
  end if;
  perform private.audit('revoke_role', 'user_roles', target::text, jsonb_build_object('role', wanted));
end
$$;

revoke all on function public.grant_role(uuid, public.staff_role), public.revoke_role(uuid, public.staff_role) from public;
grant execute on function public.grant_role(uuid, public.staff_role), public.revoke_role(uuid, public.staff_role) to authenticated;
