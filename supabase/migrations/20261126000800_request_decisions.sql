-- The written notice and what follows it: decision with its legal guards (domain.md §4), fees and
-- payment, delivery, closing, withdrawal, messages and documents, and the clock as computed columns.

create function public.decide_request(
  request_id uuid,
  expected_status public.request_status,
  decision public.decision_type,
  letter_no text default null,
  note text default null,
  information_status public.information_status default null,
  information_forms text[] default '{}',
  exemption_codes text[] default '{}',
  exemption_other text default null,
  consequence_test jsonb default null,
  holder_body text default null,
  delivery_due_on date default null,
  fees jsonb default '[]'
) returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
  total numeric := 0;
  fee jsonb;
  granted boolean := decision in ('granted_full', 'granted_partial');
  next_status public.request_status;
  info public.information_status;
begin
  perform private.require_role(array['ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['in_process', 'extended']::public.request_status[]);
  note := private.optional_text(note, 5000, 'Catatan keputusan');
  if decision in ('rejected_exempt', 'granted_partial') then
    if coalesce(cardinality(exemption_codes), 0) = 0 then
      perform private.fail('Penolakan atau pemberian sebagian wajib menyebut dasar pengecualian Pasal 17.', 'grounds_required');
    end if;
    if exists (select 1 from unnest(exemption_codes) c where c not in (select g.code from public.exemption_grounds g)) then
      perform private.fail('Dasar pengecualian tidak dikenal.', 'grounds_invalid');
    end if;
    if 'k' = any (exemption_codes) and length(btrim(coalesce(exemption_other, ''))) < 3 then
      perform private.fail('Sebutkan undang-undang lain yang menjadi dasar pengecualian.', 'grounds_required');
    end if;
    if consequence_test is null or jsonb_typeof(consequence_test) <> 'object' then
      perform private.fail('Penolakan atau pemberian sebagian wajib disertai uji konsekuensi.', 'consequence_test_required');
    end if;
    begin
      insert into public.consequence_tests (request_id, document, exempt_items, legal_basis, harm_analysis, public_interest,
        result, exemption_period, signed_by, decided_on, created_by)
      values (request_id, consequence_test ->> 'document', consequence_test ->> 'exempt_items', consequence_test ->> 'legal_basis',
        consequence_test ->> 'harm_analysis', consequence_test ->> 'public_interest', consequence_test ->> 'result',
        consequence_test ->> 'exemption_period', consequence_test ->> 'signed_by',
        coalesce((consequence_test ->> 'decided_on')::date, private.today()), (select auth.uid()));
    exception when not_null_violation or check_violation or invalid_datetime_format or datetime_field_overflow then
      perform private.fail('Uji konsekuensi belum lengkap: dokumen, informasi yang dikecualikan, dasar hukum, analisis akibat, kepentingan publik, hasil dan penanda tangan wajib diisi.', 'consequence_test_required');
    end;
  elsif cardinality(exemption_codes) > 0 then
    perform private.fail('Dasar pengecualian hanya untuk penolakan atau pemberian sebagian.', 'grounds_not_applicable');
  end if;
  if decision = 'not_held_forwarded' and length(btrim(coalesce(holder_body, ''))) < 3 then
    perform private.fail('Sebutkan badan publik yang menguasai informasi.', 'holder_body_required');
  end if;
  info := coalesce(information_status, case decision
    when 'not_held_forwarded' then 'tidak_dikuasai' when 'not_held_unknown' then 'tidak_dikuasai'
    when 'not_yet_documented' then 'belum_didokumentasikan' else 'dikuasai' end::public.information_status);
  if granted then
    for fee in select value from jsonb_array_elements(coalesce(fees, '[]')) loop
      begin
        insert into public.request_fees (request_id, item, quantity, unit_price, created_by)
        values (request_id, fee ->> 'item', (fee ->> 'quantity')::int, (fee ->> 'unit_price')::numeric, (select auth.uid()));
      exception when not_null_violation or check_violation or invalid_text_representation or numeric_value_out_of_range then
        perform private.fail('Rincian biaya tidak sah (uraian, jumlah dan harga satuan wajib diisi).', 'fee_invalid');
      end;
      total := total + (fee ->> 'quantity')::int * (fee ->> 'unit_price')::numeric;
    end loop;
    next_status := case when total > 0 then 'awaiting_payment' else 'decided' end;
  elsif jsonb_array_length(coalesce(fees, '[]')) > 0 then
    perform private.fail('Biaya hanya untuk informasi yang diberikan.', 'fee_not_applicable');
  else
    -- A refusal or a not-held answer ends the request; the objection window opens with the notice.
    next_status := 'closed';
  end if;
  begin
    update public.requests set status = next_status, decision_type = decision, information_status = info,
      information_forms = coalesce(decide_request.information_forms, '{}'), exemption_codes = coalesce(decide_request.exemption_codes, '{}'),
      exemption_other = nullif(btrim(decide_request.exemption_other), ''), holder_body = nullif(btrim(decide_request.holder_body), ''),
      decision_note = nullif(btrim(note), ''), notice_letter_no = nullif(btrim(letter_no), ''), notice_sent_at = now(),
      delivery_due_on = decide_request.delivery_due_on, fee_total = total,
      closed_at = case when next_status = 'closed' then now() end,
      objection_open_until = public.add_working_days(private.today(), 30)
    where id = request_id returning * into r;
  exception when check_violation then
    perform private.fail('Isian keputusan tidak sah: ' || sqlerrm, 'invalid_decision');
  end;
  perform private.log_event(request_id, 'decided', expected_status, next_status, 'public', nullif(btrim(note), ''),
    jsonb_build_object('decision', decision, 'fee_total', total, 'on_time',
      private.today() <= coalesce(r.due_final_on, r.due_notice_on), 'letter_no', r.notice_letter_no));
  return r;
end
$$;

create function public.record_payment(request_id uuid, expected_status public.request_status, method text)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['awaiting_payment']::public.request_status[]);
  update public.requests set status = 'decided', paid_at = now(), payment_method = private.require_text(method, 2, 'Cara pembayaran', 100)
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'paid', 'awaiting_payment', 'decided', 'public', null, jsonb_build_object('method', r.payment_method));
  return r;
