// Until the settings table exists, the first agency's identity lives here and nowhere else,
// so moving it to the database later touches one file.
export const agency = {
  shortName: 'PPID Diskominfo Kukar',
  name: 'PPID Dinas Komunikasi dan Informatika Kabupaten Kutai Kartanegara',
  region: 'Kabupaten Kutai Kartanegara, Kalimantan Timur',
} as const
