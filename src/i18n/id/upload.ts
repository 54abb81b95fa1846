// Messages are compiled by vue-i18n: a literal @ { } | or $ must be written as {'@'} and so on.
// The file upload field's messages, merged as `account.upload` into the first load (i18n/id.ts): the
// field appears on citizen, account and officer pages alike.
const upload = {
  limits: '{types}; paling besar {size}.',
  checking: 'Memeriksa {name}…',
  uploading: 'Mengunggah {name}',
  done: '{name} sudah terunggah.',
  progress: 'Kemajuan unggahan',
  cancel: 'Hentikan unggahan',
  retry: 'Coba lagi',
  errors: {
    file_empty: 'Berkas ini kosong. Pilih berkas lain.',
    file_too_large: 'Berkas terlalu besar. Ukuran paling besar {size}.',
    file_type_not_allowed: 'Jenis berkas ini tidak diterima. Pilih berkas {types}.',
    file_content_mismatch:
      'Isi berkas tidak sesuai dengan jenisnya (misalnya berkas lain yang namanya diganti menjadi .jpg). Pilih berkas aslinya.',
    file_denied: 'Anda tidak berhak mengunggah ke sini. Muat ulang halaman lalu coba lagi.',
    not_signed_in: 'Sesi Anda sudah berakhir. Masuk lagi di tab lain, lalu tekan "Coba lagi". Isian Anda tidak hilang.',
    network: 'Koneksi terputus. Periksa internet Anda lalu tekan "Coba lagi"; unggahan dilanjutkan.',
    aborted: 'Unggahan dihentikan. Tekan "Coba lagi" untuk melanjutkan.',
    unknown: 'Unggahan gagal. Coba lagi sebentar lagi.',
  },
}

export default upload
