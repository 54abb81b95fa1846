// The menu labels of the sides whose messages load with their pages (see i18n/index.ts): the header
// shows them on every page, so they stay in the first load. Merged as `<side>.nav`.
const menu = {
  account: { profile: 'Profil saya', lookup: 'Cek Status' },
  citizen: {
    newRequest: 'Ajukan permohonan',
    myRequests: 'Permohonan saya',
    notifications: 'Notifikasi',
    unread: '{count} belum dibaca',
  },
  officer: {
    offline: 'Catat permohonan luring',
    objections: 'Keberatan',
  },
  queue: {
    dashboard: 'Dasbor petugas',
    queue: 'Antrean',
  },
  reports: {
    register: 'Buku register',
    report: 'Laporan layanan',
    statistics: 'Statistik',
  },
  admin: {
    staff: 'Staf',
    holidays: 'Hari libur',
    settings: 'Pengaturan',
    units: 'Unit',
  },
}

export default menu
