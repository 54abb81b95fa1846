-- Every change of a request's state (domain.md §8.2) goes through one of these functions. Each checks
-- the actor's active role, the state the actor saw (a second officer acting on a stale screen gets a
-- conflict, HTTP 409), the legal guard, and appends the timeline event in the same transaction.

create function private.require_role(roles public.staff_role[]) returns void
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not private.has_role(roles) then
    perform private.fail('Anda tidak berwenang melakukan tindakan ini.', 'forbidden', 'PT403');
  end if;
end
$$;

create function private.lock_request(request uuid, expected public.request_status[]) returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  select * into r from public.requests x where x.id = request for update;
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  if not r.status = any (expected) then
    raise exception using
      message = format('Permohonan ini sudah berstatus %s; muat ulang untuk melihat perubahan terbaru.', r.status),
      hint = 'conflict', detail = r.status::text, errcode = 'PT409';
  end if;
  return r;
end
$$;

-- Locks a request for a staff action: the caller's expected state must be one this action starts
-- from (else the transition is illegal), and the request must still be in it (else a conflict).
create function private.lock_for(request uuid, expected public.request_status, allowed public.request_status[])
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
begin
  if expected is null or not expected = any (allowed) then
    perform private.fail(format('Tindakan ini tidak berlaku untuk permohonan berstatus %s.', coalesce(expected::text, '-')), 'illegal_transition');
  end if;
  return private.lock_request(request, array[expected]);
end
$$;

-- The applicant's own request, or "not found" for anyone else (never reveals that it exists).
create function private.lock_own_request(request uuid, expected public.request_status[]) returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  select * into r from public.requests x where x.id = request and x.applicant_id = (select auth.uid()) for update;
  if not found then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  return private.lock_request(request, expected);
end
$$;

-- Free text a person typed (a note, a reason): trimmed, null when empty, and refused with a clear
-- reason when too long or holding control or direction-override characters, rather than failing
-- later on a column or timeline check.
create function private.optional_text(value text, max_length int, what text) returns text
language plpgsql immutable
set search_path = ''
as $$
begin
  if value is null or btrim(value) = '' then
    return null;
  end if;
  if length(btrim(value)) > max_length or not public.is_plain_text(value) then
    perform private.fail(format('%s terlalu panjang (paling banyak %s karakter) atau berisi karakter yang tidak diizinkan.', what, max_length), 'text_invalid');
  end if;
  return btrim(value);
end
$$;

create function private.require_text(value text, min_length int, what text, max_length int default 2000) returns text
language plpgsql immutable
set search_path = ''
as $$
begin
  if value is null or length(btrim(value)) < min_length then
    perform private.fail(format('%s wajib diisi (paling sedikit %s karakter).', what, min_length), 'reason_required');
  end if;
  return private.optional_text(value, max_length, what);
end
$$;

create function private.today() returns date
language sql stable
set search_path = ''
as $$
  select public.local_date(now())
$$;

create function public.accept_request(request_id uuid, expected_status public.request_status, unit_id bigint default null)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['submitted']::public.request_status[]);
  if unit_id is not null and not exists (select 1 from public.units u where u.id = unit_id and u.active) then
    perform private.fail('Unit yang dipilih tidak aktif.', 'unit_invalid');
  end if;
  update public.requests set status = 'in_process', assigned_unit_id = coalesce(unit_id, assigned_unit_id)
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'accepted', 'submitted', 'in_process', 'public', null,
    jsonb_build_object('unit_id', unit_id));
  return r;
end
$$;

create function public.request_completion(request_id uuid, expected_status public.request_status, reason text)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
  why text;
  window_wd int := coalesce((select s.completion_window_wd from public.agency_settings s), 10);
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['submitted', 'in_process']::public.request_status[]);
  why := private.require_text(reason, 10, 'Alasan permintaan kelengkapan');
  update public.requests set status = 'needs_completion', completion_reason = why,
    completion_due_on = public.add_working_days(private.today(), window_wd)
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'completion_requested', expected_status, 'needs_completion', 'public', why,
    jsonb_build_object('completion_due_on', r.completion_due_on));
  return r;
end
$$;

-- The applicant supplies what was missing. If the agency pauses the clock while a request is
-- incomplete, the deadlines move by the working days it waited.
create function public.complete_request(request_id uuid, note text default null, attachments jsonb default '[]')
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests := private.lock_own_request(request_id, array['needs_completion']::public.request_status[]);
  asked date;
  paused int := 0;
