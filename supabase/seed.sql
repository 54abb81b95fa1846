-- Development seed: demo accounts, demo agency settings and about fifty sample requests across every
-- state of the process. NEVER run against production (`supabase db push` does not include the seed
-- unless asked with --include-seed). It runs once, on an empty database, as the database owner.
--
-- Every demo account has the password "Demo12345". Every sample request answers Cek Status with the
-- secret 'demo-secret-' || registration number (e.g. PI-2026-00001 / demo-secret-PI-2026-00001).
--
-- Requests are not created through the RPC functions (they need a signed-in caller and stamp now()),
-- but by replaying a script of dated steps in time order. The replay obeys the same rules as the
-- functions (allowed transitions, guards) and the same clock: every deadline comes from
-- public.received_day / public.add_working_days / public.deadline_provisional, and registration numbers
-- from private.next_number, in received order per year. It stops with an error if a step breaks a rule.
-- Files named here exist under supabase/seed-objects/<bucket>/<key> and are uploaded with the seed.

-- 1. Accounts -----------------------------------------------------------------------------------------

do $$
declare
  account record;
begin
  for account in select * from (values
    ('10000000-0000-4000-8000-000000000001'::uuid, 'admin@demo.ppid.test', 'Admin Demo'),
    ('10000000-0000-4000-8000-000000000002'::uuid, 'ppid@demo.ppid.test', 'PPID Demo'),
    ('10000000-0000-4000-8000-000000000003'::uuid, 'petugas@demo.ppid.test', 'Petugas Demo'),
    ('10000000-0000-4000-8000-000000000004'::uuid, 'atasan@demo.ppid.test', 'Atasan PPID Demo'),
    ('20000000-0000-4000-8000-000000000001'::uuid, 'warga1@demo.ppid.test', 'Siti Rahmawati'),
    ('20000000-0000-4000-8000-000000000002'::uuid, 'warga2@demo.ppid.test', 'Budi Santoso')
  ) as t(id, email, full_name) loop
    insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
      raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
    values ('00000000-0000-0000-0000-000000000000', account.id, 'authenticated', 'authenticated', account.email,
      extensions.crypt('Demo12345', extensions.gen_salt('bf', 10)), now(),
      '{"provider": "email", "providers": ["email"]}',
      jsonb_build_object('sub', account.id, 'email', account.email, 'email_verified', true,
        'phone_verified', false, 'full_name', account.full_name),
      now(), now())
    on conflict (id) do nothing;
    insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
    values (account.id::text, account.id,
      jsonb_build_object('sub', account.id, 'email', account.email, 'email_verified', true, 'phone_verified', false),
      'email', now(), now(), now())
    on conflict (provider_id, provider) do nothing;
  end loop;
end $$;

-- Staff roles, granted by the demo admin (the admin's own role is the bootstrap grant).
insert into public.user_roles (user_id, role, active, granted_by, granted_at) values
  ('10000000-0000-4000-8000-000000000001', 'admin', true, null, '2025-01-02 08:00+08'),
  ('10000000-0000-4000-8000-000000000003', 'petugas', true, '10000000-0000-4000-8000-000000000001', '2025-01-02 08:10+08'),
  ('10000000-0000-4000-8000-000000000002', 'ppid', true, '10000000-0000-4000-8000-000000000001', '2025-01-02 08:11+08'),
  ('10000000-0000-4000-8000-000000000004', 'atasan_ppid', true, '10000000-0000-4000-8000-000000000001', '2025-01-02 08:12+08');
insert into public.audit_log (at, actor_id, action, entity, entity_id, detail)
select granted_at, granted_by, 'grant_role', 'user_roles', user_id::text, jsonb_build_object('role', role)
from public.user_roles where granted_by is not null order by granted_at;

-- The two citizens: profiles with a structurally valid NIK (6402 = Kab. Kutai Kartanegara; Siti's birth
-- day carries the +40 for women) and a KTP scan each (supabase/seed-objects/identity/<uid>/ktp.jpg).
insert into public.profiles (id, applicant_type, full_name, nik, address, occupation, phone, email, created_at, updated_at) values
  ('20000000-0000-4000-8000-000000000001', 'perorangan', 'Siti Rahmawati', '6402055508920003',
   'Jl. Mawar No. 12 RT 015, Kel. Timbau, Kec. Tenggarong, Kab. Kutai Kartanegara, Kalimantan Timur 75513',
   'Mahasiswa Pascasarjana', '081253400101', 'warga1@demo.ppid.test', '2025-01-10 19:05+08', '2025-01-10 19:05+08'),
  ('20000000-0000-4000-8000-000000000002', 'perorangan', 'Budi Santoso', '6402010303880007',
   'Jl. Poros Tenggarong-Samarinda Km 5 RT 008, Desa Bukit Raya, Kec. Tenggarong Seberang, Kab. Kutai Kartanegara, Kalimantan Timur 75572',
   'Wiraswasta', '085250700202', 'warga2@demo.ppid.test', '2025-01-28 20:40+08', '2025-01-28 20:40+08');

-- 2. Agency settings (demo values, clearly marked) and units -------------------------------------------

update public.agency_settings set
  address = 'Contoh: Jl. Alamat Kantor No. 1 (demo), Tenggarong, Kab. Kutai Kartanegara, Kalimantan Timur 75512',
  phone = 'Contoh: (0541) 000000 (demo)',
  whatsapp = 'Contoh: 0812-0000-0000 (demo)',
  email = 'ppid@demo.ppid.test',
  website = 'https://ppid.demo.test',
  ppid_name = 'Contoh: Nama PPID (demo)',
  ppid_nip = 'Contoh: NIP PPID (demo)',
  atasan_name = 'Contoh: Nama Atasan PPID (demo)',
  atasan_nip = 'Contoh: NIP Atasan PPID (demo)',
  letterhead_lines = array['PEMERINTAH KABUPATEN KUTAI KARTANEGARA', 'DINAS KOMUNIKASI DAN INFORMATIKA',
    'Contoh: alamat, telepon dan laman kantor (demo)']
where id;

insert into public.units (code, name, created_at) values
  ('DISKOMINFO', 'Dinas Komunikasi dan Informatika', '2025-01-02 08:00+08'),
  ('DISDIK', 'Dinas Pendidikan', '2025-01-02 08:00+08'),
  ('DINKES', 'Dinas Kesehatan', '2025-01-02 08:00+08'),
  ('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', '2025-01-02 08:00+08'),
  ('BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', '2025-01-02 08:00+08'),
  ('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', '2025-01-02 08:00+08'),
  ('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', '2025-01-02 08:00+08'),
  ('DLH', 'Dinas Lingkungan Hidup', '2025-01-02 08:00+08'),
  ('INSPEKTORAT', 'Inspektorat Daerah', '2025-01-02 08:00+08');

-- 3. The replay machinery (temporary; dropped at the end) ----------------------------------------------

-- One row per request. who: warga1 | warga2 | offline (no account; applicant given as json).
-- A channel other than web means an officer registered it. received: local time (Asia/Makassar).
create temporary table seed_spec (
  key text primary key check (key ~ '^r[0-9]{2}$'),
  who text not null check (who in ('warga1', 'warga2', 'offline')),
  channel public.request_channel not null,
  received timestamp not null,
  unit text,
  details text not null,
  purpose text not null,
  obtain public.obtain_method[] not null,
  copy public.copy_method[] not null default '{}',
  attachments text[] not null default '{}',
  applicant jsonb
);

-- The steps after filing: wd = working days after the received day, at local time hhmm.
create temporary table seed_step (
  ord serial primary key,
  key text not null references seed_spec (key),
  wd int not null check (wd >= 0),
  hhmm time not null,
  step text not null,
  body text,
  arg jsonb not null default '{}'
);

-- The files under supabase/seed-objects, with their sizes.
create temporary table seed_object (bucket text, name text, size_bytes bigint not null, primary key (bucket, name));

create temporary table seed_req (like public.requests);
-- The applicant's and proxy's NIK of each request: private.request_identity_numbers, never public.requests.
create temporary table seed_nik (request_id uuid primary key, applicant_nik text, proxy_nik text);
create temporary table seed_obj (like public.objections);
create temporary table seed_dispute (like public.disputes);
create temporary table seed_file (like public.files);
create temporary table seed_test (like public.consequence_tests);
create temporary table seed_fee (request_id uuid, item text, quantity int, unit_price numeric, created_by uuid, created_at timestamptz);
create temporary table seed_key (key text primary key, id uuid not null);
create temporary table seed_event (
  seq serial primary key, request_id uuid, at timestamptz, actor_id uuid, actor_role text, kind text,
  from_status public.request_status, to_status public.request_status, visibility public.event_visibility,
  body text, data jsonb
);

create function pg_temp.request_id(key text) returns uuid language sql immutable
as $$ select ('30000000-0000-4000-8000-' || lpad(substr(key, 2), 12, '0'))::uuid $$;

create function pg_temp.event(request uuid, at timestamptz, actor uuid, role text, kind text,
  from_status public.request_status, to_status public.request_status, visibility public.event_visibility,
  body text default null, data jsonb default '{}') returns void language sql
as $$
  insert into seed_event (request_id, at, actor_id, actor_role, kind, from_status, to_status, visibility, body, data)
  values (request, at, actor, role, kind, from_status, to_status, visibility, body, coalesce(data, '{}'))
$$;

-- A files row for an object listed in seed_object (fails when the object is not there).
create function pg_temp.file(bucket text, name text, owner uuid, kind public.file_kind, original_name text,
  request uuid, profile uuid, at timestamptz) returns uuid language plpgsql
as $$
declare
  size bigint;
  mime text := case lower(substring(name from '\.([a-z]+)$'))
    when 'pdf' then 'application/pdf' when 'jpg' then 'image/jpeg' when 'png' then 'image/png' else 'application/octet-stream' end;
  file_id uuid := gen_random_uuid();
begin
  select o.size_bytes into size from seed_object o where o.bucket = file.bucket and o.name = file.name;
  if size is null then
    raise exception 'seed: % / % is not under supabase/seed-objects', bucket, name;
  end if;
  insert into seed_file (id, bucket_id, object_name, owner_id, kind, original_name, mime_type, size_bytes, profile_id,
    request_id, check_status, detected_type, checked_at, created_at)
  values (file_id, bucket, name, owner, kind, original_name, mime, size, profile, request, 'verified', mime,
    at + interval '1 minute', at);
  return file_id;
end
$$;

-- 4. The sample requests ---------------------------------------------------------------------------------
-- Steps: accept {unit} | assign {unit} | ask_completion (reason) | complete (note) {files} | close_incomplete
-- | extend (reason) | decide (note) {decision, codes, other, holder, forms, fees, test, delivery_wd}
-- | pay {method} | deliver (note) {method} | close | confirm | withdraw (reason) | msg_c / msg_o (text)
-- | note (text) {by} | doc {name, kind} | objection (case) {key, grounds} | objection_review {key}
-- | objection_decide (response) {key, outcome, reasons} | objection_reaction (text) {key}
-- | dispute (notes) {key, objection, register_no} | dispute_update (notes) {key, stage, outcome}

-- 2025 ----------------------------------------------------------------------------------------------------

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, attachments) values
('r01', 'warga1', 'web', '2025-01-14 09:12', 'DISDIK',
 'Data jumlah satuan pendidikan SD dan SMP (negeri dan swasta) per kecamatan di Kabupaten Kutai Kartanegara tahun ajaran 2024/2025, beserta jumlah guru dan jumlah peserta didik di setiap kecamatan.',
 'Bahan penyusunan tesis tentang pemerataan akses pendidikan dasar di wilayah hulu Mahakam.',
 '{salinan_softcopy}', '{email}', '{surat-pengantar-penelitian.pdf}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r01', 1, '08:30', 'accept', null, '{"unit": "DISDIK"}'),
('r01', 1, '08:35', 'assign', null, '{}'),
('r01', 1, '08:40', 'note', 'Diteruskan ke PPID Pelaksana Dinas Pendidikan. Data Dapodik per kecamatan tersedia; minta rekap guru menurut status kepegawaian.', '{}'),
('r01', 3, '10:15', 'msg_o', 'Selamat pagi, Ibu Siti. Permohonan Ibu sedang kami koordinasikan dengan PPID Pelaksana Dinas Pendidikan. Data akan kami kirim dalam bentuk PDF dan lembar kerja.', '{}'),
('r01', 3, '12:40', 'msg_c', 'Terima kasih, Pak. Apakah jumlah guru bisa dipisahkan antara guru PNS, PPPK, dan honorer?', '{}'),
('r01', 4, '09:05', 'msg_o', 'Bisa, Bu. Dinas Pendidikan menyiapkan rekap guru menurut status kepegawaian untuk setiap kecamatan.', '{}'),
('r01', 7, '14:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya dalam bentuk salinan elektronik.', '{"decision": "granted_full"}'),
('r01', 7, '14:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r01', 7, '14:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r01', 7, '14:20', 'deliver', 'Salinan dikirim ke alamat email pemohon dan dapat diunduh dari halaman permohonan.', '{"method": "email"}'),
('r01', 8, '20:10', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r02', 'offline', 'langsung', '2025-01-20 10:05', 'BPKAD',
 'Salinan Peraturan Daerah Kabupaten Kutai Kartanegara tentang APBD Tahun Anggaran 2025 beserta lampiran ringkasan APBD menurut urusan dan organisasi perangkat daerah.',
 'Bahan diskusi warga tentang prioritas belanja infrastruktur dan layanan dasar di Kecamatan Loa Janan.',
 '{salinan_hardcopy}', '{ambil_langsung}',
 '{"type": "kelompok_orang", "name": "Forum Warga Peduli Anggaran Loa Janan", "address": "Jl. Poros Samarinda-Tenggarong RT 012, Kel. Loa Janan Ulu, Kec. Loa Janan, Kab. Kutai Kartanegara", "occupation": "Kelompok masyarakat", "phone": "081350120333", "proxy_name": "Hendra Gunawan", "proxy_nik": "6402071204850002", "proxy_address": "Jl. Poros Samarinda-Tenggarong RT 012, Kel. Loa Janan Ulu, Kec. Loa Janan"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r02', 0, '10:20', 'accept', null, '{"unit": "BPKAD"}'),
