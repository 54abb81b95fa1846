import type { RequestReceipt } from '@/api/requests'

// The receipt of the request just filed, handed from the form to the receipt page in memory only:
// the status-check secret is shown once and never written to storage.
let pending: RequestReceipt | null = null

export function handOffReceipt(receipt: RequestReceipt): void {
  pending = receipt
}

/** Takes the receipt for this request, if it was just filed in this tab; later calls get null. */
export function takeReceipt(requestId: string): RequestReceipt | null {
  if (pending?.id !== requestId) return null
  const receipt = pending
  pending = null
  return receipt
}
