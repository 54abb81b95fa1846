-- Development seed: demo accounts for every side of the service. NEVER run against production
-- (`supabase db push` does not include the seed unless asked with --include-seed).
-- Every demo account has the password "Demo12345". Staff roles are granted by the domain migrations'
-- seed section once the roles table exists; until then these are plain confirmed accounts.

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
