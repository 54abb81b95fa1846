/**
 * What production builds use in place of auth-js's WebAuthn module (the `ppid:lean-supabase` plugin in
 * vite.config.ts): the app signs in with email and password only, and has no passkeys or WebAuthn MFA
 * factors, yet GoTrueClient imports the whole ceremony code on every signed-in page.
 *
 * GoTrueClient asks `browserSupportsWebAuthn()` before any ceremony, so with this module
 * `signInWithPasskey` and `registerPasskey` answer with auth-js's own "Browser does not support
 * WebAuthn" error; the MFA WebAuthn API fails loudly.
 */
const leftOut = (what: string) => new Error(`WebAuthn (${what}) is left out of this build: see ppid:lean-supabase in vite.config.ts.`)

export const browserSupportsWebAuthn = (): boolean => false

export const webAuthnAbortService = {
  createNewAbortSignal: (): AbortSignal => new AbortController().signal,
  cancelCeremony: (): void => undefined,
}

const refuse = (what: string) => (): never => {
  throw leftOut(what)
}
export const createCredential = refuse('createCredential')
export const getCredential = refuse('getCredential')
export const deserializeCredentialCreationOptions = refuse('deserializeCredentialCreationOptions')
export const deserializeCredentialRequestOptions = refuse('deserializeCredentialRequestOptions')
export const serializeCredentialCreationResponse = refuse('serializeCredentialCreationResponse')
export const serializeCredentialRequestResponse = refuse('serializeCredentialRequestResponse')

/** `supabase.auth.mfa.webauthn`: every call fails loudly. */
export class WebAuthnApi {
  enroll = refuse('mfa.webauthn.enroll')
  challenge = refuse('mfa.webauthn.challenge')
  verify = refuse('mfa.webauthn.verify')
  authenticate = refuse('mfa.webauthn.authenticate')
  register = refuse('mfa.webauthn.register')
}
