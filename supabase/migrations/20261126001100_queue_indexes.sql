-- The officer's queue: requests whose clock is running, oldest deadline first, searched and counted.
-- Under RLS, PostgREST's filters can only become index conditions when their operator is leakproof: the
-- date comparisons are, the enum `status = any (…)` and `ilike` are not. So the status filter is the
-- index's predicate (implied by `status=in.(submitted,in_process,extended)`) and due_notice_on its key:
-- `due_notice_on=lt.<today>` reads only the open, past-notice-date rows, however long the history grows,
-- in the queue's order.
create index requests_queue_due_idx on public.requests (due_notice_on)
  where status in ('submitted', 'in_process', 'extended');
