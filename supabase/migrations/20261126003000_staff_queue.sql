-- The officer's queue and dashboard counters as staff-only functions. Under RLS every filter PostgREST
-- sends must pass the row policies first, and the enum `= any` and `ilike` operators are not leakproof, so
-- they cannot become index conditions: the exact count then walks the whole open backlog. These functions
-- check the caller's active case-working role once (private.is_staff(): petugas, PPID, Atasan PPID; not
-- an admin, not a deactivated officer), then query the table as its owner with the filters as index
-- conditions. They return only what the queue shows, never NIK or contact data.

-- "Clock running": no written notice yet and a status whose statutory deadline counts (domain.md §8.2,
-- the same rule as public.is_overdue). Deadline = coalesce(due_final_on, due_notice_on). The two dates are
-- included so the counters can be index-only scans (the planner reads no column out of an expression).
create index requests_clock_deadline_idx on public.requests ((coalesce(due_final_on, due_notice_on)), id)
  include (due_notice_on, due_final_on)
  where notice_sent_at is null and status in ('submitted', 'in_process', 'needs_completion', 'extended');
-- The date-range filter is on the received working day.
create index requests_received_on_idx on public.requests (received_on);

-- Working days after a up to and including b (negative when b is before a), as
-- public.working_days_between, but in constant time: weekdays from a closed form (w(d) = weekdays since a
-- Sunday long ago), minus the weekday holidays in between (a primary-key range). The queue shows it for
-- requests that may be years overdue, where counting day by day would be slow. Written out in the page
-- query too, as a function with `set search_path` is never inlined and costs a call per row.
create function private.working_days_fast(a date, b date) returns int
language sql stable
set search_path = ''
as $$
  select ((b - date '1899-12-31') / 7 * 5 + least((b - date '1899-12-31') % 7, 5))
    - ((a - date '1899-12-31') / 7 * 5 + least((a - date '1899-12-31') % 7, 5))
    - sign(b - a)::int * (select count(*)::int from public.holidays h
        where h.day > least(a, b) and h.day <= greatest(a, b) and extract(isodow from h.day) < 6)
$$;

create type public.queue_item as (
  id uuid,
  registration_no text,
  applicant_name text,
  channel public.request_channel,
  status public.request_status,
  received_at timestamptz,
  received_on date,
  -- The next deadline: the notice deadline while the clock runs, the promised delivery date after a grant.
  deadline date,
  working_days_left int,
  overdue boolean,
  assigned_unit_id bigint,
  unit_name text,
  assignee_id uuid,
  open_objection boolean,
  details text
);

create function private.require_case_staff() returns void
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not private.is_staff() then
    perform private.fail('Hanya petugas, PPID atau Atasan PPID aktif yang dapat membuka antrean.', 'forbidden', 'PT403');
  end if;
end
$$;

-- One page of the queue and the exact number of matching requests.
--   statuses      any of these statuses (null: all)
--   due           'soon': clock running, deadline today or within 2 working days; 'overdue': past it
--   search        registration number, applicant name or the requested information (case-insensitive)
--   sort          'deadline' (requests without a running deadline last), 'received' or 'number'
create function public.staff_queue(
  statuses public.request_status[] default null,
  channel public.request_channel default null,
  unit_id bigint default null,
  assignee_id uuid default null,
  unassigned boolean default false,
  due text default null,
  received_from date default null,
  received_to date default null,
  search text default null,
  open_objection boolean default false,
  sort text default 'deadline',
  descending boolean default false,
  page_limit int default 25,
  page_offset int default 0
) returns table (total bigint, items public.queue_item[])
language plpgsql stable security definer
set search_path = ''
as $$
declare
  today date := public.local_date(now());
  soon date;
  term text := nullif(btrim(search), '');
  clock constant text := 'r.notice_sent_at is null and r.status in (''submitted'', ''in_process'', ''needs_completion'', ''extended'')';
  deadline_expr constant text := 'case when r.status in (''submitted'', ''in_process'', ''needs_completion'', ''extended'') '
    || 'then coalesce(r.due_final_on, r.due_notice_on) when r.status in (''decided'', ''awaiting_payment'') then r.delivery_due_on end';
  conds text[] := array['true'];
  sort_expr text;
  dir text := case when descending then 'desc' else 'asc' end;
  page_sql text;
  found_total bigint;
  found_items public.queue_item[];
