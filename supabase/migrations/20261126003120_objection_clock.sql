-- The Atasan PPID's 30-working-day clock (UU KIP Pasal 36) as a computed column of objections, counted
-- by the same working-day function as every other deadline: working days from today (agency time) to
-- due_on; negative when overdue; null once the objection is decided or withdrawn.
create function public.objection_working_days_left(o public.objections) returns int
language sql stable
set search_path = ''
as $$
  select case when o.status in ('submitted', 'in_review')
    then public.working_days_between(public.local_date(now()), o.due_on) end
$$;

revoke all on function public.objection_working_days_left(public.objections) from public;
grant execute on function public.objection_working_days_left(public.objections) to authenticated;
