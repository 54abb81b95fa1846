import { requestPasswordReset, updatePassword } from '@/api/auth'

/** Password reset by email: the link leads to the reset page, which sets the new password. */
export function usePasswordRecovery() {
  function resetPageUrl(path: string): string {
    return new URL(path, window.location.origin).href
  }
  return {
    sendResetLink: (email: string, resetPath: string) => requestPasswordReset(email, resetPageUrl(resetPath)),
    setNewPassword: updatePassword,
  }
}
