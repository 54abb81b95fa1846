// The agency's identity as the build knows it: what the prerendered pages show and the app shows until
// agency_public() answers. The name is the seeded settings' name (src/api/agency.stack.test.ts checks):
// the prerendered home's check hides the page from a visitor whose cached settings name another agency.
export const agency = {
  shortName: 'PPID Diskominfo Kukar',
  name: 'Dinas Komunikasi dan Informatika Kabupaten Kutai Kartanegara',
  region: 'Kabupaten Kutai Kartanegara, Kalimantan Timur',
} as const
