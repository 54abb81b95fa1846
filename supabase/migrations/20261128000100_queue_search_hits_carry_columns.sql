-- The queue's text search within the running clock (due soon / overdue) reads each candidate row once.
-- 20261127000100 took the candidates from the trigram index over open requests (requests_open_search_idx)
-- and then read every one of them again by primary key to apply the other filters and sort: at a
-- million requests that is a second visit to a few hundred rows scattered over the table. The candidate
-- CTE now carries the columns the filters, the sort and the deadline use, and the page is cut from it.
-- The filters, sort, page and count are unchanged; searches outside the clock keep the plan of 20261126003000.

create or replace function public.staff_queue(
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
  hits text := '';
  source text := 'public.requests r';
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
    term := replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_');
    if due is null then
      -- The expression of the trigram index requests_search_idx; the term's wildcards are taken literally.
      conds := array_append(conds, $c$(r.registration_no || ' ' || r.applicant_name || ' ' || r.details) ilike '%' || $9 || '%'$c$);
    else
      -- The expression and predicate of requests_open_search_idx, for the planner to match it. The rows
      -- found carry what the filters, the sort and the deadline read, so the page needs no second visit.
      hits := $h$hits as materialized (
        select s.id, s.status, s.channel, s.assigned_unit_id, s.assignee_id, s.notice_sent_at, s.due_final_on,
          s.due_notice_on, s.delivery_due_on, s.received_on, s.received_at, s.registration_no
        from public.requests s
        where s.notice_sent_at is null and s.status in ('submitted', 'in_process', 'needs_completion', 'extended')
          and (s.registration_no || ' ' || s.applicant_name || ' ' || s.details) ilike '%' || $9 || '%'
      ), $h$;
      source := 'hits r';
    end if;
  end if;
  if open_objection then
    conds := array_append(conds, 'exists (select 1 from public.objections o where o.request_id = r.id and o.status in (''submitted'', ''in_review''))');
  end if;

  -- A text search is dominated by reading and re-checking the matching rows: count and page in one pass.
  -- Without one, the count is an index scan and the page an ordered index read, so two statements are cheaper.
  page_sql := format($q$
    with %8$s m as materialized (
      select r.id, %1$s as k, %7$s as deadline%4$s
      from %9$s where %2$s
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
    clock, deadline_expr, hits, source);
  execute page_sql into found_total, found_items
    using statuses, channel, unit_id, assignee_id, today, soon, received_from, received_to, term, page_limit, page_offset;
  if found_total is null and (term is null or page_offset > 0) then
    execute 'with ' || hits || 'counted as (select 1 from ' || source || ' where ' || array_to_string(conds, ' and ')
      || ') select count(*) from counted'
      into found_total
      using statuses, channel, unit_id, assignee_id, today, soon, received_from, received_to, term;
  end if;
  return query select coalesce(found_total, 0), found_items;
end
$$;
