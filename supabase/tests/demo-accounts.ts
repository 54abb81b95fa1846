/** The demo accounts of supabase/seed.sql (README), all with this password. Development data only. */
export const DEMO_PASSWORD = 'Demo12345'
export const DEMO = {
  warga1: 'warga1@demo.ppid.test',
  warga2: 'warga2@demo.ppid.test',
  petugas: 'petugas@demo.ppid.test',
  ppid: 'ppid@demo.ppid.test',
  atasan: 'atasan@demo.ppid.test',
  admin: 'admin@demo.ppid.test',
} as const
