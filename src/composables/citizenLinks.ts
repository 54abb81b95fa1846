// Where the citizen completes their profile and identity document (the account module's page).
export const PROFILE_PATH = '/akun/profil'