end
$$;

create function public.deliver_request(request_id uuid, expected_status public.request_status, method public.copy_method, note text default null)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['decided']::public.request_status[]);
  note := private.optional_text(note, 2000, 'Catatan penyerahan');
  if method is null then
    perform private.fail('Cara penyerahan wajib dipilih.', 'delivery_method_required');
  end if;
  update public.requests set status = 'delivered', delivered_at = now(), delivery_method = method,
    delivery_note = nullif(btrim(note), '')
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'delivered', 'decided', 'delivered', 'public', nullif(btrim(note), ''),
    jsonb_build_object('method', method, 'late', r.delivery_due_on is not null and private.today() > r.delivery_due_on));
  return r;
end
$$;

create function public.close_request(request_id uuid, expected_status public.request_status)
returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  r := private.lock_for(request_id, expected_status, array['delivered']::public.request_status[]);
  update public.requests set status = 'closed', closed_at = now() where id = request_id returning * into r;
  perform private.log_event(request_id, 'closed', 'delivered', 'closed', 'public');
  return r;
end
$$;

create function public.confirm_receipt(request_id uuid) returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests := private.lock_own_request(request_id, array['delivered']::public.request_status[]);
begin
  update public.requests set status = 'closed', closed_at = now(), receipt_confirmed_at = now()
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'receipt_confirmed', 'delivered', 'closed', 'public');
  return r;
end
$$;

create function public.withdraw_request(request_id uuid, reason text default null) returns public.requests
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.requests := private.lock_own_request(request_id,
    array['submitted', 'in_process', 'needs_completion', 'extended']::public.request_status[]);
  previous public.request_status := r.status;
begin
  reason := private.optional_text(reason, 2000, 'Alasan pencabutan');
  update public.requests set status = 'withdrawn', withdrawn_at = now(), withdraw_reason = nullif(btrim(reason), '')
  where id = request_id returning * into r;
  perform private.log_event(request_id, 'withdrawn', previous, 'withdrawn', 'public', nullif(btrim(reason), ''));
  return r;
end
$$;

-- Messages between applicant and officer are public; internal notes are for staff only.
create function public.send_message(request_id uuid, body text) returns bigint
language plpgsql security definer
set search_path = ''
as $$
declare
  text_ text := private.require_text(body, 1, 'Pesan', 5000);
begin
  if not (private.is_staff() or exists (
    select 1 from public.requests r where r.id = request_id and r.applicant_id = (select auth.uid()))) then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  return private.log_event(request_id, 'message', null, null, 'public', text_);
end
$$;

create function public.add_internal_note(request_id uuid, body text) returns bigint
language plpgsql security definer
set search_path = ''
as $$
declare
  text_ text := private.require_text(body, 1, 'Catatan', 5000);
begin
  perform private.require_role(array['petugas', 'ppid', 'atasan_ppid']::public.staff_role[]);
  if not exists (select 1 from public.requests r where r.id = request_id) then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  return private.log_event(request_id, 'note', null, null, 'internal', text_);
end
$$;

