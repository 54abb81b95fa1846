-- Who can be given a case: the active petugas and PPID with a name to show (from the account's
-- full_name, else the email), for the assignment form and the timeline. Only staff who work cases may
-- read it; citizens and admins get nothing (admins manage roles through their own screens).
create function public.list_active_staff()
returns table (user_id uuid, display_name text, email text, roles public.staff_role[])
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[]);
  return query
    select u.id, coalesce(nullif(btrim(u.raw_user_meta_data ->> 'full_name'), ''), u.email::text), u.email::text,
      array_agg(ur.role order by ur.role)
    from public.user_roles ur join auth.users u on u.id = ur.user_id
    where ur.active and ur.role in ('petugas', 'ppid', 'atasan_ppid')
    group by u.id, u.raw_user_meta_data, u.email
    order by 2;
end
$$;

revoke all on function public.list_active_staff() from public;
grant execute on function public.list_active_staff() to authenticated;
