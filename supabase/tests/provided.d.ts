// What supabase/tests/global-setup.ts provides to the db and api test projects.
import 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    db: { url: string; anonKey: string; serviceRoleKey: string; jwtSecret: string; dbUrl: string; postgresMajor: number }
  }
}