begin
  note := private.optional_text(note, 2000, 'Catatan');
  perform private.link_files((select auth.uid()), attachments, array['supporting', 'power_of_attorney']::public.file_kind[], request_id, null);
  if coalesce((select s.pause_clock_while_incomplete from public.agency_settings s), false) then
    select public.local_date(e.at) into asked from public.request_events e
    where e.request_id = complete_request.request_id and e.kind = 'completion_requested' order by e.id desc limit 1;
    paused := greatest(public.working_days_between(asked, private.today()), 0);
  end if;
  update public.requests set status = 'in_process',
    due_notice_on = public.add_working_days(due_notice_on, paused),
    due_final_on = case when due_final_on is null then null else public.add_working_days(due_final_on, paused) end,
    deadline_provisional = public.deadline_provisional(received_on,
      public.add_working_days(coalesce(due_final_on, due_notice_on), paused))
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'completed', 'needs_completion', 'in_process', 'public', nullif(btrim(note), ''),
    jsonb_build_object('paused_wd', paused, 'files', coalesce(jsonb_array_length(attachments), 0)));
  return r;
end
$$;

create function public.close_incomplete(request_id uuid, expected_status public.request_status, note text default null)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['needs_completion']::public.request_status[]);
  note := private.optional_text(note, 2000, 'Catatan');
  if private.today() <= r.completion_due_on then
    perform private.fail(format('Batas kelengkapan baru lewat setelah %s.', to_char(r.completion_due_on, 'DD-MM-YYYY')), 'completion_window_open');
  end if;
  update public.requests set status = 'closed_incomplete', closed_at = now(),
    objection_open_until = public.add_working_days(private.today(), 30)
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'closed_incomplete', 'needs_completion', 'closed_incomplete', 'public', nullif(btrim(note), ''));
  return r;
end
$$;

create function public.assign_request(request_id uuid, unit_id bigint default null, assignee_id uuid default null)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  r := private.lock_request(request_id, array['submitted', 'in_process', 'needs_completion', 'extended']::public.request_status[]);
  if assignee_id is not null and not exists (
    select 1 from public.user_roles u where u.user_id = assignee_id and u.active and u.role in ('petugas', 'ppid')) then
    perform private.fail('Petugas yang dipilih tidak aktif.', 'assignee_invalid');
  end if;
  if unit_id is not null and not exists (select 1 from public.units u where u.id = unit_id and u.active) then
    perform private.fail('Unit yang dipilih tidak aktif.', 'unit_invalid');
  end if;
  update public.requests set assigned_unit_id = coalesce(assign_request.unit_id, assigned_unit_id),
    assignee_id = coalesce(assign_request.assignee_id, requests.assignee_id)
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'assigned', r.status, r.status, 'internal', null,
    jsonb_build_object('unit_id', unit_id, 'assignee_id', assignee_id));
  return r;
end
$$;

-- UU KIP 22(8): once, with written reasons, and only before the first deadline has passed.
create function public.extend_request(request_id uuid, expected_status public.request_status, reason text)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
  why text;
begin
  perform private.require_role(array['ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['in_process']::public.request_status[]);
  why := private.require_text(reason, 10, 'Alasan perpanjangan');
  if r.extended_at is not null then
    perform private.fail('Perpanjangan hanya boleh sekali.', 'already_extended');
  end if;
  if private.today() > r.due_notice_on then
    perform private.fail('Perpanjangan harus diberikan sebelum batas 10 hari kerja lewat.', 'deadline_passed');
  end if;
  update public.requests set status = 'extended', extended_at = now(), extension_reason = why,
    due_final_on = public.add_working_days(due_notice_on, 7),
    deadline_provisional = public.deadline_provisional(received_on, public.add_working_days(due_notice_on, 7))
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'extended', 'in_process', 'extended', 'public', why,
    jsonb_build_object('due_final_on', r.due_final_on));
  return r;
end
$$;

revoke all on function private.require_role(public.staff_role[]), private.lock_request(uuid, public.request_status[]),
  private.lock_for(uuid, public.request_status, public.request_status[]),
  private.lock_own_request(uuid, public.request_status[]), private.optional_text(text, int, text),
  private.require_text(text, int, text, int), private.today() from public;
revoke all on function public.accept_request(uuid, public.request_status, bigint),
  public.request_completion(uuid, public.request_status, text), public.complete_request(uuid, text, jsonb),
  public.close_incomplete(uuid, public.request_status, text), public.assign_request(uuid, bigint, uuid),
  public.extend_request(uuid, public.request_status, text) from public;
grant execute on function public.accept_request(uuid, public.request_status, bigint),
  public.request_completion(uuid, public.request_status, text), public.complete_request(uuid, text, jsonb),
  public.close_incomplete(uuid, public.request_status, text), public.assign_request(uuid, bigint, uuid),
  public.extend_request(uuid, public.request_status, text) to authenticated;