-- An officer links a document uploaded to responses/<request id>/... (the answer or a letter).
create function public.attach_response(request_id uuid, object_name text, kind public.file_kind, original_name text default null)
returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  obj record;
  file_id uuid;
begin
  perform private.require_role(array['petugas', 'ppid']::public.staff_role[]);
  if kind not in ('response', 'letter') then
    perform private.fail('Jenis dokumen jawaban tidak dikenal.', 'file_kind_invalid');
  end if;
  if not exists (select 1 from public.requests r where r.id = request_id) then
    perform private.fail('Permohonan tidak ditemukan.', 'not_found', 'PT404');
  end if;
  select o.bucket_id, o.name, o.metadata into obj from storage.objects o
  where o.bucket_id = 'responses' and o.name = object_name and (storage.foldername(o.name))[1] = request_id::text;
  if not found then
    perform private.fail('Dokumen tidak ditemukan di folder permohonan ini.', 'file_missing');
  end if;
  if exists (select 1 from public.files f where f.bucket_id = 'responses' and f.object_name = attach_response.object_name) then
    perform private.fail('Dokumen itu sudah dilampirkan.', 'file_already_linked');
  end if;
  insert into public.files (bucket_id, object_name, owner_id, kind, original_name, mime_type, size_bytes, request_id)
  values ('responses', object_name, (select auth.uid()), kind, left(original_name, 255),
    coalesce(obj.metadata ->> 'mimetype', 'application/octet-stream'), coalesce((obj.metadata ->> 'size')::bigint, 1), request_id)
  returning id into file_id;
  perform private.log_event(request_id, 'document', null, null, 'public', null,
    jsonb_build_object('file_id', file_id, 'kind', kind, 'name', left(original_name, 255)));
  return file_id;
end
$$;

-- Citizens read the answers and letters of their own requests once an officer has attached them
-- (a draft uploaded to the request's folder stays with staff until then).
create function private.is_attached_response(object_name text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.files f join public.requests r on r.id = f.request_id
    where f.bucket_id = 'responses' and f.object_name = is_attached_response.object_name
      and r.applicant_id = (select auth.uid()))
$$;
revoke all on function private.is_attached_response(text) from public;
grant execute on function private.is_attached_response(text) to authenticated;

create policy "Citizens can read the responses to their requests" on storage.objects
  for select to authenticated
  using (bucket_id = 'responses' and private.is_attached_response(name));

-- The clock as computed columns (select=...,next_deadline,working_days_left,is_overdue).
create function public.next_deadline(r public.requests) returns date
language sql stable
set search_path = ''
as $$
  select case
    when r.status in ('submitted', 'in_process', 'needs_completion', 'extended') then coalesce(r.due_final_on, r.due_notice_on)
    when r.status in ('decided', 'awaiting_payment') then r.delivery_due_on
  end
$$;

create function public.working_days_left(r public.requests) returns int
language sql stable
set search_path = ''
as $$
  select case when public.next_deadline(r) is null then null
    else public.working_days_between(public.local_date(now()), public.next_deadline(r)) end
$$;

create function public.is_overdue(r public.requests) returns boolean
language sql stable
set search_path = ''
as $$
  select r.notice_sent_at is null and r.status in ('submitted', 'in_process', 'needs_completion', 'extended')
    and public.local_date(now()) > coalesce(r.due_final_on, r.due_notice_on)
$$;

revoke all on function public.decide_request(uuid, public.request_status, public.decision_type, text, text,
  public.information_status, text[], text[], text, jsonb, text, date, jsonb),
  public.record_payment(uuid, public.request_status, text), public.deliver_request(uuid, public.request_status, public.copy_method, text),
  public.close_request(uuid, public.request_status), public.confirm_receipt(uuid), public.withdraw_request(uuid, text),
  public.send_message(uuid, text), public.add_internal_note(uuid, text), public.attach_response(uuid, text, public.file_kind, text),
  public.next_deadline(public.requests), public.working_days_left(public.requests), public.is_overdue(public.requests) from public;
grant execute on function public.decide_request(uuid, public.request_status, public.decision_type, text, text,
  public.information_status, text[], text[], text, jsonb, text, date, jsonb),
  public.record_payment(uuid, public.request_status, text), public.deliver_request(uuid, public.request_status, public.copy_method, text),
  public.close_request(uuid, public.request_status), public.confirm_receipt(uuid), public.withdraw_request(uuid, text),
  public.send_message(uuid, text), public.add_internal_note(uuid, text), public.attach_response(uuid, text, public.file_kind, text),
  public.next_deadline(public.requests), public.working_days_left(public.requests), public.is_overdue(public.requests)
  to authenticated;
