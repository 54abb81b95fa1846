// Placeholder until the schema exists: this file will be generated from the migrations by
// @supabase/postgres-meta (see libraries.md) and must then never be edited by hand.
// The shape matches the generator's output so createClient<Database> type-checks today.

export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  __InternalSupabase: {
    PostgrestVersion: '12'
  }
  public: {
    Tables: { [_ in never]: never }
    Views: { [_ in never]: never }
    Functions: { [_ in never]: never }
    Enums: { [_ in never]: never }
    CompositeTypes: { [_ in never]: never }
  }
}
