import { onMounted, ref, shallowRef } from 'vue'
import { cachedAgencyPublic, fetchAgencyPublic, type AgencyPublic } from '@/api/agency'

/** The agency's public settings: the cached copy at once, the fresh one when it arrives. */
export function useAgencyPublic() {
  const agency = shallowRef<AgencyPublic | null>(cachedAgencyPublic())
  const failed = ref(false)

  onMounted(() => {
    fetchAgencyPublic().then(
      (fresh) => (agency.value = fresh),
      () => (failed.value = true),
    )
  })

  return { agency, failed }
}

/** A wa.me link for an Indonesian mobile number written any common way (0812-…, +62 812 …). */
export function whatsappLink(number: string | null | undefined): string | null {
  const digits = (number ?? '').replace(/\D/g, '')
  const international = digits.startsWith('0') ? `62${digits.slice(1)}` : digits
  return /^628\d{7,12}$/.test(international) ? `https://wa.me/${international}` : null
}

/** The zone abbreviation Indonesians use for the agency's time zone. */
export function zoneAbbreviation(timeZone: string): string {
  return ({ 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as Record<string, string>)[timeZone] ?? timeZone
}