begin
  perform private.require_case_staff();
  if page_limit is null or page_limit not between 1 and 1000 or page_offset is null or page_offset < 0 then
    perform private.fail('Ukuran halaman tidak valid.', 'invalid_page', '22023');
  end if;
  if due is not null and due not in ('soon', 'overdue') then
    perform private.fail('Filter tenggat tidak dikenal.', 'invalid_filter', '22023');
  end if;
  if received_from is not null and received_to is not null and received_from > received_to then
    perform private.fail('Tanggal awal setelah tanggal akhir.', 'invalid_range', '22023');
  end if;
  if length(term) > 200 then
    perform private.fail('Kata pencarian terlalu panjang.', 'search_too_long', '22023');
  end if;
  sort_expr := case sort when 'deadline' then deadline_expr when 'received' then 'r.received_at'
    when 'number' then 'r.registration_no' end;
  if sort_expr is null then
    perform private.fail('Urutan tidak dikenal.', 'invalid_sort', '22023');
  end if;

  -- Only the filters in use go into the statement, so each plan is made for its own combination.
  if statuses is not null then conds := array_append(conds, 'r.status = any ($1)'); end if;
  if channel is not null then conds := array_append(conds, 'r.channel = $2'); end if;
  if unit_id is not null then conds := array_append(conds, 'r.assigned_unit_id = $3'); end if;
  if assignee_id is not null then conds := array_append(conds, 'r.assignee_id = $4'); end if;
  if unassigned then conds := array_append(conds, 'r.assignee_id is null'); end if;
  if due = 'overdue' then
    conds := array_append(conds, (clock || ' and coalesce(r.due_final_on, r.due_notice_on) < $5'));
  elsif due = 'soon' then
    soon := public.add_working_days(today, 2);
    conds := array_append(conds, (clock || ' and coalesce(r.due_final_on, r.due_notice_on) between $5 and $6'));
  end if;
  if received_from is not null then conds := array_append(conds, 'r.received_on >= $7'); end if;
  if received_to is not null then conds := array_append(conds, 'r.received_on <= $8'); end if;
  if term is not null then
    -- The expression of the trigram index requests_search_idx; the term's wildcards are taken literally.
    conds := array_append(conds, $c$(r.registration_no || ' ' || r.applicant_name || ' ' || r.details) ilike '%' || $9 || '%'$c$);
    term := replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_');
  end if;
  if open_objection then
    conds := array_append(conds, 'exists (select 1 from public.objections o where o.request_id = r.id and o.status in (''submitted'', ''in_review''))');
  end if;

  -- A text search is dominated by reading and re-checking the matching rows: count and page in one pass.
  -- Without one, the count is an index scan and the page an ordered index read, so two statements are cheaper.
  page_sql := format($q$
    with m as materialized (
      select r.id, %1$s as k, %7$s as deadline%4$s
      from public.requests r where %2$s
      order by 2 %3$s nulls last, r.id %3$s
      limit $10 offset $11
    )
    select %5$s,
      coalesce((select array_agg(row(r.id, r.registration_no, r.applicant_name, r.channel, r.status, r.received_at,
          r.received_on, m.deadline,
          ((m.deadline - date '1899-12-31') / 7 * 5 + least((m.deadline - date '1899-12-31') %% 7, 5))
            - (($5 - date '1899-12-31') / 7 * 5 + least(($5 - date '1899-12-31') %% 7, 5))
            - sign(m.deadline - $5)::int * (select count(*)::int from public.holidays h
              where h.day > least($5, m.deadline) and h.day <= greatest($5, m.deadline) and extract(isodow from h.day) < 6),
          coalesce(%6$s and coalesce(r.due_final_on, r.due_notice_on) < $5, false), r.assigned_unit_id, u.name, r.assignee_id,
          exists (select 1 from public.objections o where o.request_id = r.id and o.status in ('submitted', 'in_review')),
          r.details)::public.queue_item order by m.k %3$s nulls last, m.id %3$s)
        from m join public.requests r on r.id = m.id
        left join public.units u on u.id = r.assigned_unit_id), '{}')
    $q$,
    sort_expr, array_to_string(conds, ' and '), dir,
    case when term is not null then ', count(*) over () as n' else '' end,
    case when term is not null then '(select max(m.n) from m)' else 'null::bigint' end,
    clock, deadline_expr);
  execute page_sql into found_total, found_items
    using statuses, channel, unit_id, assignee_id, today, soon, received_from, received_to, term, page_limit, page_offset;
  if found_total is null and (term is null or page_offset > 0) then
    execute 'select count(*) from public.requests r where ' || array_to_string(conds, ' and ')
      into found_total
      using statuses, channel, unit_id, assignee_id, today, soon, received_from, received_to, term;
  end if;
  return query select coalesce(found_total, 0), found_items;