('r02', 2, '09:00', 'note', 'Perda APBD 2025 sudah tersedia di JDIH. Pemohon meminta salinan cetak lampiran ringkasan (sekitar 120 halaman); biaya fotokopi sesuai biaya riil.', '{}'),
('r02', 3, '10:30', 'decide', 'Informasi diberikan seluruhnya dalam bentuk salinan cetak. Biaya penggandaan sesuai biaya riil fotokopi dan dibayar saat pengambilan.', '{"decision": "granted_full", "fees": [{"item": "Fotokopi dokumen ukuran A4", "quantity": 120, "unit_price": 500}]}'),
('r02', 3, '10:35', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r02', 4, '09:15', 'pay', null, '{"method": "Tunai di loket layanan informasi"}'),
('r02', 4, '09:40', 'deliver', 'Salinan cetak diterima langsung oleh kuasa forum; berita acara penerimaan ditandatangani.', '{"method": "ambil_langsung"}'),
('r02', 4, '09:45', 'doc', null, '{"name": "berita-acara-penyerahan.pdf", "kind": "letter"}'),
('r02', 4, '09:50', 'close', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r03', 'warga2', 'web', '2025-02-03 14:20', 'DPUPR',
 'Salinan kontrak dan rencana anggaran biaya (RAB) pekerjaan peningkatan Jalan Poros Loa Kulu - Loa Janan Tahun Anggaran 2024, termasuk nilai kontrak, nama penyedia, jangka waktu pelaksanaan, dan addendum bila ada.',
 'Memantau kualitas dan ketepatan waktu pekerjaan jalan yang setiap hari saya lalui untuk usaha angkutan barang.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r03', 1, '08:50', 'accept', null, '{"unit": "DPUPR"}'),
('r03', 1, '09:00', 'assign', null, '{}'),
('r03', 2, '11:00', 'note', 'PPID Pelaksana PUPR: kontrak dan addendum tersedia. Lampiran analisa harga satuan dan metode kerja penyedia perlu uji konsekuensi.', '{"by": "ppid"}'),
('r03', 5, '10:00', 'msg_c', 'Selamat siang, apakah dokumen addendum kontrak juga termasuk?', '{}'),
('r03', 5, '13:30', 'msg_o', 'Selamat siang, Pak Budi. Addendum termasuk dalam permohonan dan sedang kami mintakan ke Bidang Bina Marga.', '{}'),
('r03', 9, '15:00', 'extend', 'Kontrak dan addendum berada di arsip Bidang Bina Marga Dinas PUPR, dan sebagian lampirannya perlu diuji konsekuensi sebelum diberikan.', '{}'),
('r03', 9, '15:05', 'doc', null, '{"name": "surat-perpanjangan.pdf", "kind": "letter"}'),
('r03', 14, '10:00', 'decide', 'Kontrak, addendum, dan RAB diberikan. Analisa harga satuan dan metode kerja yang merupakan rahasia dagang penyedia dihitamkan (Pasal 17 huruf b).',
 '{"decision": "granted_partial", "codes": ["b"], "test": {"document": "Kontrak, addendum, dan RAB peningkatan Jalan Poros Loa Kulu - Loa Janan TA 2024", "exempt_items": "Analisa harga satuan pekerjaan dan uraian metode kerja dalam dokumen penawaran penyedia", "legal_basis": "UU 14/2008 Pasal 17 huruf b", "harm_analysis": "Analisa harga satuan dan metode kerja adalah rahasia dagang penyedia; membukanya memberi keuntungan tidak wajar kepada pesaing pada tender berikutnya.", "public_interest": "Kepentingan publik atas pengawasan pekerjaan terpenuhi dengan nilai kontrak, volume, jangka waktu, dan addendum yang seluruhnya diberikan.", "result": "Diberikan sebagian; lampiran analisa harga satuan dan metode kerja dihitamkan.", "exemption_period": "Sampai masa pemeliharaan pekerjaan berakhir"}}'),
('r03', 14, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r03', 14, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r03', 14, '10:20', 'deliver', 'Salinan dengan bagian yang dihitamkan dikirim ke alamat email pemohon.', '{"method": "email"}'),
('r03', 16, '08:15', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r04', 'warga1', 'web', '2025-02-17 08:40', 'DINKES',
 'Jumlah tenaga kesehatan (dokter umum, dokter gigi, perawat, bidan, dan tenaga kefarmasian) di setiap Puskesmas di Kabupaten Kutai Kartanegara per Desember 2024.',
 'Bahan kajian kebijakan tentang sebaran tenaga kesehatan di kecamatan pedalaman untuk tugas mata kuliah.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r04', 1, '09:10', 'accept', null, '{"unit": "DINKES"}'),
('r04', 4, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya dalam bentuk rekap per Puskesmas.', '{"decision": "granted_full"}'),
('r04', 4, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r04', 4, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r04', 4, '10:15', 'deliver', null, '{"method": "email"}'),
('r04', 12, '09:00', 'msg_o', 'Ibu Siti, mohon konfirmasi apabila dokumen sudah diterima. Bila tidak ada tanggapan, permohonan akan kami tutup.', '{}'),
('r04', 14, '08:00', 'close', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r05', 'offline', 'surat', '2025-03-05 09:30', 'DLH',
 'Salinan dokumen persetujuan lingkungan (AMDAL atau UKL-UPL) dan laporan pelaksanaan RKL-RPL semester II tahun 2024 untuk kegiatan pertambangan batu bara di wilayah Kecamatan Muara Jawa.',
 'Kajian yayasan tentang pemantauan kualitas air dan lahan pascatambang di sekitar permukiman warga.',
 '{salinan_softcopy}', '{email,pos}',
 '{"type": "badan_hukum", "name": "Yayasan Lestari Mahakam Hulu", "sk": "AHU-0001234.AH.01.04.Tahun 2019", "address": "Jl. Danau Semayang No. 7, Kel. Sukarame, Kec. Tenggarong, Kab. Kutai Kartanegara", "occupation": "Yayasan bidang lingkungan hidup", "phone": "085246781100", "email": "sekretariat@lestarimahakam.test"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r05', 1, '08:45', 'accept', null, '{"unit": "DLH"}'),
('r05', 2, '14:00', 'note', 'DLH Kukar: persetujuan lingkungan kegiatan tambang batu bara tidak diterbitkan oleh Pemkab; laporan RKL-RPL disampaikan ke DLH Provinsi.', '{}'),
('r05', 5, '10:00', 'decide', 'Informasi tidak dikuasai Pemerintah Kabupaten Kutai Kartanegara. Persetujuan lingkungan dan laporan RKL-RPL kegiatan pertambangan batu bara dikuasai Dinas Lingkungan Hidup Provinsi Kalimantan Timur; permohonan dapat diajukan kepada PPID badan publik tersebut.',
 '{"decision": "not_held_forwarded", "holder": "Dinas Lingkungan Hidup Provinsi Kalimantan Timur"}'),
('r05', 5, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r06', 'warga2', 'web', '2025-03-10 10:00', 'BAPPEDA',
 'Dokumen Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Kutai Kartanegara Tahun 2025 dan daftar usulan Musrenbang Kecamatan Tenggarong Seberang tahun 2024 yang diakomodasi dalam RKPD.',
 'Mengetahui usulan pembangunan desa kami yang masuk dalam rencana kerja pemerintah daerah.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r06', 1, '09:00', 'accept', null, '{"unit": "BAPPEDA"}'),
('r06', 2, '16:30', 'msg_c', 'Mohon daftar usulan Musrenbang dapat dipisahkan per desa bila memungkinkan.', '{}'),
('r06', 3, '08:20', 'msg_o', 'Baik, Pak Budi. Bappeda akan menyertakan daftar usulan yang diakomodasi untuk setiap desa di Kecamatan Tenggarong Seberang.', '{}'),
('r06', 5, '13:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r06', 5, '13:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r06', 5, '13:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r06', 5, '13:15', 'deliver', null, '{"method": "email"}'),
('r06', 6, '07:45', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r07', 'warga1', 'web', '2025-03-24 11:15', 'DISKOMINFO',
 'Daftar lokasi titik akses internet (Wi-Fi publik) yang dikelola Pemerintah Kabupaten Kutai Kartanegara di desa dan kelurahan, beserta jumlah titik yang aktif pada Maret 2025.',
 'Pemetaan kesenjangan akses internet desa untuk penelitian tesis.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r07', 1, '08:30', 'accept', null, '{"unit": "DISKOMINFO"}'),
('r07', 2, '10:00', 'msg_o', 'Ibu Siti, kantor tutup pada libur dan cuti bersama Idul Fitri (28 Maret sampai 7 April 2025). Batas waktu dihitung dalam hari kerja, sehingga jawaban paling lambat 16 April 2025.', '{}'),
('r07', 2, '11:30', 'msg_c', 'Baik, terima kasih informasinya. Selamat Hari Raya Idul Fitri.', '{}'),
('r07', 8, '10:30', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r07', 8, '10:35', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r07', 8, '10:40', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r07', 8, '10:45', 'deliver', null, '{"method": "email"}'),
('r07', 9, '09:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r08', 'warga2', 'web', '2025-04-14 13:00', 'DPMPTSP',
 'Daftar Persetujuan Bangunan Gedung (PBG) untuk bangunan usaha di Kelurahan Loa Ipuh dan Kelurahan Loa Ipuh Darat yang terbit tahun 2024, memuat nomor PBG, fungsi bangunan, lokasi, dan nama pemilik.',
 'Mengetahui kepatuhan perizinan bangunan usaha di sekitar lokasi usaha saya sebelum menjalin kerja sama sewa.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r08', 1, '08:40', 'accept', null, '{"unit": "DPMPTSP"}'),
('r08', 3, '09:30', 'note', 'DPMPTSP mengirim daftar PBG; sebagian pemilik bangunan adalah perorangan. Siapkan uji konsekuensi untuk kolom identitas pemilik.', '{}'),
('r08', 8, '11:00', 'decide', 'Daftar PBG diberikan. Nama dan alamat pemilik bangunan perorangan dihitamkan karena merupakan data pribadi (Pasal 17 huruf h); nama badan usaha tetap ditampilkan.',
 '{"decision": "granted_partial", "codes": ["h"], "test": {"document": "Daftar PBG bangunan usaha Kel. Loa Ipuh dan Loa Ipuh Darat tahun 2024", "exempt_items": "Nama dan alamat pemilik bangunan perorangan", "legal_basis": "UU 14/2008 Pasal 17 huruf h; UU 27/2022 tentang Pelindungan Data Pribadi", "harm_analysis": "Membuka nama dan alamat pemilik perorangan mengungkap data pribadi tanpa persetujuan pemiliknya.", "public_interest": "Kepatuhan perizinan dapat dinilai dari nomor PBG, fungsi bangunan, dan lokasi; identitas pribadi tidak diperlukan untuk tujuan itu.", "result": "Diberikan sebagian; kolom identitas pemilik perorangan dihitamkan.", "exemption_period": "Selama data menyangkut orang perseorangan"}}'),
('r08', 8, '11:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r08', 8, '11:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r08', 8, '11:15', 'deliver', null, '{"method": "email"}'),
('r08', 10, '19:30', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r09', 'offline', 'telepon', '2025-04-22 09:45', 'DINKES',
 'Jadwal pelayanan posyandu dan imunisasi dasar di wilayah kerja Puskesmas Loa Kulu untuk bulan Mei sampai Juli 2025.',
 'Mengetahui jadwal imunisasi anak saya dan menyampaikannya kepada kelompok ibu-ibu di desa.',
 '{melihat,mencatat}', '{}',
 '{"type": "perorangan", "name": "Sri Wahyuni", "nik": "6402086407790004", "address": "Desa Sungai Payang RT 03, Kec. Loa Kulu, Kab. Kutai Kartanegara", "occupation": "Ibu rumah tangga", "phone": "085386640101"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r09', 0, '10:00', 'accept', null, '{"unit": "DINKES"}'),
('r09', 2, '10:00', 'decide', 'Informasi diberikan seluruhnya. Jadwal posyandu dan imunisasi dapat dilihat dan dicatat di meja layanan informasi.', '{"decision": "granted_full", "delivery_wd": 3}'),
('r09', 2, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r09', 3, '09:30', 'deliver', 'Pemohon datang ke meja layanan, melihat dan mencatat jadwal posyandu dan imunisasi.', '{"method": "ambil_langsung"}'),
('r09', 3, '09:45', 'close', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r10', 'warga1', 'web', '2025-05-05 10:30', 'DPUPR',
 'Laporan kemajuan fisik dan keuangan pembangunan jembatan di Kecamatan Kembang Janggut.',
 'Penelitian tentang pembangunan infrastruktur penghubung antardesa.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r10', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r10', 2, '10:00', 'ask_completion', 'Mohon sebutkan nama jembatan atau desa lokasinya serta tahun anggaran yang dimaksud, karena terdapat beberapa pekerjaan jembatan di Kecamatan Kembang Janggut.', '{}'),
('r10', 9, '09:00', 'msg_o', 'Ibu Siti, kami mengingatkan bahwa rincian permohonan perlu dilengkapi paling lambat tanggal yang tercantum pada permintaan kelengkapan.', '{}'),
('r10', 13, '09:30', 'close_incomplete', 'Rincian permohonan tidak dilengkapi sampai batas waktu. Pemohon dapat mengajukan permohonan baru dengan rincian yang lebih jelas.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r11', 'warga2', 'web', '2025-05-19 15:55', 'BPKAD',
 'Laporan Realisasi Anggaran Pemerintah Kabupaten Kutai Kartanegara Tahun Anggaran 2024 dan Laporan Hasil Pemeriksaan BPK atas Laporan Keuangan Pemerintah Daerah Tahun 2024.',
 'Bahan analisis kinerja keuangan daerah untuk diskusi komunitas pelaku usaha kecil.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r11', 1, '09:20', 'accept', null, '{"unit": "BPKAD"}'),
('r11', 6, '14:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya. Laporan Hasil Pemeriksaan BPK telah diserahkan kepada DPRD sehingga terbuka untuk umum.', '{"decision": "granted_full"}'),
('r11', 6, '14:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r11', 6, '14:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r11', 6, '14:15', 'deliver', null, '{"method": "email"}'),
('r11', 7, '21:05', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r12', 'warga1', 'web', '2025-06-02 09:00', 'BAPPEDA',
 'Dokumen Kajian Lingkungan Hidup Strategis (KLHS) RPJMD Kabupaten Kutai Kartanegara periode 2025-2029.',
 'Referensi penulisan artikel ilmiah tentang perencanaan pembangunan berkelanjutan.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r12', 1, '08:45', 'accept', null, '{"unit": "BAPPEDA"}'),
('r12', 3, '10:00', 'msg_o', 'Ibu Siti, dokumen KLHS RPJMD sedang kami mintakan kepada Bappeda.', '{}'),
('r12', 4, '11:20', 'msg_c', 'Terima kasih. Ternyata dokumen tersebut sudah dipublikasikan di laman resmi Bappeda, jadi permohonan ini saya cabut.', '{}'),
('r12', 4, '11:25', 'withdraw', 'Dokumen sudah tersedia di laman resmi Bappeda.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r13', 'offline', 'email', '2025-06-16 08:20', 'DISDIK',
 'Rincian penyaluran dana Bantuan Operasional Sekolah Daerah (BOSDA) Kabupaten Kutai Kartanegara tahap II tahun 2025 per sekolah penerima.',
 'Bahan liputan tentang pemanfaatan dana pendidikan daerah.',
 '{salinan_softcopy}', '{email}',
 '{"type": "perorangan", "name": "Andi Pratama", "nik": "6472031010900005", "address": "Jl. Juanda Gg. 4 No. 21, Kel. Air Hitam, Kec. Samarinda Ulu, Kota Samarinda", "occupation": "Wartawan", "phone": "081346501010", "email": "andi.pratama@contoh.test"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r13', 1, '09:00', 'accept', null, '{"unit": "DISDIK"}'),
('r13', 3, '13:00', 'note', 'Disdik: penyaluran BOSDA tahap II baru berjalan; rekap per sekolah belum disusun.', '{}'),
('r13', 8, '10:00', 'decide', 'Informasi belum didokumentasikan. Penyaluran BOSDA tahap II tahun 2025 masih berlangsung dan rekap per sekolah belum disusun; rekap diperkirakan tersedia akhir Agustus 2025.', '{"decision": "not_yet_documented"}'),
('r13', 8, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r13', 14, '10:30', 'objection', 'Pemohon menilai rekap penyaluran untuk sekolah yang sudah menerima dana tahap II dapat diberikan lebih dahulu, karena dana sudah disalurkan ke sebagian besar kecamatan.', '{"key": "O1", "grounds": ["e"]}'),
('r13', 15, '09:00', 'objection_review', null, '{"key": "O1"}'),
('r13', 22, '14:00', 'objection_decide', 'Dalam musyawarah tanggal ini, pemohon dan PPID sepakat: PPID memberikan rekap penyaluran BOSDA tahap II untuk kecamatan yang sudah tersalurkan paling lambat lima hari kerja, dan rekap lengkap paling lambat 29 Agustus 2025.', '{"key": "O1", "outcome": "settled_musyawarah"}'),
('r13', 22, '14:30', 'objection_reaction', 'Pemohon menerima hasil musyawarah.', '{"key": "O1"}'),
('r13', 26, '10:00', 'doc', null, '{"name": "rekap-bosda-tahap-ii.pdf", "kind": "response"}'),
('r13', 26, '10:05', 'note', 'Rekap sementara BOSDA tahap II dikirim ke email pemohon sesuai kesepakatan musyawarah.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r14', 'warga2', 'web', '2025-07-07 10:10', 'DINKES',
 'Data jumlah balita stunting per desa di Kecamatan Muara Badak hasil pengukuran Februari 2025 (data agregat, tanpa identitas anak).',
 'Bahan usulan program pemberian makanan tambahan melalui musyawarah desa.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r14', 1, '08:30', 'accept', null, '{"unit": "DINKES"}'),
('r14', 5, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya dalam bentuk data agregat per desa.', '{"decision": "granted_full"}'),
('r14', 5, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r14', 5, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r14', 5, '10:15', 'deliver', null, '{"method": "email"}'),
('r14', 6, '08:10', 'msg_c', 'Data sudah saya terima dan akan kami bawa ke musyawarah desa. Terima kasih.', '{}'),
('r14', 6, '08:12', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r15', 'warga1', 'web', '2025-07-21 13:40', 'DPUPR',
 'Gambar detail engineering design (DED) dan rencana anggaran biaya pembangunan drainase primer kawasan Kelurahan Mangkurawang, Tenggarong, Tahun Anggaran 2025, dalam bentuk cetak ukuran A3 dan salinan elektronik.',
 'Bahan kajian tugas akhir tentang pengendalian banjir perkotaan di Tenggarong.',
 '{salinan_hardcopy,salinan_softcopy}', '{ambil_langsung,email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r15', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r15', 1, '08:35', 'assign', null, '{}'),
('r15', 6, '10:00', 'note', 'Bidang Sumber Daya Air: gambar DED berukuran A1, perlu dicetak ulang ukuran A3.', '{}'),
('r15', 8, '14:00', 'extend', 'Gambar DED berukuran besar sedang dicetak ulang dan diverifikasi oleh Bidang Sumber Daya Air bersama konsultan perencana.', '{}'),
('r15', 8, '14:05', 'doc', null, '{"name": "surat-perpanjangan.pdf", "kind": "letter"}'),
('r15', 13, '10:00', 'decide', 'Informasi diberikan seluruhnya. Salinan elektronik tanpa biaya; salinan cetak A3 dikenakan biaya penggandaan sesuai biaya riil.',
 '{"decision": "granted_full", "delivery_wd": 5, "fees": [{"item": "Cetak gambar teknis ukuran A3", "quantity": 48, "unit_price": 2000}, {"item": "Fotokopi dokumen RAB ukuran A4", "quantity": 35, "unit_price": 500}]}'),
('r15', 13, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r15', 14, '10:00', 'msg_c', 'Apakah pembayaran dapat dilakukan melalui transfer bank?', '{}'),
('r15', 14, '11:00', 'msg_o', 'Bisa, Bu. Silakan transfer ke rekening yang tercantum pada surat pemberitahuan, lalu sampaikan bukti transfer melalui pesan ini atau saat pengambilan.', '{}'),
('r15', 15, '09:20', 'pay', null, '{"method": "Transfer bank ke rekening penerimaan daerah (demo)"}'),
('r15', 16, '10:00', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r15', 16, '10:05', 'deliver', 'Salinan cetak A3 diambil langsung oleh pemohon; salinan elektronik dikirim ke email pemohon.', '{"method": "ambil_langsung"}'),
('r15', 16, '15:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r16', 'warga2', 'web', '2025-08-04 09:25', 'DINKES',
 'Salinan dokumen penawaran seluruh peserta tender pengadaan alat kesehatan RSUD Aji Muhammad Parikesit Tahun Anggaran 2025, termasuk rincian harga penawaran, serta kontrak dengan pemenang tender.',
 'Menilai kewajaran harga pengadaan alat kesehatan sebagai bahan advokasi pelayanan kesehatan.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r16', 1, '08:30', 'accept', null, '{"unit": "DINKES"}'),
('r16', 4, '10:00', 'note', 'RSUD menyatakan dokumen penawaran peserta memuat rahasia dagang; uji konsekuensi dijadwalkan.', '{}'),
('r16', 8, '14:00', 'decide', 'Permohonan ditolak. Dokumen penawaran peserta tender memuat rahasia dagang yang dikecualikan (Pasal 17 huruf b). Hasil tender telah diumumkan melalui LPSE.',
 '{"decision": "rejected_exempt", "codes": ["b"], "test": {"document": "Dokumen penawaran peserta tender alat kesehatan RSUD Aji Muhammad Parikesit TA 2025", "exempt_items": "Dokumen penawaran teknis dan harga seluruh peserta tender", "legal_basis": "UU 14/2008 Pasal 17 huruf b", "harm_analysis": "Membuka dokumen penawaran mengungkap strategi harga dan rahasia dagang peserta sehingga mengganggu persaingan usaha yang sehat.", "public_interest": "Kepentingan publik atas transparansi pengadaan dinilai terpenuhi melalui pengumuman hasil tender di LPSE.", "result": "Ditolak seluruhnya.", "exemption_period": "Dua tahun sejak penetapan pemenang"}}'),
('r16', 8, '14:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r16', 14, '10:00', 'objection', 'Tender sudah selesai dan kontrak sudah ditandatangani, sehingga kontrak dan harga penawaran pemenang seharusnya terbuka. Saya tidak meminta rahasia teknis peserta lain.', '{"key": "O2", "grounds": ["a", "d"]}'),
('r16', 15, '09:00', 'objection_review', null, '{"key": "O2"}'),
('r16', 33, '10:00', 'objection_decide', 'Atasan PPID mengabulkan keberatan. Kontrak dengan penyedia pemenang dan harga penawaran pemenang tidak termasuk informasi yang dikecualikan setelah tender selesai. PPID diminta memberikan kontrak dan harga pemenang; rincian penawaran peserta yang tidak menang tetap dikecualikan.', '{"key": "O2", "outcome": "upheld"}'),
('r16', 34, '09:00', 'note', 'Menindaklanjuti putusan keberatan: siapkan kontrak dan harga pemenang, hitamkan rincian penawaran peserta lain.', '{"by": "ppid"}'),
('r16', 35, '10:00', 'decide', 'Menindaklanjuti putusan Atasan PPID: kontrak dan harga penawaran pemenang diberikan; rincian penawaran peserta yang tidak menang dihitamkan (Pasal 17 huruf b).',
 '{"decision": "granted_partial", "codes": ["b"], "test": {"document": "Kontrak dan dokumen penawaran tender alat kesehatan RSUD Aji Muhammad Parikesit TA 2025", "exempt_items": "Rincian harga dan dokumen teknis penawaran peserta yang tidak menang", "legal_basis": "UU 14/2008 Pasal 17 huruf b; putusan Atasan PPID atas keberatan", "harm_analysis": "Rincian penawaran peserta yang tidak menang tetap merupakan rahasia dagang yang dapat merugikan persaingan usaha.", "public_interest": "Kontrak dan harga pemenang cukup untuk menilai kewajaran harga pengadaan.", "result": "Diberikan sebagian.", "exemption_period": "Dua tahun sejak penetapan pemenang"}}'),
('r16', 35, '10:05', 'doc', null, '{"name": "surat-pemberitahuan-ulang.pdf", "kind": "letter"}'),
('r16', 35, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r16', 35, '10:15', 'deliver', null, '{"method": "email"}'),
('r16', 36, '08:30', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r17', 'warga1', 'web', '2025-08-25 10:00', 'DISKOMINFO',
 'Peta jaringan kabel serat optik milik penyelenggara telekomunikasi di Kecamatan Tabang, termasuk titik BTS yang sudah terhubung ke jaringan tersebut.',
 'Analisis kesiapan infrastruktur digital desa terpencil untuk penelitian.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r17', 1, '08:30', 'accept', null, '{"unit": "DISKOMINFO"}'),
('r17', 3, '10:00', 'note', 'Bidang Infrastruktur TIK tidak memiliki peta jaringan operator; data menara hanya sebatas izin yang tercatat.', '{}'),
('r17', 5, '11:00', 'decide', 'Informasi tidak dikuasai. Peta jaringan serat optik adalah milik penyelenggara telekomunikasi dan tidak diserahkan kepada Pemerintah Kabupaten; PPID tidak mengetahui badan publik yang menguasainya.', '{"decision": "not_held_unknown"}'),
('r17', 5, '11:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r18', 'offline', 'whatsapp', '2025-09-08 14:00', 'DPUPR',
 'Jadwal dan lokasi pekerjaan peningkatan jalan usaha tani di Desa Manunggal Daya, Kecamatan Sebulu, Tahun Anggaran 2025.',
 'Informasi bagi kelompok tani untuk mengatur jadwal panen dan pengangkutan hasil kebun.',
 '{salinan_hardcopy}', '{ambil_langsung}',
 '{"type": "perorangan", "name": "Muhammad Rizky", "nik": "6402111502870006", "address": "Desa Manunggal Daya RT 04, Kec. Sebulu, Kab. Kutai Kartanegara", "occupation": "Petani", "phone": "082254110987"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r18', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r18', 4, '10:00', 'decide', 'Informasi diberikan seluruhnya dalam bentuk salinan cetak tanpa biaya.', '{"decision": "granted_full"}'),
('r18', 4, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r18', 5, '13:30', 'deliver', 'Salinan jadwal diambil langsung oleh pemohon di kantor layanan informasi.', '{"method": "ambil_langsung"}'),
('r18', 5, '13:40', 'close', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r19', 'warga2', 'web', '2025-09-22 09:10', 'DLH',
 'Hasil uji kualitas air Sungai Mahakam di sekitar titik intake Perumda Air Minum Tirta Mahakam di Tenggarong untuk periode Januari 2024 sampai Juni 2025.',
 'Informasi bagi usaha depot air minum isi ulang yang saya kelola.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r19', 1, '08:30', 'accept', null, '{"unit": "DLH"}'),
('r19', 6, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r19', 6, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r19', 6, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r19', 6, '10:15', 'deliver', null, '{"method": "email"}'),
('r19', 8, '12:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r20', 'warga1', 'web', '2025-10-06 10:45', 'DISDIK',
 'Data sekolah yang mengalami kerusakan berat dan rencana rehabilitasinya.',
 'Bahan tulisan opini tentang kondisi sarana pendidikan.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r20', 1, '08:30', 'accept', null, '{"unit": "DISDIK"}'),
('r20', 2, '10:00', 'ask_completion', 'Mohon sebutkan jenjang sekolah (SD atau SMP), kecamatan, dan tahun data yang dimaksud agar data dapat disiapkan dengan tepat.', '{}'),
('r20', 3, '09:15', 'msg_c', 'Baik, saya akan mengajukan permohonan baru dengan rincian yang lebih jelas.', '{}'),
('r20', 3, '09:20', 'withdraw', 'Akan diajukan ulang dengan rincian jenjang dan kecamatan.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r21', 'warga2', 'web', '2025-10-20 11:30', 'BPKAD',
 'Daftar penerima belanja hibah dan bantuan sosial APBD Kabupaten Kutai Kartanegara Tahun Anggaran 2025 beserta nilai yang diterima.',
 'Pemantauan penyaluran hibah kepada organisasi kemasyarakatan dan kelompok usaha di Tenggarong Seberang.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r21', 1, '08:30', 'accept', null, '{"unit": "BPKAD"}'),
('r21', 4, '14:00', 'note', 'Daftar bansos memuat NIK dan alamat penerima perorangan; perlu uji konsekuensi.', '{}'),
('r21', 9, '10:00', 'decide', 'Daftar penerima hibah (lembaga) diberikan seluruhnya. Untuk penerima bantuan sosial perorangan, NIK dan alamat dihitamkan (Pasal 17 huruf h); nama desa dan nilai bantuan tetap ditampilkan.',
 '{"decision": "granted_partial", "codes": ["h"], "test": {"document": "Daftar penerima hibah dan bantuan sosial APBD TA 2025", "exempt_items": "NIK dan alamat lengkap penerima bantuan sosial perorangan", "legal_basis": "UU 14/2008 Pasal 17 huruf h; UU 27/2022 tentang Pelindungan Data Pribadi", "harm_analysis": "NIK dan alamat penerima bansos adalah data pribadi yang dapat disalahgunakan dan menimbulkan stigma.", "public_interest": "Pengawasan penyaluran tetap dapat dilakukan dengan nama lembaga, desa, dan nilai bantuan.", "result": "Diberikan sebagian; NIK dan alamat penerima perorangan dihitamkan.", "exemption_period": "Selama data menyangkut orang perseorangan"}}'),
('r21', 9, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r21', 9, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r21', 9, '10:15', 'deliver', null, '{"method": "email"}'),
('r21', 10, '08:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r22', 'warga1', 'web', '2025-11-10 09:00', 'DINKES',
 'Daftar nama dan alamat pasien tuberkulosis (TBC) yang menjalani pengobatan di Puskesmas Loa Janan pada tahun 2025.',
 'Pendataan untuk kegiatan pendampingan minum obat oleh komunitas relawan kesehatan.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r22', 1, '08:30', 'accept', null, '{"unit": "DINKES"}'),
('r22', 3, '10:00', 'msg_o', 'Ibu Siti, data yang diminta memuat identitas pasien. Kami sedang melakukan uji konsekuensi; data agregat per desa dapat diberikan bila Ibu memerlukannya.', '{}'),
('r22', 7, '14:00', 'decide', 'Permohonan ditolak karena nama dan alamat pasien adalah rahasia pribadi yang berkaitan dengan riwayat kesehatan (Pasal 17 huruf h). Data agregat jumlah pasien per desa dapat diminta melalui permohonan baru.',
 '{"decision": "rejected_exempt", "codes": ["h", "k"], "other": "UU 17/2023 tentang Kesehatan (rahasia kesehatan pasien)", "test": {"document": "Register pasien TBC Puskesmas Loa Janan tahun 2025", "exempt_items": "Nama, alamat, dan status pengobatan pasien TBC", "legal_basis": "UU 14/2008 Pasal 17 huruf h; UU 17/2023 tentang Kesehatan", "harm_analysis": "Membuka identitas pasien TBC mengungkap riwayat kesehatan dan dapat menimbulkan stigma serta diskriminasi terhadap pasien dan keluarganya.", "public_interest": "Tujuan pendampingan dapat dicapai melalui kerja sama resmi dengan Puskesmas tanpa membuka identitas pasien kepada umum.", "result": "Ditolak seluruhnya.", "exemption_period": "Tidak terbatas selama menyangkut rahasia kesehatan pasien"}}'),
('r22', 7, '14:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r23', 'offline', 'langsung', '2025-11-24 13:15', 'BAPPEDA',
 'Kompilasi dokumen Rencana Strategis (Renstra) seluruh perangkat daerah Kabupaten Kutai Kartanegara periode 2025-2029 yang telah ditetapkan.',
 'Bahan skripsi tentang keselarasan rencana strategis perangkat daerah dengan RPJMD.',
 '{salinan_softcopy}', '{email}',
 '{"type": "perorangan", "name": "Fajar Ramadhan", "nik": "6402152208010003", "address": "Jl. Pesut Gg. Nelayan No. 5, Kel. Timbau, Kec. Tenggarong, Kab. Kutai Kartanegara", "occupation": "Mahasiswa", "phone": "081254008811", "email": "fajar.ramadhan@contoh.test"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r23', 0, '13:30', 'accept', null, '{"unit": "BAPPEDA"}'),
('r23', 6, '10:00', 'decide', 'Informasi belum didokumentasikan. Penetapan Renstra sebagian perangkat daerah masih berlangsung sehingga kompilasi belum tersedia; Renstra yang sudah ditetapkan dapat diunduh di laman masing-masing perangkat daerah.', '{"decision": "not_yet_documented"}'),
('r23', 6, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r24', 'warga2', 'web', '2025-12-08 10:20', 'DPMPTSP',
 'Jumlah Nomor Induk Berusaha (NIB) yang terbit melalui sistem OSS per kecamatan di Kabupaten Kutai Kartanegara selama Januari-November 2025, dikelompokkan menurut skala usaha.',
 'Bahan perencanaan usaha dan kajian peluang kemitraan dengan UMKM.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r24', 1, '08:30', 'accept', null, '{"unit": "DPMPTSP"}'),
('r24', 4, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r24', 4, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r24', 4, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r24', 4, '10:15', 'deliver', null, '{"method": "email"}'),
('r24', 12, '09:00', 'close', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r25', 'warga1', 'web', '2025-12-22 14:00', 'DPUPR',
 'Daftar ruas jalan kabupaten beserta kondisinya (baik, sedang, rusak ringan, rusak berat) per kecamatan berdasarkan survei kondisi jalan tahun 2025.',
 'Data pendukung penelitian tentang aksesibilitas layanan kesehatan di desa.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r25', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r25', 2, '09:00', 'msg_o', 'Ibu Siti, tanggal 25 dan 26 Desember serta 1 Januari adalah hari libur, sehingga batas waktu jawaban jatuh pada 8 Januari 2026.', '{}'),
('r25', 8, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r25', 8, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r25', 8, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r25', 8, '10:15', 'deliver', null, '{"method": "email"}'),
('r25', 9, '08:00', 'confirm', null, '{}');

-- 2026 ----------------------------------------------------------------------------------------------------

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r26', 'warga2', 'web', '2026-01-06 09:30', 'INSPEKTORAT',
 'Salinan laporan hasil pemeriksaan (LHP) Inspektorat Daerah atas pengelolaan Dana Desa di Kecamatan Loa Kulu Tahun Anggaran 2024, termasuk temuan dan rekomendasinya.',
 'Pengawasan masyarakat atas penggunaan Dana Desa di kecamatan tempat usaha saya berada.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r26', 1, '08:30', 'accept', null, '{"unit": "INSPEKTORAT"}'),
('r26', 3, '10:00', 'note', 'Inspektorat: sebagian temuan LHP sedang ditindaklanjuti aparat penegak hukum; laporan belum dapat dibuka.', '{}'),
('r26', 7, '14:00', 'decide', 'Permohonan ditolak. Temuan dalam LHP sedang ditindaklanjuti aparat penegak hukum sehingga membuka laporan dapat menghambat proses penyelidikan (Pasal 17 huruf a).',
 '{"decision": "rejected_exempt", "codes": ["a"], "test": {"document": "LHP Inspektorat Daerah atas pengelolaan Dana Desa di Kecamatan Loa Kulu TA 2024", "exempt_items": "Seluruh isi LHP, termasuk temuan, pihak yang diperiksa, dan rekomendasi", "legal_basis": "UU 14/2008 Pasal 17 huruf a", "harm_analysis": "Temuan LHP menjadi bahan penyelidikan aparat penegak hukum; membukanya dapat mengungkap bahan penyelidikan dan menghambat pengungkapan perkara.", "public_interest": "Kepentingan publik atas akuntabilitas Dana Desa akan terpenuhi melalui proses hukum; setelah proses selesai laporan dapat dibuka.", "result": "Ditolak seluruhnya sampai proses hukum selesai.", "exemption_period": "Sampai proses penegakan hukum selesai"}}'),
('r26', 7, '14:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r26', 12, '10:00', 'objection', 'Laporan hasil pemeriksaan sudah selesai dan menyangkut penggunaan uang negara. Saya meminta setidaknya ringkasan temuan dan rekomendasi tanpa identitas pihak yang sedang diperiksa.', '{"key": "O3", "grounds": ["a"]}'),
('r26', 13, '09:00', 'objection_review', null, '{"key": "O3"}'),
('r26', 20, '10:00', 'note', 'Atasan PPID meminta keterangan tertulis Inspektorat tentang status penanganan perkara oleh aparat penegak hukum.', '{"by": "atasan"}'),
('r26', 29, '14:00', 'objection_decide', 'Atasan PPID menguatkan keputusan PPID untuk tidak memberikan LHP, termasuk ringkasan temuannya, selama proses penegakan hukum berjalan.',
 '{"key": "O3", "outcome": "rejected", "reasons": "Berdasarkan keterangan Inspektorat, temuan dalam LHP sedang diselidiki aparat penegak hukum. Ringkasan temuan tetap mengungkap bahan penyelidikan sehingga dikecualikan menurut Pasal 17 huruf a. Pengecualian berlaku sampai proses hukum selesai."}'),
('r26', 30, '19:00', 'objection_reaction', 'Pemohon tidak menerima tanggapan Atasan PPID dan akan mengajukan sengketa informasi ke Komisi Informasi.', '{"key": "O3"}'),
('r26', 36, '10:00', 'dispute', 'Permohonan penyelesaian sengketa diajukan pemohon; termohon PPID Pemerintah Kabupaten Kutai Kartanegara.', '{"key": "D1", "objection": "O3", "register_no": "0012/REG-PSI/III/2026"}'),
('r26', 58, '10:00', 'dispute_update', 'Mediasi pertama di Komisi Informasi; para pihak belum mencapai kesepakatan.', '{"key": "D1", "stage": "mediation"}'),
('r26', 75, '10:00', 'dispute_update', 'Mediasi dinyatakan gagal; perkara dilanjutkan ke ajudikasi nonlitigasi.', '{"key": "D1", "stage": "adjudication"}'),
('r26', 130, '15:00', 'dispute_update', 'Majelis Komisioner memutus sebagian: ringkasan rekomendasi LHP tanpa identitas pihak yang diperiksa wajib diberikan; temuan yang sedang diselidiki tetap dikecualikan.', '{"key": "D1", "stage": "decided", "outcome": "partly"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r27', 'warga1', 'web', '2026-01-12 10:00', 'DISDIK',
 'Jumlah penerima beasiswa Kukar Idaman tahun 2025 menurut jenjang (D3, S1, S2, S3) dan perguruan tinggi, tanpa nama penerima.',
 'Bahan penelitian tentang efektivitas program beasiswa pemerintah daerah.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r27', 1, '08:30', 'accept', null, '{"unit": "DISDIK"}'),
('r27', 6, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya dalam bentuk rekap tanpa nama penerima.', '{"decision": "granted_full"}'),
('r27', 6, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r27', 6, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r27', 6, '10:15', 'deliver', null, '{"method": "email"}'),
('r27', 7, '09:30', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r28', 'offline', 'surat', '2026-01-26 08:50', 'BAPPEDA',
 'Salinan dokumen Kebijakan Umum APBD (KUA) serta Prioritas dan Plafon Anggaran Sementara (PPAS) Kabupaten Kutai Kartanegara Tahun Anggaran 2026 beserta nota kesepakatannya.',
 'Bahan analisis anggaran daerah untuk publikasi tahunan perkumpulan.',
 '{salinan_hardcopy}', '{pos}',
 '{"type": "badan_hukum", "name": "Perkumpulan Pemantau Anggaran Benua Etam", "sk": "AHU-0004567.AH.01.07.Tahun 2020", "address": "Jl. M. Yamin No. 45, Kel. Gunung Kelua, Kec. Samarinda Ulu, Kota Samarinda", "occupation": "Perkumpulan (organisasi masyarakat sipil)", "phone": "081150090045", "email": "sekretariat@pantauanggaran.test"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r28', 1, '08:30', 'accept', null, '{"unit": "BAPPEDA"}'),
('r28', 5, '10:00', 'decide', 'Informasi diberikan seluruhnya dalam bentuk salinan cetak yang dikirim melalui pos. Biaya penggandaan dan pengiriman sesuai biaya riil.',
 '{"decision": "granted_full", "delivery_wd": 5, "fees": [{"item": "Fotokopi dokumen ukuran A4", "quantity": 164, "unit_price": 500}, {"item": "Ongkos kirim pos tercatat ke Samarinda", "quantity": 1, "unit_price": 25000}]}'),
('r28', 5, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r28', 7, '11:00', 'pay', null, '{"method": "Transfer bank ke rekening penerimaan daerah (demo)"}'),
('r28', 8, '10:00', 'deliver', 'Dikirim melalui pos tercatat; nomor resi dicatat pada berita acara.', '{"method": "pos"}'),
('r28', 8, '10:05', 'doc', null, '{"name": "berita-acara-penyerahan.pdf", "kind": "letter"}'),
('r28', 14, '09:00', 'close', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r29', 'warga2', 'web', '2026-02-09 13:30', 'DPUPR',
 'Daftar paket pekerjaan jalan dan jembatan Dinas PUPR Tahun Anggaran 2026 beserta pagu anggaran, lokasi, dan rencana waktu pelaksanaan.',
 'Mencari peluang usaha jasa angkutan material untuk usaha saya.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r29', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r29', 2, '10:00', 'ask_completion', 'Mohon jelaskan apakah yang dimaksud hanya paket pekerjaan konstruksi, atau termasuk paket jasa konsultansi perencanaan dan pengawasan.', '{}'),
('r29', 3, '08:15', 'complete', 'Yang saya maksud hanya paket pekerjaan konstruksi jalan dan jembatan.', '{}'),
('r29', 7, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya; daftar paket juga diumumkan melalui SiRUP.', '{"decision": "granted_full"}'),
('r29', 7, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r29', 7, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r29', 7, '10:15', 'deliver', null, '{"method": "email"}'),
('r29', 8, '09:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r30', 'warga1', 'web', '2026-02-23 10:15', 'DINKES',
 'Jumlah peserta Penerima Bantuan Iuran (PBI) Jaminan Kesehatan Nasional per desa di Kecamatan Tenggarong dan status keaktifannya per Januari 2026.',
 'Penelitian tentang cakupan jaminan kesehatan bagi masyarakat miskin.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r30', 1, '08:30', 'accept', null, '{"unit": "DINKES"}'),
('r30', 3, '10:00', 'note', 'Dinkes hanya memegang rekap iuran PBI yang dibayar APBD; data kepesertaan dan keaktifan per desa dikuasai BPJS Kesehatan.', '{}'),
('r30', 6, '10:00', 'decide', 'Informasi tidak dikuasai Pemerintah Kabupaten Kutai Kartanegara. Data kepesertaan dan status keaktifan peserta PBI JKN dikuasai BPJS Kesehatan Kantor Cabang Samarinda.', '{"decision": "not_held_forwarded", "holder": "BPJS Kesehatan Kantor Cabang Samarinda"}'),
('r30', 6, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r30', 7, '08:40', 'msg_c', 'Terima kasih atas informasinya, saya akan mengajukan permohonan ke BPJS Kesehatan.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r31', 'warga2', 'web', '2026-03-09 09:00', 'DLH',
 'Dokumen Kebijakan dan Strategi Daerah (Jakstrada) pengelolaan sampah Kabupaten Kutai Kartanegara serta data volume sampah yang masuk ke TPA Bekotok per bulan tahun 2025.',
 'Kajian peluang usaha bank sampah dan daur ulang di Tenggarong.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r31', 1, '08:30', 'accept', null, '{"unit": "DLH"}'),
('r31', 6, '10:00', 'msg_o', 'Pak Budi, sebagian data volume sampah bulanan masih direkap UPT TPA. Kemungkinan kami memerlukan perpanjangan waktu.', '{}'),
('r31', 8, '14:00', 'extend', 'Data volume sampah bulanan TPA Bekotok tahun 2025 masih direkap UPT Pengelolaan Sampah dan perlu diverifikasi Bidang Pengelolaan Sampah.', '{}'),
('r31', 8, '14:05', 'doc', null, '{"name": "surat-perpanjangan.pdf", "kind": "letter"}'),
('r31', 15, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r31', 15, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r31', 15, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r31', 15, '10:15', 'deliver', null, '{"method": "email"}'),
('r31', 16, '09:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r32', 'offline', 'langsung', '2026-04-13 14:45', 'DISDIK',
 'Salinan petunjuk teknis Sistem Penerimaan Murid Baru (SPMB) jenjang SD dan SMP Kabupaten Kutai Kartanegara tahun ajaran 2026/2027.',
 'Sosialisasi kepada orang tua murid di lingkungan sekolah tempat saya mengajar.',
 '{salinan_hardcopy}', '{ambil_langsung}',
 '{"type": "perorangan", "name": "Nur Aini", "nik": "6402045906880002", "address": "Jl. Ki Hajar Dewantara RT 07, Kel. Loa Ipuh, Kec. Tenggarong, Kab. Kutai Kartanegara", "occupation": "Guru", "phone": "085247701234"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r32', 0, '14:55', 'accept', null, '{"unit": "DISDIK"}'),
('r32', 0, '15:10', 'decide', 'Informasi tersedia setiap saat dan diberikan seluruhnya secara langsung tanpa biaya.', '{"decision": "granted_full", "delivery_wd": 0}'),
('r32', 0, '15:12', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r32', 0, '15:20', 'deliver', 'Salinan cetak juknis SPMB diserahkan langsung kepada pemohon.', '{"method": "ambil_langsung"}'),
('r32', 0, '15:25', 'close', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r33', 'warga1', 'web', '2026-05-04 09:20', 'BPKAD',
 'Laporan Keuangan Pemerintah Daerah (unaudited) Tahun 2025 dan daftar tunggakan PBB-P2 per kecamatan, termasuk nama wajib pajak dengan tunggakan terbesar.',
 'Penelitian tentang optimalisasi pendapatan asli daerah.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r33', 1, '08:30', 'accept', null, '{"unit": "BPKAD"}'),
('r33', 2, '10:00', 'note', 'Koordinasi dengan Bapenda untuk data tunggakan PBB-P2; nama wajib pajak termasuk rahasia wajib pajak.', '{}'),
('r33', 8, '10:00', 'decide', 'LKPD unaudited 2025 dan rekap tunggakan PBB-P2 per kecamatan diberikan. Nama wajib pajak dihitamkan karena data wajib pajak wajib dirahasiakan menurut undang-undang (Pasal 17 huruf h dan j).',
 '{"decision": "granted_partial", "codes": ["h", "j"], "test": {"document": "Rekap tunggakan PBB-P2 per kecamatan tahun 2025", "exempt_items": "Nama dan nomor objek pajak wajib pajak perorangan dan badan", "legal_basis": "UU 14/2008 Pasal 17 huruf h dan j; ketentuan kerahasiaan data wajib pajak dalam peraturan perpajakan daerah", "harm_analysis": "Membuka nama wajib pajak dan besaran tunggakannya melanggar kewajiban kerahasiaan data wajib pajak dan mengungkap keadaan keuangan pribadi.", "public_interest": "Analisis pendapatan daerah dapat dilakukan dengan data agregat per kecamatan.", "result": "Diberikan sebagian; nama wajib pajak dihitamkan.", "exemption_period": "Selama kewajiban kerahasiaan wajib pajak berlaku"}}'),
('r33', 8, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r33', 8, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r33', 8, '10:15', 'deliver', null, '{"method": "email"}'),
('r33', 9, '20:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r34', 'warga2', 'web', '2026-05-18 10:40', 'DPMPTSP',
 'Dokumen perizinan SPBU di Kecamatan Tenggarong Seberang.',
 'Keperluan pengembangan usaha.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r34', 1, '08:30', 'accept', null, '{"unit": "DPMPTSP"}'),
('r34', 2, '10:00', 'ask_completion', 'Mohon lengkapi nama atau lokasi SPBU yang dimaksud, jenis dokumen perizinan (PBG, persetujuan lingkungan, atau NIB), serta uraian tujuan penggunaan informasi secara lebih rinci.', '{}'),
('r34', 13, '09:00', 'close_incomplete', 'Rincian permohonan tidak dilengkapi sampai batas waktu. Pemohon dapat mengajukan permohonan baru.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r35', 'offline', 'email', '2026-06-22 13:00', 'DPUPR',
 'Rincian Harga Perkiraan Sendiri (HPS) lengkap beserta analisa harga satuan untuk paket peningkatan Jalan Sebulu - Muara Kaman Tahun Anggaran 2026 yang akan ditenderkan.',
 'Persiapan penyusunan penawaran tender.',
 '{salinan_softcopy}', '{email}',
 '{"type": "perorangan", "name": "Rahmat Hidayat", "nik": "6402091107800008", "address": "Jl. Danau Aji No. 8, Kel. Baru, Kec. Tenggarong, Kab. Kutai Kartanegara", "occupation": "Kontraktor", "phone": "081351117080", "email": "rahmat.hidayat@contoh.test"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r35', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r35', 6, '10:00', 'decide', 'Permohonan ditolak. Nilai total HPS diumumkan dalam dokumen pemilihan, tetapi rincian HPS dan analisa harga satuan sebelum tender dikecualikan karena dapat mengganggu persaingan usaha yang sehat (Pasal 17 huruf b).',
 '{"decision": "rejected_exempt", "codes": ["b"], "test": {"document": "Rincian HPS paket peningkatan Jalan Sebulu - Muara Kaman TA 2026", "exempt_items": "Rincian HPS per item pekerjaan dan analisa harga satuan", "legal_basis": "UU 14/2008 Pasal 17 huruf b; ketentuan pengadaan barang/jasa pemerintah tentang kerahasiaan rincian HPS", "harm_analysis": "Rincian HPS yang dibuka sebelum tender memberi keuntungan tidak wajar kepada calon peserta dan dapat mendorong persekongkolan harga.", "public_interest": "Nilai total HPS sudah diumumkan sehingga kepentingan publik atas transparansi pagu terpenuhi.", "result": "Ditolak seluruhnya.", "exemption_period": "Sampai penandatanganan kontrak"}}'),
('r35', 6, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r36', 'warga2', 'web', '2026-07-06 09:45', 'DINKES',
 'Jumlah kasus demam berdarah dengue (DBD) per kecamatan di Kabupaten Kutai Kartanegara periode Januari-Juni 2026.',
 'Informasi bagi warga RT kami untuk menggiatkan kegiatan pemberantasan sarang nyamuk.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r36', 1, '08:30', 'accept', null, '{"unit": "DINKES"}'),
('r36', 3, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r36', 3, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r36', 3, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r36', 3, '10:15', 'deliver', null, '{"method": "email"}'),
('r36', 4, '08:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r37', 'warga1', 'web', '2026-07-20 10:30', 'BAPPEDA',
 'Laporan hasil evaluasi pelaksanaan RKPD Kabupaten Kutai Kartanegara Tahun 2026 triwulan II.',
 'Bahan penelitian tentang pengendalian dan evaluasi perencanaan pembangunan daerah.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r37', 1, '08:30', 'accept', null, '{"unit": "BAPPEDA"}'),
('r37', 4, '10:00', 'note', 'Bappeda: evaluasi triwulan II masih menunggu laporan dari perangkat daerah.', '{}'),
('r37', 8, '10:00', 'decide', 'Informasi belum didokumentasikan. Evaluasi RKPD triwulan II 2026 masih disusun; laporan diperkirakan tersedia akhir Agustus 2026 dan dapat diminta kembali setelahnya.', '{"decision": "not_yet_documented"}'),
('r37', 8, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r38', 'warga2', 'web', '2026-08-03 08:55', 'DPUPR',
 'Laporan konsultan pengawas (mingguan dan bulanan) pekerjaan rehabilitasi Jalan Tenggarong - Loa Janan Tahun Anggaran 2026.',
 'Memantau progres perbaikan jalan yang dilalui kendaraan usaha saya.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r38', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r38', 2, '10:00', 'ask_completion', 'Mohon lampirkan keterangan lokasi ruas yang dimaksud (titik awal dan akhir), karena pekerjaan rehabilitasi terbagi dalam beberapa paket.', '{}'),
('r38', 3, '07:50', 'complete', 'Peta lokasi ruas jalan saya lampirkan.', '{"files": ["peta-lokasi-ruas-jalan.pdf"]}'),
('r38', 7, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya. Laporan dikirim paling lambat tiga hari kerja setelah pemberitahuan ini.', '{"decision": "granted_full", "delivery_wd": 3}'),
('r38', 7, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r38', 11, '08:30', 'msg_c', 'Tanggal yang dijanjikan sudah lewat, tetapi laporan belum saya terima.', '{}'),
('r38', 11, '10:00', 'msg_o', 'Mohon maaf atas keterlambatan, Pak Budi. Laporan bulanan Juli baru kami terima dari konsultan pengawas dan kami kirim hari ini.', '{}'),
('r38', 11, '14:00', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r38', 11, '14:05', 'deliver', 'Terlambat dari tanggal yang dijanjikan karena laporan konsultan pengawas terlambat diterima.', '{"method": "email"}'),
('r38', 13, '09:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r39', 'warga1', 'web', '2026-08-24 14:10', 'DISDIK',
 'Jumlah guru berstatus PNS, PPPK, dan honorer pada setiap SD negeri di Kecamatan Tenggarong tahun ajaran 2026/2027.',
 'Penelitian lanjutan tentang kecukupan guru sekolah dasar.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r39', 1, '08:30', 'accept', null, '{"unit": "DISDIK"}'),
('r39', 6, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r39', 6, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r39', 6, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r39', 6, '10:15', 'deliver', null, '{"method": "email"}'),
('r39', 7, '10:00', 'confirm', null, '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r40', 'warga2', 'web', '2026-09-07 10:00', 'BPKAD',
 'Rincian realisasi belanja perjalanan dinas Sekretariat Daerah Kabupaten Kutai Kartanegara Tahun Anggaran 2025 per bagian, termasuk jumlah perjalanan dan total biaya.',
 'Bahan diskusi publik komunitas tentang efisiensi belanja aparatur.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r40', 1, '08:30', 'accept', null, '{"unit": "BPKAD"}'),
('r40', 1, '08:35', 'assign', null, '{}'),
('r40', 5, '10:00', 'note', 'BPKAD meminta Bagian Umum Sekretariat Daerah menyiapkan rekap perjalanan dinas per bagian.', '{}'),
('r40', 9, '13:00', 'msg_c', 'Selamat siang, bagaimana perkembangan permohonan saya?', '{}'),
('r40', 9, '15:00', 'msg_o', 'Selamat sore, Pak Budi. Kami masih menunggu rekap dari Sekretariat Daerah dan akan segera mengabari Bapak.', '{}'),
('r40', 12, '09:00', 'note', 'Batas 10 hari kerja terlewati tanpa pemberitahuan tertulis. Segera tindak lanjuti ke BPKAD dan Bagian Umum.', '{"by": "ppid"}'),
('r40', 35, '10:00', 'objection', 'Sampai batas waktu 10 hari kerja berakhir saya belum menerima pemberitahuan tertulis maupun informasi yang diminta, dan tidak ada pemberitahuan perpanjangan waktu.', '{"key": "O4", "grounds": ["c"]}'),
('r40', 36, '09:00', 'objection_review', null, '{"key": "O4"}'),
('r40', 38, '10:00', 'note', 'Atasan PPID meminta penjelasan BPKAD dan Bagian Umum atas keterlambatan tanggapan.', '{"by": "atasan"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r41', 'offline', 'whatsapp', '2026-09-21 09:30', 'DPUPR',
 'Rencana dan jadwal pekerjaan normalisasi sungai dan pembangunan turap di Kecamatan Kota Bangun Tahun Anggaran 2026.',
 'Informasi bagi nelayan dan warga bantaran sungai yang rumahnya mungkin terdampak pekerjaan.',
 '{melihat,salinan_hardcopy}', '{ambil_langsung}',
 '{"type": "perorangan", "name": "Yohanes Lawing", "nik": "6402130809750001", "address": "RT 02 Desa Kota Bangun Ilir, Kec. Kota Bangun, Kab. Kutai Kartanegara", "occupation": "Nelayan", "phone": "082150753311"}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r41', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r41', 3, '10:00', 'note', 'Nota dinas ke Dinas PUPR belum dijawab; perlu diingatkan.', '{}'),
('r41', 12, '09:00', 'note', 'Batas waktu sudah lewat tanpa pemberitahuan tertulis. Koordinasikan segera dengan Kepala Bidang Sumber Daya Air.', '{"by": "ppid"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r42', 'warga1', 'web', '2026-10-05 13:20', 'DINKES',
 'Salinan hasil pemeriksaan kesehatan jasmani dan rohani seluruh bakal calon kepala desa pada pemilihan kepala desa tahun 2026 di Kecamatan Tenggarong Seberang.',
 'Memastikan para calon kepala desa memenuhi syarat kesehatan sebagaimana diatur dalam peraturan.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r42', 1, '08:30', 'accept', null, '{"unit": "DINKES"}'),
('r42', 4, '10:00', 'note', 'RSUD penguji menyerahkan hasil pemeriksaan kepada panitia pemilihan; dokumen memuat data kesehatan perorangan.', '{}'),
('r42', 8, '14:00', 'decide', 'Permohonan ditolak. Hasil pemeriksaan kesehatan perorangan adalah rahasia pribadi (Pasal 17 huruf h). Pengumuman calon yang memenuhi syarat diterbitkan oleh panitia pemilihan.',
 '{"decision": "rejected_exempt", "codes": ["h"], "test": {"document": "Hasil pemeriksaan kesehatan bakal calon kepala desa tahun 2026 di Kecamatan Tenggarong Seberang", "exempt_items": "Hasil pemeriksaan jasmani dan rohani setiap bakal calon", "legal_basis": "UU 14/2008 Pasal 17 huruf h", "harm_analysis": "Hasil pemeriksaan kesehatan mengungkap kondisi kesehatan pribadi yang dilindungi dan dapat merugikan orang yang bersangkutan.", "public_interest": "Kepentingan publik atas kelayakan calon terpenuhi melalui pengumuman resmi calon yang memenuhi syarat.", "result": "Ditolak seluruhnya.", "exemption_period": "Tidak terbatas selama menyangkut rahasia pribadi"}}'),
('r42', 8, '14:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r42', 33, '10:00', 'objection', 'Saya tidak meminta rekam medis lengkap, melainkan kesimpulan memenuhi atau tidak memenuhi syarat kesehatan bagi setiap calon. Kesimpulan itu menyangkut jabatan publik dan bukan rahasia pribadi.', '{"key": "O5", "grounds": ["a"]}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r43', 'warga2', 'web', '2026-10-19 10:00', 'DPUPR',
 'Dokumen hasil uji mutu beton dan berita acara serah terima pekerjaan (PHO) pembangunan jembatan di Desa Loa Lepu, Kecamatan Tenggarong Seberang, Tahun Anggaran 2025.',
 'Memastikan keamanan jembatan yang digunakan kendaraan angkutan usaha saya.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r43', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r43', 1, '08:35', 'assign', null, '{}'),
('r43', 8, '14:00', 'extend', 'Dokumen uji mutu beton masih berada pada laboratorium penguji dan berita acara PHO sedang diverifikasi oleh pejabat pembuat komitmen.', '{}'),
('r43', 8, '14:05', 'doc', null, '{"name": "surat-perpanjangan.pdf", "kind": "letter"}'),
('r43', 14, '09:00', 'msg_c', 'Selamat pagi, bagaimana perkembangan permohonan saya setelah perpanjangan?', '{}'),
('r43', 14, '11:00', 'msg_o', 'Selamat siang, Pak Budi. Laboratorium penguji belum menyerahkan salinan laporan uji mutu beton. Kami terus menagihnya.', '{}'),
('r43', 20, '09:00', 'note', 'Batas waktu setelah perpanjangan sudah lewat. PPID meminta Dinas PUPR menyerahkan dokumen yang sudah ada tanpa menunggu laporan laboratorium.', '{"by": "ppid"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r44', 'warga1', 'web', '2026-10-26 09:15', 'DISKOMINFO',
 'Daftar menara telekomunikasi di Kabupaten Kutai Kartanegara yang memiliki izin, beserta lokasi dan pemiliknya, per Oktober 2026.',
 'Penelitian tentang tata ruang infrastruktur telekomunikasi.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r44', 12, '10:00', 'msg_c', 'Permohonan saya sudah lewat sepuluh hari kerja dan belum diproses. Mohon informasinya.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r45', 'warga2', 'web', '2026-10-28 08:30', 'DISKOMINFO',
 'Rekapitulasi aduan masyarakat melalui kanal SP4N-LAPOR! untuk Pemerintah Kabupaten Kutai Kartanegara periode Januari-September 2026, per perangkat daerah dan status tindak lanjut.',
 'Bahan evaluasi forum warga tentang respons pemerintah daerah terhadap pengaduan.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r45', 1, '08:30', 'accept', null, '{"unit": "DISKOMINFO"}'),
('r45', 9, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r45', 9, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r45', 9, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r45', 9, '10:15', 'deliver', null, '{"method": "email"}'),
('r45', 15, '09:00', 'msg_o', 'Pak Budi, mohon konfirmasi penerimaan apabila dokumen sudah diterima.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r46', 'warga2', 'web', '2026-11-02 11:00', 'BAPPEDA',
 'Data indeks pembangunan manusia (IPM) Kabupaten Kutai Kartanegara tahun 2020-2025 beserta komponennya.',
 'Bahan presentasi pada pertemuan kelompok usaha.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r46', 1, '07:30', 'withdraw', 'Data yang saya perlukan sudah tersedia pada publikasi BPS.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r47', 'warga1', 'web', '2026-11-03 09:00', 'DISKOMINFO',
 'Daftar aplikasi dan layanan digital yang dikelola Pemerintah Kabupaten Kutai Kartanegara beserta perangkat daerah pengelolanya, per Oktober 2026.',
 'Penelitian tentang tata kelola Sistem Pemerintahan Berbasis Elektronik (SPBE) di daerah.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r47', 1, '08:30', 'accept', null, '{"unit": "DISKOMINFO"}'),
('r47', 10, '10:00', 'decide', 'Informasi dikuasai dan diberikan seluruhnya.', '{"decision": "granted_full"}'),
('r47', 10, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r47', 10, '10:10', 'doc', null, '{"name": "jawaban.pdf", "kind": "response"}'),
('r47', 10, '10:15', 'deliver', null, '{"method": "email"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r48', 'warga1', 'web', '2026-11-05 10:30', 'DPUPR',
 'Dokumen studi kelayakan dan rencana anggaran pembangunan jalan lingkar Tenggarong yang direncanakan dalam RPJMD 2025-2029.',
 'Penelitian disertasi tentang perencanaan transportasi kota kecil.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r48', 1, '08:30', 'accept', null, '{"unit": "DPUPR"}'),
('r48', 2, '09:00', 'assign', null, '{}'),
('r48', 9, '14:00', 'extend', 'Dokumen studi kelayakan disusun konsultan dan masih dalam finalisasi laporan akhir; PPID memerlukan waktu untuk memastikan bagian yang dapat diberikan.', '{}'),
('r48', 9, '14:05', 'doc', null, '{"name": "surat-perpanjangan.pdf", "kind": "letter"}'),
('r48', 10, '08:10', 'msg_c', 'Baik, terima kasih atas pemberitahuannya.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r49', 'warga2', 'web', '2026-11-09 09:40', 'DINKES',
 'Salinan cetak Profil Kesehatan Kabupaten Kutai Kartanegara tahun 2025 beserta lampiran data per Puskesmas.',
 'Bahan penyusunan proposal kerja sama layanan kesehatan keliling bagi karyawan usaha saya.',
 '{salinan_hardcopy}', '{ambil_langsung}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r49', 1, '08:30', 'accept', null, '{"unit": "DINKES"}'),
('r49', 8, '10:00', 'decide', 'Informasi diberikan seluruhnya dalam bentuk salinan cetak. Biaya penggandaan dan penjilidan sesuai biaya riil; salinan elektronik tidak dikenakan biaya.',
 '{"decision": "granted_full", "delivery_wd": 5, "fees": [{"item": "Fotokopi dokumen ukuran A4", "quantity": 210, "unit_price": 500}, {"item": "Penjilidan dokumen", "quantity": 1, "unit_price": 15000}]}'),
('r49', 8, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r49', 9, '09:10', 'msg_c', 'Apakah dokumen bisa diberikan dalam bentuk PDF saja supaya tanpa biaya?', '{}'),
('r49', 9, '10:30', 'msg_o', 'Bisa, Pak Budi. Salinan elektronik tidak dikenakan biaya. Mohon konfirmasi pilihan Bapak agar pemberitahuan dapat kami perbarui.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r50', 'warga1', 'langsung', '2026-11-10 14:00', 'BPKAD',
 'Peraturan Bupati tentang Penjabaran APBD Kabupaten Kutai Kartanegara Tahun Anggaran 2026 beserta lampirannya.',
 'Mencatat alokasi belanja pendidikan dan kesehatan per kecamatan untuk penelitian.',
 '{melihat,mencatat}', '{}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r50', 0, '14:20', 'accept', null, '{"unit": "BPKAD"}'),
('r50', 9, '10:00', 'decide', 'Informasi diberikan seluruhnya. Pemohon dapat melihat dan mencatat dokumen di meja layanan informasi pada hari kerja pukul 08.00-15.00.', '{"decision": "granted_full", "delivery_wd": 4}'),
('r50', 9, '10:05', 'doc', null, '{"name": "surat-pemberitahuan.pdf", "kind": "letter"}'),
('r50', 9, '10:30', 'msg_o', 'Ibu Siti, dokumen Perbup Penjabaran APBD 2026 sudah kami siapkan di meja layanan. Silakan datang pada hari kerja paling lambat tanggal yang tercantum pada surat pemberitahuan.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r51', 'warga1', 'web', '2026-11-12 08:30', 'BPKAD',
 'Realisasi pendapatan asli daerah (PAD) Kabupaten Kutai Kartanegara per jenis pajak daerah untuk periode Januari-Oktober 2026.',
 'Data pembanding untuk penelitian tentang kemandirian fiskal daerah.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r51', 1, '08:30', 'accept', null, '{"unit": "BPKAD"}'),
('r51', 1, '08:35', 'assign', null, '{}'),
('r51', 6, '10:00', 'msg_o', 'Ibu Siti, data realisasi PAD sedang direkap bersama Bapenda. Jawaban kami sampaikan paling lambat pada batas waktu permohonan.', '{}'),
('r51', 6, '11:15', 'msg_c', 'Baik, terima kasih.', '{}'),
('r51', 9, '15:00', 'note', 'Draf surat pemberitahuan sudah disiapkan; menunggu tanda tangan PPID.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r52', 'warga2', 'web', '2026-11-13 16:20', 'DLH',
 'Data izin pembuangan limbah cair perusahaan di sepanjang Sungai Mahakam.',
 'Kepentingan usaha perikanan keramba yang saya kelola.',
 '{salinan_softcopy}', '{email}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r52', 1, '08:30', 'accept', null, '{"unit": "DLH"}'),
('r52', 2, '10:00', 'ask_completion', 'Mohon sebutkan kecamatan atau ruas sungai yang dimaksud, jenis usaha atau kegiatan, serta periode data, karena persetujuan pembuangan air limbah diterbitkan oleh beberapa instansi sesuai kewenangannya.', '{}'),
('r52', 4, '19:45', 'msg_c', 'Baik, akan saya lengkapi minggu ini.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, attachments) values
('r53', 'warga1', 'web', '2026-11-18 13:00', 'DISDIK',
 'Daftar sekolah penerima program revitalisasi satuan pendidikan tahun 2026 di Kabupaten Kutai Kartanegara beserta nilai bantuan dan progres pekerjaannya.',
 'Bahan penelitian tentang efektivitas program rehabilitasi sekolah.',
 '{salinan_softcopy}', '{email}', '{daftar-sekolah-sampel.pdf}');
insert into seed_step (key, wd, hhmm, step, body, arg) values
('r53', 1, '08:30', 'accept', null, '{"unit": "DISDIK"}'),
('r53', 1, '08:35', 'assign', null, '{}'),
('r53', 3, '10:00', 'note', 'Nota dinas ke Dinas Pendidikan dikirim; minta data progres per sekolah sesuai daftar sampel yang dilampirkan pemohon.', '{}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy) values
('r54', 'warga2', 'web', '2026-11-21 10:20', 'DINKES',
 'Jadwal operasional dan jumlah tenaga kesehatan Puskesmas Pembantu di Kecamatan Tenggarong Seberang, termasuk layanan di luar jam kerja.',
 'Informasi bagi karyawan usaha saya yang tinggal di sekitar Puskesmas Pembantu.',
 '{salinan_softcopy}', '{email}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, applicant) values
('r55', 'offline', 'telepon', '2026-11-24 09:05', null,
 'Informasi jadwal dan persyaratan pendaftaran bantuan modal usaha mikro dari Pemerintah Kabupaten Kutai Kartanegara tahun 2027.',
 'Persiapan mendaftar bantuan modal untuk usaha dagang saya di pasar.',
 '{mendengarkan,mencatat}', '{}',
 '{"type": "perorangan", "name": "Maimunah", "nik": "6402025112650001", "address": "Jl. Muso Salim Gg. Damai RT 10, Kel. Panji, Kec. Tenggarong, Kab. Kutai Kartanegara", "occupation": "Pedagang", "phone": "081254651965"}');

insert into seed_spec (key, who, channel, received, unit, details, purpose, obtain, copy, attachments) values
('r56', 'warga1', 'web', '2026-11-25 17:30', 'DLH',
 'Daftar titik pemantauan kualitas udara di Kabupaten Kutai Kartanegara dan hasil pengukuran indeks kualitas udara tahun 2026.',
 'Bahan penelitian tentang dampak kegiatan pertambangan terhadap kualitas udara permukiman.',
 '{salinan_softcopy}', '{email}', '{kerangka-penelitian.pdf}');

-- 5. Files under supabase/seed-objects (generated list: bucket, key, size in bytes) ------------------------

-- BEGIN seed objects
insert into seed_object (bucket, name, size_bytes) values
  ('attachments', '20000000-0000-4000-8000-000000000001/daftar-sekolah-sampel.pdf', 1806),
  ('attachments', '20000000-0000-4000-8000-000000000001/kerangka-penelitian.pdf', 1751),
  ('attachments', '20000000-0000-4000-8000-000000000001/surat-pengantar-penelitian.pdf', 1845),
  ('attachments', '20000000-0000-4000-8000-000000000002/peta-lokasi-ruas-jalan.pdf', 1754),
  ('identity', '20000000-0000-4000-8000-000000000001/ktp.jpg', 2501),
  ('identity', '20000000-0000-4000-8000-000000000002/ktp.jpg', 2501),
  ('responses', '30000000-0000-4000-8000-000000000001/jawaban.pdf', 3362),
  ('responses', '30000000-0000-4000-8000-000000000001/surat-pemberitahuan.pdf', 3488),
  ('responses', '30000000-0000-4000-8000-000000000002/berita-acara-penyerahan.pdf', 3183),
  ('responses', '30000000-0000-4000-8000-000000000002/surat-pemberitahuan.pdf', 3864),
  ('responses', '30000000-0000-4000-8000-000000000003/jawaban.pdf', 3591),
  ('responses', '30000000-0000-4000-8000-000000000003/surat-pemberitahuan.pdf', 4527),
  ('responses', '30000000-0000-4000-8000-000000000003/surat-perpanjangan.pdf', 3186),
  ('responses', '30000000-0000-4000-8000-000000000004/jawaban.pdf', 3343),
  ('responses', '30000000-0000-4000-8000-000000000004/surat-pemberitahuan.pdf', 3472),
  ('responses', '30000000-0000-4000-8000-000000000005/surat-pemberitahuan.pdf', 3942),
  ('responses', '30000000-0000-4000-8000-000000000006/jawaban.pdf', 3399),
  ('responses', '30000000-0000-4000-8000-000000000006/surat-pemberitahuan.pdf', 3412),
  ('responses', '30000000-0000-4000-8000-000000000007/jawaban.pdf', 3270),
  ('responses', '30000000-0000-4000-8000-000000000007/surat-pemberitahuan.pdf', 3287),
  ('responses', '30000000-0000-4000-8000-000000000008/jawaban.pdf', 3584),
  ('responses', '30000000-0000-4000-8000-000000000008/surat-pemberitahuan.pdf', 4349),
  ('responses', '30000000-0000-4000-8000-000000000009/surat-pemberitahuan.pdf', 3318),
  ('responses', '30000000-0000-4000-8000-000000000011/jawaban.pdf', 3377),
  ('responses', '30000000-0000-4000-8000-000000000011/surat-pemberitahuan.pdf', 3588),
  ('responses', '30000000-0000-4000-8000-000000000013/rekap-bosda-tahap-ii.pdf', 3260),
  ('responses', '30000000-0000-4000-8000-000000000013/surat-pemberitahuan.pdf', 3507),
  ('responses', '30000000-0000-4000-8000-000000000014/jawaban.pdf', 3245),
  ('responses', '30000000-0000-4000-8000-000000000014/surat-pemberitahuan.pdf', 3372),
  ('responses', '30000000-0000-4000-8000-000000000015/jawaban.pdf', 3448),
  ('responses', '30000000-0000-4000-8000-000000000015/surat-pemberitahuan.pdf', 3971),
  ('responses', '30000000-0000-4000-8000-000000000015/surat-perpanjangan.pdf', 3099),
  ('responses', '30000000-0000-4000-8000-000000000016/jawaban.pdf', 3470),
  ('responses', '30000000-0000-4000-8000-000000000016/surat-pemberitahuan-ulang.pdf', 4362),
  ('responses', '30000000-0000-4000-8000-000000000016/surat-pemberitahuan.pdf', 4009),
  ('responses', '30000000-0000-4000-8000-000000000017/surat-pemberitahuan.pdf', 3663),
  ('responses', '30000000-0000-4000-8000-000000000018/surat-pemberitahuan.pdf', 3263),
  ('responses', '30000000-0000-4000-8000-000000000019/jawaban.pdf', 3274),
  ('responses', '30000000-0000-4000-8000-000000000019/surat-pemberitahuan.pdf', 3302),
  ('responses', '30000000-0000-4000-8000-000000000021/jawaban.pdf', 3383),
  ('responses', '30000000-0000-4000-8000-000000000021/surat-pemberitahuan.pdf', 4254),
  ('responses', '30000000-0000-4000-8000-000000000022/surat-pemberitahuan.pdf', 3968),
  ('responses', '30000000-0000-4000-8000-000000000023/surat-pemberitahuan.pdf', 3711),
  ('responses', '30000000-0000-4000-8000-000000000024/jawaban.pdf', 3388),
  ('responses', '30000000-0000-4000-8000-000000000024/surat-pemberitahuan.pdf', 3327),
  ('responses', '30000000-0000-4000-8000-000000000025/jawaban.pdf', 3322),
  ('responses', '30000000-0000-4000-8000-000000000025/surat-pemberitahuan.pdf', 3334),
  ('responses', '30000000-0000-4000-8000-000000000026/surat-pemberitahuan.pdf', 3980),
  ('responses', '30000000-0000-4000-8000-000000000027/jawaban.pdf', 3215),
  ('responses', '30000000-0000-4000-8000-000000000027/surat-pemberitahuan.pdf', 3348),
  ('responses', '30000000-0000-4000-8000-000000000028/berita-acara-penyerahan.pdf', 3017),
  ('responses', '30000000-0000-4000-8000-000000000028/surat-pemberitahuan.pdf', 3847),
  ('responses', '30000000-0000-4000-8000-000000000029/jawaban.pdf', 3209),
  ('responses', '30000000-0000-4000-8000-000000000029/surat-pemberitahuan.pdf', 3324),
  ('responses', '30000000-0000-4000-8000-000000000030/surat-pemberitahuan.pdf', 3662),
  ('responses', '30000000-0000-4000-8000-000000000031/jawaban.pdf', 3281),
  ('responses', '30000000-0000-4000-8000-000000000031/surat-pemberitahuan.pdf', 3308),
  ('responses', '30000000-0000-4000-8000-000000000031/surat-perpanjangan.pdf', 2966),
  ('responses', '30000000-0000-4000-8000-000000000032/surat-pemberitahuan.pdf', 3346),
  ('responses', '30000000-0000-4000-8000-000000000033/jawaban.pdf', 3398),
  ('responses', '30000000-0000-4000-8000-000000000033/surat-pemberitahuan.pdf', 4303),
  ('responses', '30000000-0000-4000-8000-000000000035/surat-pemberitahuan.pdf', 3920),
  ('responses', '30000000-0000-4000-8000-000000000036/jawaban.pdf', 3238),
  ('responses', '30000000-0000-4000-8000-000000000036/surat-pemberitahuan.pdf', 3271),
  ('responses', '30000000-0000-4000-8000-000000000037/surat-pemberitahuan.pdf', 3507),
  ('responses', '30000000-0000-4000-8000-000000000038/jawaban.pdf', 3204),
  ('responses', '30000000-0000-4000-8000-000000000038/surat-pemberitahuan.pdf', 3348),
  ('responses', '30000000-0000-4000-8000-000000000039/jawaban.pdf', 3131),
  ('responses', '30000000-0000-4000-8000-000000000039/surat-pemberitahuan.pdf', 3167),
  ('responses', '30000000-0000-4000-8000-000000000042/surat-pemberitahuan.pdf', 3870),
  ('responses', '30000000-0000-4000-8000-000000000043/surat-perpanjangan.pdf', 3041),
  ('responses', '30000000-0000-4000-8000-000000000045/jawaban.pdf', 3383),
  ('responses', '30000000-0000-4000-8000-000000000045/surat-pemberitahuan.pdf', 3403),
  ('responses', '30000000-0000-4000-8000-000000000047/jawaban.pdf', 3329),
  ('responses', '30000000-0000-4000-8000-000000000047/surat-pemberitahuan.pdf', 3349),
  ('responses', '30000000-0000-4000-8000-000000000048/surat-perpanjangan.pdf', 2918),
  ('responses', '30000000-0000-4000-8000-000000000049/surat-pemberitahuan.pdf', 3845),
  ('responses', '30000000-0000-4000-8000-000000000050/surat-pemberitahuan.pdf', 3433);
-- END seed objects

-- 6. Replay every step in time order --------------------------------------------------------------------

do $replay$
declare
  tz constant text := 'Asia/Makassar';
  ppid_id constant uuid := '10000000-0000-4000-8000-000000000002';
  petugas_id constant uuid := '10000000-0000-4000-8000-000000000003';
  atasan_id constant uuid := '10000000-0000-4000-8000-000000000004';
  roman constant text[] := array['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  open_states constant public.request_status[] := array['submitted', 'in_process', 'needs_completion', 'extended'];
  cfg public.agency_settings;
  s record;
  sp seed_spec;
  p public.profiles;
  r public.requests;
  o public.objections;
  d public.disputes;
  day date;
  who uuid;
  who_role text;
  prev public.request_status;
  decision public.decision_type;
  codes text[];
  total numeric;
  fee jsonb;
  n int;
  letters jsonb := '{}';
  letter_no text;
  ground date;
  since date;
  file_id uuid;
  name text;
  title text;
begin
  select * into cfg from public.agency_settings;

  for s in
    with steps as (
      select q.key, 0 as ord, 'submit' as step, null::text as body, '{}'::jsonb as arg, q.received at time zone tz as at
      from seed_spec q
      union all
      select st.key, st.ord, st.step, st.body, st.arg,
        (public.add_working_days(public.received_day(q.received at time zone tz), st.wd) + st.hhmm) at time zone tz
      from seed_step st join seed_spec q using (key)
    )
    select steps.*, pg_temp.request_id(steps.key) as rid from steps order by at, key, ord
  loop
    day := (s.at at time zone tz)::date;
    if s.at > now() then
      raise exception 'seed: % % at % is in the future', s.key, s.step, s.at;
    end if;

    if s.step = 'submit' then
      select * into sp from seed_spec x where x.key = s.key;
      who := case sp.who when 'warga1' then '20000000-0000-4000-8000-000000000001'::uuid
        when 'warga2' then '20000000-0000-4000-8000-000000000002'::uuid end;
      r := null;
      r.id := s.rid;
      r.registration_no := private.next_number('request', cfg.request_prefix, extract(year from s.at at time zone tz)::int);
      r.applicant_id := who;
      r.registered_by := case when sp.channel <> 'web' then petugas_id end;
      r.channel := sp.channel;
      r.idempotency_key := case when sp.channel = 'web' then gen_random_uuid() end;
      if who is not null then
        select * into p from public.profiles x where x.id = who;
        r.applicant_type := p.applicant_type; r.applicant_name := p.full_name;
        insert into seed_nik values (r.id, p.nik, null);
        r.applicant_sk_number := p.sk_number; r.applicant_address := p.address; r.applicant_occupation := p.occupation;
        r.applicant_phone := p.phone; r.applicant_email := p.email;
      else
        r.applicant_type := (sp.applicant ->> 'type')::public.applicant_type; r.applicant_name := sp.applicant ->> 'name';
        insert into seed_nik values (r.id, sp.applicant ->> 'nik', sp.applicant ->> 'proxy_nik');
        r.applicant_sk_number := sp.applicant ->> 'sk';
        r.applicant_address := sp.applicant ->> 'address'; r.applicant_occupation := sp.applicant ->> 'occupation';
        r.applicant_phone := sp.applicant ->> 'phone'; r.applicant_email := sp.applicant ->> 'email';
        r.proxy_name := sp.applicant ->> 'proxy_name';
        r.proxy_address := sp.applicant ->> 'proxy_address';
      end if;
      r.details := sp.details; r.purpose := sp.purpose; r.obtain_methods := sp.obtain; r.copy_methods := sp.copy;
      r.accessibility_needs := '{}';
      r.target_unit_id := (select u.id from public.units u where u.code = sp.unit);
      if sp.unit is not null and r.target_unit_id is null then
        raise exception 'seed: % unknown unit %', s.key, sp.unit;
      end if;
      r.declared_at := s.at;
      r.status := 'submitted';
      r.received_at := s.at;
      r.received_on := public.received_day(s.at);
      r.due_notice_on := public.add_working_days(r.received_on, 10);
      r.deadline_provisional := public.deadline_provisional(r.received_on, r.due_notice_on);
      r.information_forms := '{}'; r.exemption_codes := '{}'; r.fee_total := 0;
      r.lookup_secret_hash := private.hash_secret('demo-secret-' || r.registration_no);
      r.created_at := s.at; r.updated_at := s.at;
      insert into seed_req values (r.*);
      if sp.channel = 'web' then
        perform pg_temp.event(r.id, s.at, who, 'pemohon', 'submitted', null, 'submitted', 'public', null,
          jsonb_build_object('channel', 'web', 'due_notice_on', r.due_notice_on));
      else
        perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'submitted', null, 'submitted', 'public', null,
          jsonb_build_object('channel', sp.channel, 'due_notice_on', r.due_notice_on, 'offline', true));
      end if;
      foreach name in array sp.attachments loop
        perform pg_temp.file('attachments', who || '/' || name, who, 'supporting', name, r.id, null, s.at);
      end loop;
      continue;
    end if;

    select * into r from seed_req x where x.id = s.rid;
    if s.at <= r.updated_at then
      raise exception 'seed: % % at % is not after the previous step (%)', s.key, s.step, s.at, r.updated_at;
    end if;
    prev := r.status;

    case s.step
    when 'accept' then
      if prev <> 'submitted' then raise exception 'seed: % accept from %', s.key, prev; end if;
      r.status := 'in_process';
      r.assigned_unit_id := coalesce((select u.id from public.units u where u.code = s.arg ->> 'unit'), r.target_unit_id);
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'accepted', 'submitted', 'in_process', 'public', null,
        jsonb_build_object('unit_id', r.assigned_unit_id));

    when 'assign' then
      if not prev = any (open_states) then raise exception 'seed: % assign in %', s.key, prev; end if;
      r.assigned_unit_id := coalesce((select u.id from public.units u where u.code = s.arg ->> 'unit'), r.assigned_unit_id);
      r.assignee_id := petugas_id;
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'assigned', prev, prev, 'internal', null,
        jsonb_build_object('unit_id', r.assigned_unit_id, 'assignee_id', petugas_id));

    when 'ask_completion' then
      if prev not in ('submitted', 'in_process') then raise exception 'seed: % ask_completion in %', s.key, prev; end if;
      r.status := 'needs_completion';
      r.completion_reason := s.body;
      r.completion_due_on := public.add_working_days(day, cfg.completion_window_wd);
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'completion_requested', prev, 'needs_completion', 'public', s.body,
        jsonb_build_object('completion_due_on', r.completion_due_on));

    when 'complete' then
      if prev <> 'needs_completion' or r.applicant_id is null then raise exception 'seed: % complete in %', s.key, prev; end if;
      n := 0;
      for name in select jsonb_array_elements_text(coalesce(s.arg -> 'files', '[]')) loop
        perform pg_temp.file('attachments', r.applicant_id || '/' || name, r.applicant_id, 'supporting', name, r.id, null, s.at);
        n := n + 1;
      end loop;
      r.status := 'in_process';
      perform pg_temp.event(r.id, s.at, r.applicant_id, 'pemohon', 'completed', 'needs_completion', 'in_process', 'public', s.body,
        jsonb_build_object('paused_wd', 0, 'files', n));

    when 'close_incomplete' then
      if prev <> 'needs_completion' or day <= r.completion_due_on then
        raise exception 'seed: % close_incomplete in % before %', s.key, prev, r.completion_due_on;
      end if;
      r.status := 'closed_incomplete';
      r.closed_at := s.at;
      r.objection_open_until := public.add_working_days(day, 30);
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'closed_incomplete', 'needs_completion', 'closed_incomplete', 'public', s.body);

    when 'extend' then
      if prev <> 'in_process' or r.extended_at is not null or day > r.due_notice_on then
        raise exception 'seed: % extend in % on % (due %)', s.key, prev, day, r.due_notice_on;
      end if;
      r.status := 'extended';
      r.extended_at := s.at;
      r.extension_reason := s.body;
      r.due_final_on := public.add_working_days(r.due_notice_on, 7);
      r.deadline_provisional := public.deadline_provisional(r.received_on, r.due_final_on);
      perform pg_temp.event(r.id, s.at, ppid_id, 'ppid', 'extended', 'in_process', 'extended', 'public', s.body,
        jsonb_build_object('due_final_on', r.due_final_on));

    when 'decide' then
      if prev not in ('in_process', 'extended') then raise exception 'seed: % decide in %', s.key, prev; end if;
      decision := (s.arg ->> 'decision')::public.decision_type;
      codes := array(select jsonb_array_elements_text(coalesce(s.arg -> 'codes', '[]')));
      if decision in ('rejected_exempt', 'granted_partial') then
        if cardinality(codes) = 0 or s.arg -> 'test' is null then
          raise exception 'seed: % % needs grounds and a consequence test', s.key, decision;
        end if;
        insert into seed_test (id, request_id, document, exempt_items, legal_basis, harm_analysis, public_interest, result,
          exemption_period, signed_by, decided_on, created_by, created_at)
        select gen_random_uuid(), r.id, t ->> 'document', t ->> 'exempt_items', t ->> 'legal_basis', t ->> 'harm_analysis',
          t ->> 'public_interest', t ->> 'result', t ->> 'exemption_period', cfg.ppid_name, day, ppid_id, s.at
        from (select s.arg -> 'test' as t) x;
      elsif cardinality(codes) > 0 then
        raise exception 'seed: % grounds only for a refusal or a partial grant', s.key;
      end if;
      if decision = 'not_held_forwarded' and s.arg ->> 'holder' is null then
        raise exception 'seed: % not_held_forwarded needs the holder', s.key;
      end if;
      total := 0;
      for fee in select value from jsonb_array_elements(coalesce(s.arg -> 'fees', '[]')) loop
        insert into seed_fee values (r.id, fee ->> 'item', (fee ->> 'quantity')::int, (fee ->> 'unit_price')::numeric, ppid_id, s.at);
        total := total + (fee ->> 'quantity')::int * (fee ->> 'unit_price')::numeric;
      end loop;
      n := coalesce((letters ->> extract(year from day)::text)::int, 0) + 1;
      letters := letters || jsonb_build_object(extract(year from day)::text, n);
      letter_no := format('489/%s/Diskominfo-PLIP/%s/%s', lpad(n::text, 3, '0'), roman[extract(month from day)::int],
        extract(year from day));
      r.status := case when decision not in ('granted_full', 'granted_partial') then 'closed'
        when total > 0 then 'awaiting_payment' else 'decided' end;
      r.decision_type := decision;
      r.information_status := case decision when 'not_held_forwarded' then 'tidak_dikuasai' when 'not_held_unknown' then 'tidak_dikuasai'
        when 'not_yet_documented' then 'belum_didokumentasikan' else 'dikuasai' end;
      r.information_forms := case
        when s.arg ? 'forms' then array(select jsonb_array_elements_text(s.arg -> 'forms'))
        when decision not in ('granted_full', 'granted_partial') then '{}'
        else array_remove(array[
          case when 'salinan_softcopy' = any (r.obtain_methods) then 'softcopy' end,
          case when not 'salinan_softcopy' = any (r.obtain_methods) or 'salinan_hardcopy' = any (r.obtain_methods) then 'hardcopy' end],
          null) end;
      r.exemption_codes := codes;
      r.exemption_other := s.arg ->> 'other';
      r.holder_body := s.arg ->> 'holder';
      r.decision_note := s.body;
      r.notice_letter_no := letter_no;
      r.notice_sent_at := s.at;
      r.delivery_due_on := case when decision in ('granted_full', 'granted_partial')
        then public.add_working_days(day, coalesce((s.arg ->> 'delivery_wd')::int, 5)) end;
      r.fee_total := total;
      r.closed_at := case when r.status = 'closed' then s.at end;
      r.objection_open_until := public.add_working_days(day, 30);
      perform pg_temp.event(r.id, s.at, ppid_id, 'ppid', 'decided', prev, r.status, 'public', s.body,
        jsonb_build_object('decision', decision, 'fee_total', total,
          'on_time', day <= coalesce(r.due_final_on, r.due_notice_on), 'letter_no', letter_no));

    when 'pay' then
      if prev <> 'awaiting_payment' then raise exception 'seed: % pay in %', s.key, prev; end if;
      r.status := 'decided';
      r.paid_at := s.at;
      r.payment_method := s.arg ->> 'method';
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'paid', 'awaiting_payment', 'decided', 'public', null,
        jsonb_build_object('method', r.payment_method));

    when 'deliver' then
      if prev <> 'decided' then raise exception 'seed: % deliver in %', s.key, prev; end if;
      r.status := 'delivered';
      r.delivered_at := s.at;
      r.delivery_method := (s.arg ->> 'method')::public.copy_method;
      r.delivery_note := s.body;
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'delivered', 'decided', 'delivered', 'public', s.body,
        jsonb_build_object('method', r.delivery_method, 'late', r.delivery_due_on is not null and day > r.delivery_due_on));

    when 'close' then
      if prev <> 'delivered' then raise exception 'seed: % close in %', s.key, prev; end if;
      r.status := 'closed';
      r.closed_at := s.at;
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'closed', 'delivered', 'closed', 'public');

    when 'confirm' then
      if prev <> 'delivered' or r.applicant_id is null then raise exception 'seed: % confirm in %', s.key, prev; end if;
      r.status := 'closed';
      r.closed_at := s.at;
      r.receipt_confirmed_at := s.at;
      perform pg_temp.event(r.id, s.at, r.applicant_id, 'pemohon', 'receipt_confirmed', 'delivered', 'closed', 'public');

    when 'withdraw' then
      if not prev = any (open_states) or r.applicant_id is null then raise exception 'seed: % withdraw in %', s.key, prev; end if;
      r.status := 'withdrawn';
      r.withdrawn_at := s.at;
      r.withdraw_reason := s.body;
      perform pg_temp.event(r.id, s.at, r.applicant_id, 'pemohon', 'withdrawn', prev, 'withdrawn', 'public', s.body);

    when 'msg_c' then
      if r.applicant_id is null then raise exception 'seed: % message from a citizen without an account', s.key; end if;
      perform pg_temp.event(r.id, s.at, r.applicant_id, 'pemohon', 'message', null, null, 'public', s.body);

    when 'msg_o' then
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'message', null, null, 'public', s.body);

    when 'note' then
      who := case s.arg ->> 'by' when 'ppid' then ppid_id when 'atasan' then atasan_id else petugas_id end;
      who_role := case s.arg ->> 'by' when 'ppid' then 'ppid' when 'atasan' then 'atasan_ppid' else 'petugas' end;
      perform pg_temp.event(r.id, s.at, who, who_role, 'note', null, null, 'internal', s.body);

    when 'doc' then
      name := s.arg ->> 'name';
      title := case name
        when 'surat-pemberitahuan.pdf' then 'Surat Pemberitahuan Tertulis ' || r.registration_no || '.pdf'
        when 'surat-pemberitahuan-ulang.pdf' then 'Surat Pemberitahuan Tertulis (setelah keberatan) ' || r.registration_no || '.pdf'
        when 'surat-perpanjangan.pdf' then 'Surat Perpanjangan Waktu ' || r.registration_no || '.pdf'
        when 'berita-acara-penyerahan.pdf' then 'Berita Acara Penyerahan Informasi ' || r.registration_no || '.pdf'
        when 'jawaban.pdf' then 'Jawaban ' || r.registration_no || '.pdf'
        else 'Lampiran ' || r.registration_no || ' ' || name end;
      who := case when s.arg ->> 'kind' = 'letter' and name <> 'berita-acara-penyerahan.pdf' then ppid_id else petugas_id end;
      file_id := pg_temp.file('responses', r.id || '/' || name, who, (s.arg ->> 'kind')::public.file_kind, title, r.id, null, s.at);
      perform pg_temp.event(r.id, s.at, who, case when who = ppid_id then 'ppid' else 'petugas' end, 'document', null, null,
        'public', null, jsonb_build_object('file_id', file_id, 'kind', s.arg ->> 'kind', 'name', title));

    when 'objection' then
      ground := case
        when r.notice_sent_at is not null then (r.notice_sent_at at time zone tz)::date
        when r.status = 'closed_incomplete' then (r.closed_at at time zone tz)::date
        when r.status = any (open_states) and day > coalesce(r.due_final_on, r.due_notice_on) then coalesce(r.due_final_on, r.due_notice_on) + 1
      end;
      if ground is null then raise exception 'seed: % objection not open', s.key; end if;
      if exists (select 1 from seed_obj x where x.request_id = r.id and x.status in ('submitted', 'in_review')) then
        raise exception 'seed: % objection already open', s.key;
      end if;
      o := null;
      o.id := gen_random_uuid();
      o.registration_no := private.next_number('objection', cfg.objection_prefix, extract(year from s.at at time zone tz)::int);
      o.request_id := r.id;
      o.applicant_id := r.applicant_id;
      o.registered_by := case when r.applicant_id is null then petugas_id end;
      o.grounds := array(select jsonb_array_elements_text(s.arg -> 'grounds'))::public.objection_ground[];
      o.case_position := s.body;
      o.ground_on := ground;
      o.window_until := public.add_working_days(ground, 30);
      o.filed_late := day > o.window_until;
      if o.filed_late then raise exception 'seed: % objection filed after %', s.key, o.window_until; end if;
      o.received_at := s.at;
      o.received_on := public.received_day(s.at);
      o.due_on := public.add_working_days(o.received_on, 30);
      o.status := 'submitted';
      o.created_at := s.at; o.updated_at := s.at;
      insert into seed_obj values (o.*);
      insert into seed_key values (s.arg ->> 'key', o.id);
      perform pg_temp.event(r.id, s.at, coalesce(r.applicant_id, petugas_id), case when r.applicant_id is null then 'petugas' else 'pemohon' end,
        'objection_filed', null, null, 'public', null,
        jsonb_build_object('objection_id', o.id, 'registration_no', o.registration_no, 'grounds', o.grounds, 'due_on', o.due_on));

    when 'objection_review' then
      select x.* into o from seed_obj x join seed_key k on k.id = x.id where k.key = s.arg ->> 'key';
      if o.status <> 'submitted' then raise exception 'seed: % review of objection in %', s.key, o.status; end if;
      update seed_obj set status = 'in_review', updated_at = s.at where id = o.id;
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'objection_in_review', null, null, 'public', null,
        jsonb_build_object('objection_id', o.id, 'registration_no', o.registration_no));

    when 'objection_decide' then
      select x.* into o from seed_obj x join seed_key k on k.id = x.id where k.key = s.arg ->> 'key';
      if o.status <> 'in_review' or (s.arg ->> 'outcome' = 'rejected' and length(coalesce(s.arg ->> 'reasons', '')) < 10)
        or (s.arg ->> 'outcome' = 'settled_musyawarah' and 'a' = any (o.grounds)) then
        raise exception 'seed: % objection decision % not allowed', s.key, s.arg ->> 'outcome';
      end if;
      update seed_obj set status = (s.arg ->> 'outcome')::public.objection_status, response = s.body, reasons = s.arg ->> 'reasons',
        responded_at = s.at, responder_id = atasan_id, atasan_name = cfg.atasan_name, atasan_position = cfg.atasan_position,
        updated_at = s.at
      where id = o.id;
      perform pg_temp.event(r.id, s.at, atasan_id, 'atasan_ppid', 'objection_decided', null, null, 'public', s.body,
        jsonb_build_object('objection_id', o.id, 'registration_no', o.registration_no, 'outcome', s.arg ->> 'outcome',
          'on_time', day <= o.due_on));
      if s.arg ->> 'outcome' = 'upheld' then
        perform pg_temp.event(r.id, s.at + interval '1 second', atasan_id, 'atasan_ppid', 'reopened', prev, 'in_process', 'public', null,
          jsonb_build_object('objection_id', o.id, 'previous_decision', r.decision_type));
        r.status := 'in_process';
        r.reopened_by_objection := o.id;
        r.closed_at := null;
        r.notice_sent_at := null;
        r.decision_type := null;
        -- As decide_objection does: a fresh 10-working-day clock from the Atasan's decision.
        r.due_notice_on := public.add_working_days(public.received_day(s.at), 10);
        r.due_final_on := null; r.extended_at := null; r.extension_reason := null;
        r.deadline_provisional := public.deadline_provisional(public.received_day(s.at), r.due_notice_on);
      end if;

    when 'objection_reaction' then
      update seed_obj set applicant_reaction = s.body, reaction_at = s.at, updated_at = s.at
      where id = (select k.id from seed_key k where k.key = s.arg ->> 'key') and status in ('upheld', 'rejected', 'settled_musyawarah');
      if not found then raise exception 'seed: % reaction before the decision', s.key; end if;
      continue;

    when 'dispute' then
      select x.* into o from seed_obj x join seed_key k on k.id = x.id where k.key = s.arg ->> 'objection';
      since := case when o.status in ('upheld', 'rejected', 'settled_musyawarah') then (o.responded_at at time zone tz)::date
        when o.status in ('submitted', 'in_review') and day > o.due_on then o.due_on end;
      if since is null then raise exception 'seed: % dispute not open', s.key; end if;
      d := null;
      d.id := gen_random_uuid();
      d.objection_id := o.id;
      d.request_id := r.id;
      d.commission := coalesce(s.arg ->> 'commission', cfg.komisi_informasi);
      d.register_no := s.arg ->> 'register_no';
      d.filed_on := day;
      d.filed_late := day > public.add_working_days(since, 14);
      d.stage := 'registered';
      d.notes := s.body;
      d.recorded_by := coalesce(r.applicant_id, petugas_id);
      d.created_at := s.at; d.updated_at := s.at;
      insert into seed_dispute values (d.*);
      insert into seed_key values (s.arg ->> 'key', d.id);
      perform pg_temp.event(r.id, s.at, d.recorded_by, case when r.applicant_id is null then 'petugas' else 'pemohon' end,
        'dispute_recorded', null, null, 'public', null,
        jsonb_build_object('dispute_id', d.id, 'objection_id', o.id, 'commission', d.commission, 'filed_late', d.filed_late));

    when 'dispute_update' then
      update seed_dispute set stage = (s.arg ->> 'stage')::public.dispute_stage,
        outcome = coalesce((s.arg ->> 'outcome')::public.dispute_outcome, outcome), notes = coalesce(s.body, notes), updated_at = s.at
      where id = (select k.id from seed_key k where k.key = s.arg ->> 'key')
      returning * into d;
      perform pg_temp.event(r.id, s.at, petugas_id, 'petugas', 'dispute_updated', null, null, 'internal', null,
        jsonb_build_object('dispute_id', d.id, 'stage', d.stage, 'outcome', d.outcome));

    else
      raise exception 'seed: % unknown step %', s.key, s.step;
    end case;

    r.updated_at := s.at;
    delete from seed_req where id = r.id;
    insert into seed_req values (r.*);
  end loop;
end
$replay$;

-- 7. Write the replayed rows (in foreign-key order; events in time order) ------------------------------

create temporary table seed_reopen as select id, reopened_by_objection from seed_req where reopened_by_objection is not null;
update seed_req set reopened_by_objection = null;
insert into public.requests select * from seed_req order by received_at;
insert into private.request_identity_numbers (request_id, applicant_nik, proxy_nik)
select request_id, applicant_nik, proxy_nik from seed_nik where applicant_nik is not null or proxy_nik is not null;
insert into public.files (id, bucket_id, object_name, owner_id, kind, original_name, mime_type, size_bytes, profile_id,
  request_id, check_status, detected_type, checked_at, created_at)
select gen_random_uuid(), 'identity', p.id || '/ktp.jpg', p.id, 'identity', 'ktp.jpg', 'image/jpeg', o.size_bytes, p.id,
  null, 'verified', 'image/jpeg', p.created_at + interval '2 minutes', p.created_at + interval '1 minute'
from public.profiles p join seed_object o on o.bucket = 'identity' and o.name = p.id || '/ktp.jpg';
insert into public.files select * from seed_file order by created_at;
insert into public.request_fees (request_id, item, quantity, unit_price, created_by, created_at)
select * from seed_fee order by created_at;
insert into public.consequence_tests select * from seed_test order by created_at;
insert into public.objections select * from seed_obj order by received_at;
insert into public.disputes select * from seed_dispute order by created_at;
insert into public.request_events (request_id, at, actor_id, actor_role, kind, from_status, to_status, visibility, body, data)
select request_id, at, actor_id, actor_role, kind, from_status, to_status, visibility, body, data
from seed_event order by at, seq;
-- The one request reopened by an upheld objection points back at it (the row and the objection refer to
-- each other, so this link is written last).
update public.requests q set reopened_by_objection = x.reopened_by_objection from seed_reopen x where q.id = x.id;

-- Notifications come from the events trigger stamped now(): date them like their events, and mark all
-- but the last weeks' ones read.
update public.notifications n set created_at = e.at,
  read_at = case when e.at < timestamptz '2026-11-16 00:00+08' then e.at + interval '3 hours' end
from public.request_events e where e.id = n.event_id;

-- 8. Checks: the seed refuses to finish if its data is not what the README promises --------------------

do $check$
declare
  missing text;
begin
  select string_agg(o.bucket || '/' || o.name, ', ') into missing from seed_object o
  where not exists (select 1 from public.files f where f.bucket_id = o.bucket and f.object_name = o.name);
  if missing is not null then raise exception 'seed: objects without a files row: %', missing; end if;
  select string_agg(p.full_name, ', ') into missing from public.profiles p
  where not exists (select 1 from public.files f where f.profile_id = p.id and f.kind = 'identity');
  if missing is not null then raise exception 'seed: profiles without an identity file: %', missing; end if;
  select string_agg(e::text, ', ') into missing from unnest(enum_range(null::public.request_status)) e
  where not exists (select 1 from public.requests r where r.status = e);
  if missing is not null then raise exception 'seed: no request in status %', missing; end if;
  select string_agg(e::text, ', ') into missing from unnest(enum_range(null::public.decision_type)) e
  where not exists (select 1 from public.requests r where r.decision_type = e);
  if missing is not null then raise exception 'seed: no request with decision %', missing; end if;
  select string_agg(r.registration_no, ', ') into missing from public.requests r
  where r.notice_sent_at is not null and not exists (
    select 1 from public.files f where f.request_id = r.id and f.kind = 'letter' and f.object_name like '%surat-pemberitahuan%');
  if missing is not null then raise exception 'seed: decided without a notice letter: %', missing; end if;
  select string_agg(kind || ' ' || year, ', ') into missing from (
    select c.kind, c.year from private.registration_counters c
    left join (select 'request' kind, substr(registration_no, 4, 4)::int y, count(*) n from public.requests group by 1, 2
      union all select 'objection', substr(registration_no, 4, 4)::int, count(*) from public.objections group by 1, 2) x
      on x.kind = c.kind and x.y = c.year
    where c.last is distinct from x.n) g;
  if missing is not null then raise exception 'seed: numbering has gaps: %', missing; end if;
end
$check$;

drop function pg_temp.file(text, text, uuid, public.file_kind, text, uuid, uuid, timestamptz);
drop function pg_temp.event(uuid, timestamptz, uuid, text, text, public.request_status, public.request_status,
  public.event_visibility, text, jsonb);
drop function pg_temp.request_id(text);
drop table seed_step, seed_spec, seed_object, seed_req, seed_nik, seed_obj, seed_dispute, seed_file, seed_test, seed_fee, seed_key,
  seed_event, seed_reopen;
