// Messages are compiled by vue-i18n: a literal @ { } | or $ must be written as {'@'} and so on.
import enums from './id/enums'
import home from './id/home'
import menu from './id/menu'
import upload from './id/upload'

// The first load carries the shared messages, the home page's (`account.home`), the upload field's
// (`account.upload`) and every menu label. The account, citizen, officer, queue, reports and admin
// messages load with their pages (loadMessagesFor in index.ts).
const id = {
  account: { nav: menu.account, home, upload },
  citizen: { nav: menu.citizen },
  enums,
  queue: { nav: menu.queue },
  reports: { nav: menu.reports },
  officer: { nav: menu.officer },
  admin: { nav: menu.admin },
  app: {
    name: 'Layanan Permohonan Informasi Publik',
    skipLink: 'Langsung ke konten utama',
  },
  nav: {
    label: 'Navigasi utama',
    home: 'Beranda',
    signIn: 'Masuk',
    signUp: 'Daftar',
    signOut: 'Keluar',
    signedInAs: 'Masuk sebagai {email}',
    signOutFailed: 'Gagal keluar. Periksa koneksi Anda lalu coba lagi.',
    language: 'Bahasa / Language',
  },
  footer: {
    about: 'Layanan ini dikelola oleh {agency}, {region}.',
    legal: 'Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.',
  },
  home: {
    title: 'Beranda',
    heading: 'Layanan Permohonan Informasi Publik',
    lead: 'Ajukan permohonan informasi publik kepada {agency} secara daring, lalu pantau setiap tahapnya hingga informasi Anda terima.',
    signIn: 'Masuk',
    signUp: 'Daftar akun baru',
  },
  auth: {
    email: 'Email',
    password: 'Kata sandi',
    passwordHint: 'Minimal {min} karakter.',
    confirmPassword: 'Ulangi kata sandi',
    checkFields: 'Periksa kembali isian yang ditandai.',
    signIn: {
      title: 'Masuk',
      heading: 'Masuk ke akun Anda',
      submit: 'Masuk',
      busy: 'Sedang masuk…',
      noAccount: 'Belum punya akun?',
      signUpLink: 'Daftar di sini',
      forgotLink: 'Lupa kata sandi?',
    },
    signUp: {
      title: 'Daftar',
      heading: 'Daftar akun baru',
      submit: 'Daftar',
      busy: 'Sedang mendaftar…',
      haveAccount: 'Sudah punya akun?',
      signInLink: 'Masuk di sini',
      checkEmailHeading: 'Periksa email Anda',
      checkEmail: 'Kami telah mengirim tautan konfirmasi ke {email}. Buka tautan itu untuk mengaktifkan akun Anda, lalu masuk.',
    },
    validation: {
      emailRequired: 'Email wajib diisi.',
      emailInvalid: "Format email tidak valid, contoh: nama{'@'}contoh.id.",
      passwordRequired: 'Kata sandi wajib diisi.',
      passwordTooShort: 'Kata sandi minimal {min} karakter.',
      confirmRequired: 'Ulangi kata sandi Anda.',
      confirmMismatch: 'Kata sandi tidak sama.',
    },
    errors: {
      invalid_credentials: 'Email atau kata sandi salah.',
      email_not_confirmed: 'Email Anda belum dikonfirmasi. Buka tautan konfirmasi yang kami kirim ke email Anda.',
      user_already_exists: 'Email ini sudah terdaftar. Silakan masuk.',
      weak_password: 'Kata sandi terlalu lemah. Gunakan kata sandi yang lebih panjang dan sulit ditebak.',
      over_request_rate_limit: 'Terlalu banyak percobaan. Tunggu beberapa menit lalu coba lagi.',
      over_email_send_rate_limit: 'Terlalu banyak email dikirim. Tunggu beberapa menit lalu coba lagi.',
      signup_disabled: 'Pendaftaran akun sedang ditutup.',
      network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
      unknown: 'Terjadi kesalahan. Silakan coba lagi.',
    },
  },
  forbidden: {
    title: 'Tidak berwenang',
    heading: 'Halaman ini bukan untuk akun Anda',
    body: 'Halaman ini hanya untuk petugas dengan peran tertentu. Jika Anda seharusnya memiliki akses, hubungi admin PPID.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    heading: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada atau sudah dipindahkan.',
    home: 'Kembali ke beranda',
  },
}

export type MessageSchema = typeof id
export default id