end
$$;

-- The dashboard: one number per tile, each the total of a queue filter (the SPA links them).
create function public.staff_queue_counts()
returns table (new_requests bigint, in_process bigint, due_soon bigint, overdue bigint,
  awaiting_applicant bigint, awaiting_payment bigint, objections_open bigint)
language plpgsql stable security definer
set search_path = ''
as $$
declare
  today date := public.local_date(now());
  soon date := public.add_working_days(public.local_date(now()), 2);
begin
  perform private.require_case_staff();
  -- Each number from its own index (index-only where the visibility map allows): status counts from
  -- requests_status_due_idx, the clock counts from the partial requests_clock_deadline_idx.
  return query select
    (select count(*) from public.requests r where r.status = 'submitted'),
    (select count(*) from public.requests r where r.status in ('in_process', 'extended')),
    (select count(*) from public.requests r
      where r.notice_sent_at is null and r.status in ('submitted', 'in_process', 'needs_completion', 'extended')
        and coalesce(r.due_final_on, r.due_notice_on) between today and soon),
    (select count(*) from public.requests r
      where r.notice_sent_at is null and r.status in ('submitted', 'in_process', 'needs_completion', 'extended')
        and coalesce(r.due_final_on, r.due_notice_on) < today),
    (select count(*) from public.requests r where r.status = 'needs_completion'),
    (select count(*) from public.requests r where r.status = 'awaiting_payment'),
    (select count(*) from public.objections o where o.status in ('submitted', 'in_review'));
end
$$;

-- The officers a request can be assigned to, for the queue's assignee filter.
create function public.staff_queue_assignees()
returns table (id uuid, email text, roles public.staff_role[])
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_case_staff();
  return query
    select u.id, u.email::text, array_agg(r.role order by r.role)
    from auth.users u join public.user_roles r on r.user_id = u.id
    where r.active and r.role in ('petugas', 'ppid', 'atasan_ppid')
    group by u.id, u.email
    order by u.email;
end
$$;

revoke all on function private.working_days_fast(date, date),
  private.require_case_staff() from public;
revoke all on function public.staff_queue(public.request_status[], public.request_channel, bigint, uuid, boolean, text,
  date, date, text, boolean, text, boolean, int, int), public.staff_queue_counts(), public.staff_queue_assignees() from public;
grant execute on function public.staff_queue(public.request_status[], public.request_channel, bigint, uuid, boolean, text,
  date, date, text, boolean, text, boolean, int, int), public.staff_queue_counts(), public.staff_queue_assignees()
  to authenticated;
