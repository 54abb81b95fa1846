// The database suite's actors and process steps, for the src/api stack tests (one set of fixtures).
export * from '../../supabase/tests/helpers.ts'
export * from '../../supabase/tests/process-helpers.ts'
