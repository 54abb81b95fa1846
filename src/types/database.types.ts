export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12"
  }
  graphql_public: {
    Tables: {
      [_ in never]: never
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      [_ in never]: never
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
  public: {
    Tables: {
      agency_settings: {
        Row: {
          address: string
          atasan_name: string
          atasan_nip: string | null
          atasan_position: string
          completion_window_wd: number
          cutoff_hour: number
          email: string | null
          id: boolean
          komisi_informasi: string
          lapor_url: string
          letterhead_lines: string[]
          logo_path: string | null
          name: string
          objection_prefix: string
          parent_government: string
          pause_clock_while_incomplete: boolean
          phone: string | null
          ppid_name: string
          ppid_nip: string | null
          ppid_position: string
          request_prefix: string
          short_name: string
          time_zone: string
          updated_at: string
          website: string | null
          whatsapp: string | null
        }
        Insert: {
          address: string
          atasan_name: string
          atasan_nip?: string | null
          atasan_position: string
          completion_window_wd?: number
          cutoff_hour?: number
          email?: string | null
          id?: boolean
          komisi_informasi?: string
          lapor_url?: string
          letterhead_lines?: string[]
          logo_path?: string | null
          name: string
          objection_prefix?: string
          parent_government: string
          pause_clock_while_incomplete?: boolean
          phone?: string | null
          ppid_name: string
          ppid_nip?: string | null
          ppid_position: string
          request_prefix?: string
          short_name: string
          time_zone?: string
          updated_at?: string
          website?: string | null
          whatsapp?: string | null
        }
        Update: {
          address?: string
          atasan_name?: string
          atasan_nip?: string | null
          atasan_position?: string
          completion_window_wd?: number
          cutoff_hour?: number
          email?: string | null
          id?: boolean
          komisi_informasi?: string
          lapor_url?: string
          letterhead_lines?: string[]
          logo_path?: string | null
          name?: string
          objection_prefix?: string
          parent_government?: string
          pause_clock_while_incomplete?: boolean
          phone?: string | null
          ppid_name?: string
          ppid_nip?: string | null
          ppid_position?: string
          request_prefix?: string
          short_name?: string
          time_zone?: string
          updated_at?: string
          website?: string | null
          whatsapp?: string | null
        }
        Relationships: []
      }
      audit_log: {
        Row: {
          action: string
          actor_id: string | null
          at: string
          detail: NonNullable<Json>
          entity: string
          entity_id: string | null
          id: number
        }
        Insert: {
          action: string
          actor_id?: string | null
          at?: string
          detail?: NonNullable<Json>
          entity: string
          entity_id?: string | null
          id?: never
        }
        Update: {
          action?: string
          actor_id?: string | null
          at?: string
          detail?: NonNullable<Json>
          entity?: string
          entity_id?: string | null
          id?: never
        }
        Relationships: []
      }
      consequence_tests: {
        Row: {
          created_at: string
          created_by: string | null
          decided_on: string
          document: string
          exempt_items: string
          exemption_period: string | null
          harm_analysis: string
          id: string
          legal_basis: string
          public_interest: string
          request_id: string
          result: string
          signed_by: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          decided_on: string
          document: string
          exempt_items: string
          exemption_period?: string | null
          harm_analysis: string
          id?: string
          legal_basis: string
          public_interest: string
          request_id: string
          result: string
          signed_by: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          decided_on?: string
          document?: string
          exempt_items?: string
          exemption_period?: string | null
          harm_analysis?: string
          id?: string
          legal_basis?: string
          public_interest?: string
          request_id?: string
          result?: string
          signed_by?: string
        }
        Relationships: [
          {
            foreignKeyName: "consequence_tests_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "consequence_tests_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      disputes: {
        Row: {
          commission: string
          created_at: string
          filed_late: boolean
          filed_on: string
          id: string
          notes: string | null
          objection_id: string | null
          outcome: Database["public"]["Enums"]["dispute_outcome"] | null
          recorded_by: string | null
          register_no: string | null
          request_id: string
          stage: Database["public"]["Enums"]["dispute_stage"]
          updated_at: string
        }
        Insert: {
          commission: string
          created_at?: string
          filed_late?: boolean
          filed_on: string
          id?: string
          notes?: string | null
          objection_id?: string | null
          outcome?: Database["public"]["Enums"]["dispute_outcome"] | null
          recorded_by?: string | null
          register_no?: string | null
          request_id: string
          stage?: Database["public"]["Enums"]["dispute_stage"]
          updated_at?: string
        }
        Update: {
          commission?: string
          created_at?: string
          filed_late?: boolean
          filed_on?: string
          id?: string
          notes?: string | null
          objection_id?: string | null
          outcome?: Database["public"]["Enums"]["dispute_outcome"] | null
          recorded_by?: string | null
          register_no?: string | null
          request_id?: string
          stage?: Database["public"]["Enums"]["dispute_stage"]
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "disputes_objection_id_fkey"
            columns: ["objection_id"]
            isOneToOne: false
            referencedRelation: "objection_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "disputes_objection_id_fkey"
            columns: ["objection_id"]
            isOneToOne: false
            referencedRelation: "objections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "disputes_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "disputes_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      exemption_grounds: {
        Row: {
          code: string
          label: string
          legal_text: string
        }
        Insert: {
          code: string
          label: string
          legal_text: string
        }
        Update: {
          code?: string
          label?: string
          legal_text?: string
        }
        Relationships: []
      }
      files: {
        Row: {
          bucket_id: string
          check_status: Database["public"]["Enums"]["file_check"]
          checked_at: string | null
          created_at: string
          detected_type: string | null
          id: string
          kind: Database["public"]["Enums"]["file_kind"]
          mime_type: string
          object_name: string
          original_name: string | null
          owner_id: string
          profile_id: string | null
          request_id: string | null
          size_bytes: number
        }
        Insert: {
          bucket_id: string
          check_status?: Database["public"]["Enums"]["file_check"]
          checked_at?: string | null
          created_at?: string
          detected_type?: string | null
          id?: string
          kind: Database["public"]["Enums"]["file_kind"]
          mime_type: string
          object_name: string
          original_name?: string | null
          owner_id: string
          profile_id?: string | null
          request_id?: string | null
          size_bytes: number
        }
        Update: {
          bucket_id?: string
          check_status?: Database["public"]["Enums"]["file_check"]
          checked_at?: string | null
          created_at?: string
          detected_type?: string | null
          id?: string
          kind?: Database["public"]["Enums"]["file_kind"]
          mime_type?: string
          object_name?: string
          original_name?: string | null
          owner_id?: string
          profile_id?: string | null
          request_id?: string | null
          size_bytes?: number
        }
        Relationships: [
          {
            foreignKeyName: "files_profile_id_fkey"
            columns: ["profile_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "files_request_fk"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "files_request_fk"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      holiday_years: {
        Row: {
          complete: boolean
          source: string | null
          updated_at: string
          year: number
        }
        Insert: {
          complete?: boolean
          source?: string | null
          updated_at?: string
          year: number
        }
        Update: {
          complete?: boolean
          source?: string | null
          updated_at?: string
          year?: number
        }
        Relationships: []
      }
      holidays: {
        Row: {
          created_at: string
          day: string
          kind: Database["public"]["Enums"]["holiday_kind"]
          name: string
          source: string | null
          updated_at: string
          year: number | null
        }
        Insert: {
          created_at?: string
          day: string
          kind: Database["public"]["Enums"]["holiday_kind"]
          name: string
          source?: string | null
          updated_at?: string
          year?: never
        }
        Update: {
          created_at?: string
          day?: string
          kind?: Database["public"]["Enums"]["holiday_kind"]
          name?: string
          source?: string | null
          updated_at?: string
          year?: never
        }
        Relationships: []
      }
      letters: {
        Row: {
          created_at: string
          created_by: string | null
          file_id: string
          id: string
          letter_date: string
          letter_no: string
          letter_type: Database["public"]["Enums"]["letter_type"]
          objection_id: string | null
          request_id: string
          sha256: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          file_id: string
          id?: string
          letter_date: string
          letter_no: string
          letter_type: Database["public"]["Enums"]["letter_type"]
          objection_id?: string | null
          request_id: string
          sha256: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          file_id?: string
          id?: string
          letter_date?: string
          letter_no?: string
          letter_type?: Database["public"]["Enums"]["letter_type"]
          objection_id?: string | null
          request_id?: string
          sha256?: string
        }
        Relationships: [
          {
            foreignKeyName: "letters_file_id_fkey"
            columns: ["file_id"]
            isOneToOne: true
            referencedRelation: "files"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "letters_objection_id_fkey"
            columns: ["objection_id"]
            isOneToOne: false
            referencedRelation: "objection_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "letters_objection_id_fkey"
            columns: ["objection_id"]
            isOneToOne: false
            referencedRelation: "objections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "letters_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "letters_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      notifications: {
        Row: {
          created_at: string
          event_id: number | null
          id: number
          kind: string
          read_at: string | null
          request_id: string | null
          user_id: string
        }
        Insert: {
          created_at?: string
          event_id?: number | null
          id?: never
          kind: string
          read_at?: string | null
          request_id?: string | null
          user_id: string
        }
        Update: {
          created_at?: string
          event_id?: number | null
          id?: never
          kind?: string
          read_at?: string | null
          request_id?: string | null
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notifications_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "request_events"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      objections: {
        Row: {
          applicant_id: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          case_position: string
          created_at: string
          due_on: string
          filed_late: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id: string
          late_note: string | null
          proxy_address: string | null
          proxy_name: string | null
          reaction_at: string | null
          reasons: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          request_id: string
          responded_at: string | null
          responder_id: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"]
          updated_at: string
          window_until: string
          withdrawn_at: string | null
          objection_working_days_left: number | null
        }
        Insert: {
          applicant_id?: string | null
          applicant_reaction?: string | null
          atasan_name?: string | null
          atasan_position?: string | null
          case_position: string
          created_at?: string
          due_on: string
          filed_late?: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id?: string
          late_note?: string | null
          proxy_address?: string | null
          proxy_name?: string | null
          reaction_at?: string | null
          reasons?: string | null
          received_at?: string
          received_on: string
          registered_by?: string | null
          registration_no: string
          request_id: string
          responded_at?: string | null
          responder_id?: string | null
          response?: string | null
          status?: Database["public"]["Enums"]["objection_status"]
          updated_at?: string
          window_until: string
          withdrawn_at?: string | null
        }
        Update: {
          applicant_id?: string | null
          applicant_reaction?: string | null
          atasan_name?: string | null
          atasan_position?: string | null
          case_position?: string
          created_at?: string
          due_on?: string
          filed_late?: boolean
          ground_on?: string
          grounds?: Database["public"]["Enums"]["objection_ground"][]
          id?: string
          late_note?: string | null
          proxy_address?: string | null
          proxy_name?: string | null
          reaction_at?: string | null
          reasons?: string | null
          received_at?: string
          received_on?: string
          registered_by?: string | null
          registration_no?: string
          request_id?: string
          responded_at?: string | null
          responder_id?: string | null
          response?: string | null
          status?: Database["public"]["Enums"]["objection_status"]
          updated_at?: string
          window_until?: string
          withdrawn_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "objections_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "objections_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      profiles: {
        Row: {
          accessibility_needs: string[]
          address: string
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          created_at: string
          email: string | null
          full_name: string
          id: string
          nik: string | null
          occupation: string
          phone: string
          sk_number: string | null
          updated_at: string
        }
        Insert: {
          accessibility_needs?: string[]
          address: string
          applicant_type?: Database["public"]["Enums"]["applicant_type"]
          created_at?: string
          email?: string | null
          full_name: string
          id: string
          nik?: string | null
          occupation: string
          phone: string
          sk_number?: string | null
          updated_at?: string
        }
        Update: {
          accessibility_needs?: string[]
          address?: string
          applicant_type?: Database["public"]["Enums"]["applicant_type"]
          created_at?: string
          email?: string | null
          full_name?: string
          id?: string
          nik?: string | null
          occupation?: string
          phone?: string
          sk_number?: string | null
          updated_at?: string
        }
        Relationships: []
      }
      report_narratives: {
        Row: {
          budget: string | null
          constraints_external: string | null
          constraints_internal: string | null
          created_at: string
          dispute_notes: string | null
          facilities: string | null
          human_resources: string | null
          id: number
          implementation: string | null
          period_from: string
          period_to: string
          policy: string | null
          recommendations: string | null
          service_notes: string | null
          updated_at: string
          updated_by: string | null
        }
        Insert: {
          budget?: string | null
          constraints_external?: string | null
          constraints_internal?: string | null
          created_at?: string
          dispute_notes?: string | null
          facilities?: string | null
          human_resources?: string | null
          id?: never
          implementation?: string | null
          period_from: string
          period_to: string
          policy?: string | null
          recommendations?: string | null
          service_notes?: string | null
          updated_at?: string
          updated_by?: string | null
        }
        Update: {
          budget?: string | null
          constraints_external?: string | null
          constraints_internal?: string | null
          created_at?: string
          dispute_notes?: string | null
          facilities?: string | null
          human_resources?: string | null
          id?: never
          implementation?: string | null
          period_from?: string
          period_to?: string
          policy?: string | null
          recommendations?: string | null
          service_notes?: string | null
          updated_at?: string
          updated_by?: string | null
        }
        Relationships: []
      }
      request_events: {
        Row: {
          actor_id: string | null
          actor_role: string
          at: string
          body: string | null
          data: NonNullable<Json>
          from_status: Database["public"]["Enums"]["request_status"] | null
          id: number
          kind: string
          request_id: string
          to_status: Database["public"]["Enums"]["request_status"] | null
          visibility: Database["public"]["Enums"]["event_visibility"]
        }
        Insert: {
          actor_id?: string | null
          actor_role: string
          at?: string
          body?: string | null
          data?: NonNullable<Json>
          from_status?: Database["public"]["Enums"]["request_status"] | null
          id?: never
          kind: string
          request_id: string
          to_status?: Database["public"]["Enums"]["request_status"] | null
          visibility: Database["public"]["Enums"]["event_visibility"]
        }
        Update: {
          actor_id?: string | null
          actor_role?: string
          at?: string
          body?: string | null
          data?: NonNullable<Json>
          from_status?: Database["public"]["Enums"]["request_status"] | null
          id?: never
          kind?: string
          request_id?: string
          to_status?: Database["public"]["Enums"]["request_status"] | null
          visibility?: Database["public"]["Enums"]["event_visibility"]
        }
        Relationships: [
          {
            foreignKeyName: "request_events_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "request_events_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      request_fees: {
        Row: {
          created_at: string
          created_by: string | null
          id: number
          item: string
          quantity: number
          request_id: string
          superseded_at: string | null
          unit_price: number
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          id?: never
          item: string
          quantity: number
          request_id: string
          superseded_at?: string | null
          unit_price: number
        }
        Update: {
          created_at?: string
          created_by?: string | null
          id?: never
          item?: string
          quantity?: number
          request_id?: string
          superseded_at?: string | null
          unit_price?: number
        }
        Relationships: [
          {
            foreignKeyName: "request_fees_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "request_fees_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      request_surveys: {
        Row: {
          comment: string | null
          created_at: string
          ease: number
          on_time: boolean | null
          request_id: string
          respondent_id: string | null
          satisfaction: number
        }
        Insert: {
          comment?: string | null
          created_at?: string
          ease: number
          on_time?: boolean | null
          request_id: string
          respondent_id?: string | null
          satisfaction: number
        }
        Update: {
          comment?: string | null
          created_at?: string
          ease?: number
          on_time?: boolean | null
          request_id?: string
          respondent_id?: string | null
          satisfaction?: number
        }
        Relationships: [
          {
            foreignKeyName: "request_surveys_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: true
            referencedRelation: "request_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "request_surveys_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: true
            referencedRelation: "requests"
            referencedColumns: ["id"]
          },
        ]
      }
      requests: {
        Row: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
          applicant_nik_masked: string | null
          is_overdue: boolean | null
          next_deadline: string | null
          working_days_left: number | null
        }
        Insert: {
          accessibility_needs?: string[]
          accessibility_note?: string | null
          applicant_address: string
          applicant_email?: string | null
          applicant_fax?: string | null
          applicant_id?: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone?: string | null
          applicant_sk_number?: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id?: number | null
          assignee_id?: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at?: string | null
          completion_due_on?: string | null
          completion_reason?: string | null
          copy_methods?: Database["public"]["Enums"]["copy_method"][]
          created_at?: string
          deadline_provisional?: boolean
          decision_note?: string | null
          decision_type?: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at?: string | null
          delivery_due_on?: string | null
          delivery_method?: Database["public"]["Enums"]["copy_method"] | null
          delivery_note?: string | null
          details: string
          due_final_on?: string | null
          due_notice_on: string
          exemption_codes?: string[]
          exemption_other?: string | null
          extended_at?: string | null
          extension_reason?: string | null
          fee_total?: number
          holder_body?: string | null
          id?: string
          idempotency_key?: string | null
          information_forms?: string[]
          information_status?:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no?: string | null
          notice_sent_at?: string | null
          objection_open_until?: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at?: string | null
          payment_method?: string | null
          proxy_address?: string | null
          proxy_name?: string | null
          purpose: string
          receipt_confirmed_at?: string | null
          received_at: string
          received_on: string
          registered_by?: string | null
          registration_no: string
          reopened_by_objection?: string | null
          status?: Database["public"]["Enums"]["request_status"]
          target_unit_id?: number | null
          updated_at?: string
          withdraw_reason?: string | null
          withdrawn_at?: string | null
        }
        Update: {
          accessibility_needs?: string[]
          accessibility_note?: string | null
          applicant_address?: string
          applicant_email?: string | null
          applicant_fax?: string | null
          applicant_id?: string | null
          applicant_name?: string
          applicant_occupation?: string
          applicant_phone?: string | null
          applicant_sk_number?: string | null
          applicant_type?: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id?: number | null
          assignee_id?: string | null
          channel?: Database["public"]["Enums"]["request_channel"]
          closed_at?: string | null
          completion_due_on?: string | null
          completion_reason?: string | null
          copy_methods?: Database["public"]["Enums"]["copy_method"][]
          created_at?: string
          deadline_provisional?: boolean
          decision_note?: string | null
          decision_type?: Database["public"]["Enums"]["decision_type"] | null
          declared_at?: string
          delivered_at?: string | null
          delivery_due_on?: string | null
          delivery_method?: Database["public"]["Enums"]["copy_method"] | null
          delivery_note?: string | null
          details?: string
          due_final_on?: string | null
          due_notice_on?: string
          exemption_codes?: string[]
          exemption_other?: string | null
          extended_at?: string | null
          extension_reason?: string | null
          fee_total?: number
          holder_body?: string | null
          id?: string
          idempotency_key?: string | null
          information_forms?: string[]
          information_status?:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash?: string
          notice_letter_no?: string | null
          notice_sent_at?: string | null
          objection_open_until?: string | null
          obtain_methods?: Database["public"]["Enums"]["obtain_method"][]
          paid_at?: string | null
          payment_method?: string | null
          proxy_address?: string | null
          proxy_name?: string | null
          purpose?: string
          receipt_confirmed_at?: string | null
          received_at?: string
          received_on?: string
          registered_by?: string | null
          registration_no?: string
          reopened_by_objection?: string | null
          status?: Database["public"]["Enums"]["request_status"]
          target_unit_id?: number | null
          updated_at?: string
          withdraw_reason?: string | null
          withdrawn_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "requests_assigned_unit_id_fkey"
            columns: ["assigned_unit_id"]
            isOneToOne: false
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "requests_reopened_fk"
            columns: ["reopened_by_objection"]
            isOneToOne: false
            referencedRelation: "objection_register"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "requests_reopened_fk"
            columns: ["reopened_by_objection"]
            isOneToOne: false
            referencedRelation: "objections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "requests_target_unit_id_fkey"
            columns: ["target_unit_id"]
            isOneToOne: false
            referencedRelation: "units"
            referencedColumns: ["id"]
          },
        ]
      }
      units: {
        Row: {
          active: boolean
          code: string
          created_at: string
          id: number
          name: string
        }
        Insert: {
          active?: boolean
          code: string
          created_at?: string
          id?: never
          name: string
        }
        Update: {
          active?: boolean
          code?: string
          created_at?: string
          id?: never
          name?: string
        }
        Relationships: []
      }
      user_roles: {
        Row: {
          active: boolean
          granted_at: string
          granted_by: string | null
          revoked_at: string | null
          revoked_by: string | null
          role: Database["public"]["Enums"]["staff_role"]
          user_id: string
        }
        Insert: {
          active?: boolean
          granted_at?: string
          granted_by?: string | null
          revoked_at?: string | null
          revoked_by?: string | null
          role: Database["public"]["Enums"]["staff_role"]
          user_id: string
        }
        Update: {
          active?: boolean
          granted_at?: string
          granted_by?: string | null
          revoked_at?: string | null
          revoked_by?: string | null
          role?: Database["public"]["Enums"]["staff_role"]
          user_id?: string
        }
        Relationships: []
      }
    }
    Views: {
      objection_register: {
        Row: {
          applicant_address: string | null
          applicant_contact: string | null
          applicant_name: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          details: string | null
          due_on: string | null
          filed_late: boolean | null
          grounds: Database["public"]["Enums"]["objection_ground"][] | null
          id: string | null
          proxy_name: string | null
          purpose: string | null
          reasons: string | null
          received_at: string | null
          received_on: string | null
          registration_no: string | null
          request_registration_no: string | null
          responded_at: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"] | null
        }
        Insert: {
          applicant_address?: never
          applicant_contact?: never
          applicant_name?: never
          applicant_reaction?: string | null
          atasan_name?: string | null
          atasan_position?: string | null
          details?: never
          due_on?: string | null
          filed_late?: boolean | null
          grounds?: Database["public"]["Enums"]["objection_ground"][] | null
          id?: string | null
          proxy_name?: string | null
          purpose?: never
          reasons?: string | null
          received_at?: string | null
          received_on?: string | null
          registration_no?: string | null
          request_registration_no?: never
          responded_at?: string | null
          response?: string | null
          status?: Database["public"]["Enums"]["objection_status"] | null
        }
        Update: {
          applicant_address?: never
          applicant_contact?: never
          applicant_name?: never
          applicant_reaction?: string | null
          atasan_name?: string | null
          atasan_position?: string | null
          details?: never
          due_on?: string | null
          filed_late?: boolean | null
          grounds?: Database["public"]["Enums"]["objection_ground"][] | null
          id?: string | null
          proxy_name?: string | null
          purpose?: never
          reasons?: string | null
          received_at?: string | null
          received_on?: string | null
          registration_no?: string | null
          request_registration_no?: never
          responded_at?: string | null
          response?: string | null
          status?: Database["public"]["Enums"]["objection_status"] | null
        }
        Relationships: []
      }
      request_register: {
        Row: {
          applicant_address: string | null
          applicant_contact: string | null
          applicant_name: string | null
          applicant_occupation: string | null
          channel: Database["public"]["Enums"]["request_channel"] | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          delivered_at: string | null
          details: string | null
          due_final_on: string | null
          due_notice_on: string | null
          fee_total: number | null
          holder_body: string | null
          id: string | null
          information_forms: string[] | null
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          notice_letter_no: string | null
          notice_sent_at: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][] | null
          on_time: boolean | null
          payment_method: string | null
          purpose: string | null
          received_at: string | null
          received_on: string | null
          refusal_grounds: string | null
          registration_no: string | null
          status: Database["public"]["Enums"]["request_status"] | null
        }
        Insert: {
          applicant_address?: string | null
          applicant_contact?: never
          applicant_name?: string | null
          applicant_occupation?: string | null
          channel?: Database["public"]["Enums"]["request_channel"] | null
          decision_type?: Database["public"]["Enums"]["decision_type"] | null
          delivered_at?: string | null
          details?: string | null
          due_final_on?: string | null
          due_notice_on?: string | null
          fee_total?: number | null
          holder_body?: string | null
          id?: string | null
          information_forms?: string[] | null
          information_status?:
            | Database["public"]["Enums"]["information_status"]
            | null
          notice_letter_no?: string | null
          notice_sent_at?: string | null
          obtain_methods?: Database["public"]["Enums"]["obtain_method"][] | null
          on_time?: never
          payment_method?: string | null
          purpose?: string | null
          received_at?: string | null
          received_on?: string | null
          refusal_grounds?: never
          registration_no?: string | null
          status?: Database["public"]["Enums"]["request_status"] | null
        }
        Update: {
          applicant_address?: string | null
          applicant_contact?: never
          applicant_name?: string | null
          applicant_occupation?: string | null
          channel?: Database["public"]["Enums"]["request_channel"] | null
          decision_type?: Database["public"]["Enums"]["decision_type"] | null
          delivered_at?: string | null
          details?: string | null
          due_final_on?: string | null
          due_notice_on?: string | null
          fee_total?: number | null
          holder_body?: string | null
          id?: string | null
          information_forms?: string[] | null
          information_status?:
            | Database["public"]["Enums"]["information_status"]
            | null
          notice_letter_no?: string | null
          notice_sent_at?: string | null
          obtain_methods?: Database["public"]["Enums"]["obtain_method"][] | null
          on_time?: never
          payment_method?: string | null
          purpose?: string | null
          received_at?: string | null
          received_on?: string | null
          refusal_grounds?: never
          registration_no?: string | null
          status?: Database["public"]["Enums"]["request_status"] | null
        }
        Relationships: []
      }
    }
    Functions: {
      accept_request: {
        Args: {
          expected_status: Database["public"]["Enums"]["request_status"]
          request_id: string
          unit_id?: number
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      add_identity_document: {
        Args: { object_name: string; original_name?: string }
        Returns: string
      }
      add_internal_note: {
        Args: { body: string; request_id: string }
        Returns: number
      }
      add_working_days: { Args: { n: number; start: string }; Returns: string }
      admin_find_account: {
        Args: { account_email: string }
        Returns: {
          email: string
          full_name: string
          id: string
        }[]
      }
      admin_list_staff: {
        Args: Record<PropertyKey, never>
        Returns: {
          active_roles: Database["public"]["Enums"]["staff_role"][]
          email: string
          former_roles: Database["public"]["Enums"]["staff_role"][]
          full_name: string
          id: string
        }[]
      }
      agency_public: { Args: Record<PropertyKey, never>; Returns: Json }
      applicant_nik_masked: {
        Args: { r: Database["public"]["Tables"]["requests"]["Row"] }
        Returns: string
      }
      assign_request: {
        Args: { assignee_id?: string; request_id: string; unit_id?: number }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      attach_letter: {
        Args: {
          letter_date: string
          letter_no: string
          letter_type: Database["public"]["Enums"]["letter_type"]
          object_name: string
          objection_id?: string
          request_id: string
          sha256: string
        }
        Returns: {
          created_at: string
          created_by: string | null
          file_id: string
          id: string
          letter_date: string
          letter_no: string
          letter_type: Database["public"]["Enums"]["letter_type"]
          objection_id: string | null
          request_id: string
          sha256: string
        }
        SetofOptions: {
          from: "*"
          to: "letters"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      attach_response: {
        Args: {
          kind: Database["public"]["Enums"]["file_kind"]
          object_name: string
          original_name?: string
          request_id: string
        }
        Returns: string
      }
      close_incomplete: {
        Args: {
          expected_status: Database["public"]["Enums"]["request_status"]
          note?: string
          request_id: string
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      close_request: {
        Args: {
          expected_status: Database["public"]["Enums"]["request_status"]
          request_id: string
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      complete_request: {
        Args: { attachments?: Json; note?: string; request_id: string }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      confirm_receipt: {
        Args: { request_id: string }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      deactivate_staff: { Args: { target: string }; Returns: number }
      deadline_provisional: {
        Args: { due: string; start: string }
        Returns: boolean
      }
      decide_objection: {
        Args: {
          expected_status: Database["public"]["Enums"]["objection_status"]
          objection_id: string
          outcome: Database["public"]["Enums"]["objection_status"]
          reasons?: string
          response: string
        }
        Returns: {
          applicant_id: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          case_position: string
          created_at: string
          due_on: string
          filed_late: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id: string
          late_note: string | null
          proxy_address: string | null
          proxy_name: string | null
          reaction_at: string | null
          reasons: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          request_id: string
          responded_at: string | null
          responder_id: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"]
          updated_at: string
          window_until: string
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "objections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      decide_request: {
        Args: {
          consequence_test?: Json
          decision: Database["public"]["Enums"]["decision_type"]
          delivery_due_on?: string
          exemption_codes?: string[]
          exemption_other?: string
          expected_status: Database["public"]["Enums"]["request_status"]
          fees?: Json
          holder_body?: string
          information_forms?: string[]
          information_status?: Database["public"]["Enums"]["information_status"]
          letter_no?: string
          note?: string
          request_id: string
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      delete_holiday: { Args: { day: string }; Returns: undefined }
      deliver_request: {
        Args: {
          expected_status: Database["public"]["Enums"]["request_status"]
          method: Database["public"]["Enums"]["copy_method"]
          note?: string
          request_id: string
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      extend_request: {
        Args: {
          expected_status: Database["public"]["Enums"]["request_status"]
          reason: string
          request_id: string
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      grant_role: {
        Args: {
          target: string
          wanted: Database["public"]["Enums"]["staff_role"]
        }
        Returns: undefined
      }
      holidays_between: {
        Args: { a: string; b: string }
        Returns: {
          day: string
          kind: Database["public"]["Enums"]["holiday_kind"]
          name: string
        }[]
      }
      import_holidays: {
        Args: {
          complete?: boolean
          lines: string
          source?: string
          year: number
        }
        Returns: number
      }
      is_overdue: {
        Args: { r: Database["public"]["Tables"]["requests"]["Row"] }
        Returns: boolean
      }
      is_plain_line: { Args: { value: string }; Returns: boolean }
      is_plain_text: { Args: { value: string }; Returns: boolean }
      is_working_day: { Args: { d: string }; Returns: boolean }
      list_active_staff: {
        Args: Record<PropertyKey, never>
        Returns: {
          display_name: string
          email: string
          roles: Database["public"]["Enums"]["staff_role"][]
          user_id: string
        }[]
      }
      local_date: { Args: { at: string }; Returns: string }
      lookup_request: {
        Args: { registration_no: string; secret: string }
        Returns: Json
      }
      my_nik_masked: { Args: Record<PropertyKey, never>; Returns: string }
      next_deadline: {
        Args: { r: Database["public"]["Tables"]["requests"]["Row"] }
        Returns: string
      }
      nik_is_valid: { Args: { nik: string }; Returns: boolean }
      objection_working_days_left: {
        Args: { o: Database["public"]["Tables"]["objections"]["Row"] }
        Returns: number
      }
      public_statistics: { Args: { year: number }; Returns: Json }
      received_day: { Args: { at: string }; Returns: string }
      record_dispute: {
        Args: {
          commission?: string
          filed_on?: string
          notes?: string
          objection_id: string
          register_no?: string
        }
        Returns: {
          commission: string
          created_at: string
          filed_late: boolean
          filed_on: string
          id: string
          notes: string | null
          objection_id: string | null
          outcome: Database["public"]["Enums"]["dispute_outcome"] | null
          recorded_by: string | null
          register_no: string | null
          request_id: string
          stage: Database["public"]["Enums"]["dispute_stage"]
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "disputes"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      record_objection_reaction: {
        Args: { objection_id: string; reaction: string }
        Returns: {
          applicant_id: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          case_position: string
          created_at: string
          due_on: string
          filed_late: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id: string
          late_note: string | null
          proxy_address: string | null
          proxy_name: string | null
          reaction_at: string | null
          reasons: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          request_id: string
          responded_at: string | null
          responder_id: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"]
          updated_at: string
          window_until: string
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "objections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      record_payment: {
        Args: {
          expected_status: Database["public"]["Enums"]["request_status"]
          method: string
          request_id: string
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      register_objection: {
        Args: {
          case_position: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          late_note?: string
          proxy_address?: string
          proxy_name?: string
          request_id: string
        }
        Returns: {
          applicant_id: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          case_position: string
          created_at: string
          due_on: string
          filed_late: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id: string
          late_note: string | null
          proxy_address: string | null
          proxy_name: string | null
          reaction_at: string | null
          reasons: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          request_id: string
          responded_at: string | null
          responder_id: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"]
          updated_at: string
          window_until: string
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "objections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      register_offline_request: {
        Args: {
          accessibility_needs?: string[]
          applicant_address: string
          applicant_email?: string
          applicant_id?: string
          applicant_name: string
          applicant_nik?: string
          applicant_occupation: string
          applicant_phone?: string
          applicant_sk_number?: string
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          channel: Database["public"]["Enums"]["request_channel"]
          copy_methods?: Database["public"]["Enums"]["copy_method"][]
          details: string
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          purpose: string
          received_at: string
          target_unit_id?: number
        }
        Returns: Json
      }
      report_statistics: {
        Args: { from_date: string; to_date: string }
        Returns: Json
      }
      request_completion: {
        Args: {
          expected_status: Database["public"]["Enums"]["request_status"]
          reason: string
          request_id: string
        }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      reveal_applicant_nik: { Args: { request_id: string }; Returns: Json }
      review_objection: {
        Args: {
          expected_status: Database["public"]["Enums"]["objection_status"]
          objection_id: string
        }
        Returns: {
          applicant_id: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          case_position: string
          created_at: string
          due_on: string
          filed_late: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id: string
          late_note: string | null
          proxy_address: string | null
          proxy_name: string | null
          reaction_at: string | null
          reasons: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          request_id: string
          responded_at: string | null
          responder_id: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"]
          updated_at: string
          window_until: string
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "objections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      revoke_role: {
        Args: {
          target: string
          wanted: Database["public"]["Enums"]["staff_role"]
        }
        Returns: undefined
      }
      save_holiday: {
        Args: {
          day: string
          kind: Database["public"]["Enums"]["holiday_kind"]
          name: string
          original_day?: string
          source?: string
        }
        Returns: {
          created_at: string
          day: string
          kind: Database["public"]["Enums"]["holiday_kind"]
          name: string
          source: string | null
          updated_at: string
          year: number | null
        }
        SetofOptions: {
          from: "*"
          to: "holidays"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      save_report_narrative: {
        Args: {
          expected_updated_at?: string
          period_from: string
          period_to: string
          sections: Json
        }
        Returns: {
          budget: string | null
          constraints_external: string | null
          constraints_internal: string | null
          created_at: string
          dispute_notes: string | null
          facilities: string | null
          human_resources: string | null
          id: number
          implementation: string | null
          period_from: string
          period_to: string
          policy: string | null
          recommendations: string | null
          service_notes: string | null
          updated_at: string
          updated_by: string | null
        }
        SetofOptions: {
          from: "*"
          to: "report_narratives"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      save_unit: {
        Args: { active?: boolean; code: string; name: string; unit_id: number }
        Returns: {
          active: boolean
          code: string
          created_at: string
          id: number
          name: string
        }
        SetofOptions: {
          from: "*"
          to: "units"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      send_message: {
        Args: { body: string; request_id: string }
        Returns: number
      }
      set_holiday_year: {
        Args: { complete: boolean; source?: string; year: number }
        Returns: {
          complete: boolean
          source: string | null
          updated_at: string
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "holiday_years"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      staff_queue: {
        Args: {
          assignee_id?: string
          channel?: Database["public"]["Enums"]["request_channel"]
          descending?: boolean
          due?: string
          open_objection?: boolean
          page_limit?: number
          page_offset?: number
          received_from?: string
          received_to?: string
          search?: string
          sort?: string
          statuses?: Database["public"]["Enums"]["request_status"][]
          unassigned?: boolean
          unit_id?: number
        }
        Returns: {
          items: Database["public"]["CompositeTypes"]["queue_item"][]
          total: number
        }[]
      }
      staff_queue_assignees: {
        Args: Record<PropertyKey, never>
        Returns: {
          email: string
          id: string
          roles: Database["public"]["Enums"]["staff_role"][]
        }[]
      }
      staff_queue_counts: {
        Args: Record<PropertyKey, never>
        Returns: {
          awaiting_applicant: number
          awaiting_payment: number
          due_soon: number
          in_process: number
          new_requests: number
          objections_open: number
          overdue: number
        }[]
      }
      submit_objection: {
        Args: {
          case_position: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          proxy_address?: string
          proxy_name?: string
          request_id: string
        }
        Returns: {
          applicant_id: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          case_position: string
          created_at: string
          due_on: string
          filed_late: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id: string
          late_note: string | null
          proxy_address: string | null
          proxy_name: string | null
          reaction_at: string | null
          reasons: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          request_id: string
          responded_at: string | null
          responder_id: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"]
          updated_at: string
          window_until: string
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "objections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      submit_request: {
        Args: {
          accessibility_needs?: string[]
          accessibility_note?: string
          attachments?: Json
          copy_methods?: Database["public"]["Enums"]["copy_method"][]
          declaration?: boolean
          details: string
          idempotency_key: string
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          proxy_address?: string
          proxy_name?: string
          proxy_nik?: string
          purpose: string
          target_unit_id?: number
        }
        Returns: Json
      }
      submit_survey: {
        Args: {
          comment?: string
          ease: number
          on_time?: boolean
          request_id: string
          satisfaction: number
        }
        Returns: {
          comment: string | null
          created_at: string
          ease: number
          on_time: boolean | null
          request_id: string
          respondent_id: string | null
          satisfaction: number
        }
        SetofOptions: {
          from: "*"
          to: "request_surveys"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      update_agency_settings: {
        Args: { changes: Json }
        Returns: {
          address: string
          atasan_name: string
          atasan_nip: string | null
          atasan_position: string
          completion_window_wd: number
          cutoff_hour: number
          email: string | null
          id: boolean
          komisi_informasi: string
          lapor_url: string
          letterhead_lines: string[]
          logo_path: string | null
          name: string
          objection_prefix: string
          parent_government: string
          pause_clock_while_incomplete: boolean
          phone: string | null
          ppid_name: string
          ppid_nip: string | null
          ppid_position: string
          request_prefix: string
          short_name: string
          time_zone: string
          updated_at: string
          website: string | null
          whatsapp: string | null
        }
        SetofOptions: {
          from: "*"
          to: "agency_settings"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      update_dispute: {
        Args: {
          dispute_id: string
          notes?: string
          outcome?: Database["public"]["Enums"]["dispute_outcome"]
          stage: Database["public"]["Enums"]["dispute_stage"]
        }
        Returns: {
          commission: string
          created_at: string
          filed_late: boolean
          filed_on: string
          id: string
          notes: string | null
          objection_id: string | null
          outcome: Database["public"]["Enums"]["dispute_outcome"] | null
          recorded_by: string | null
          register_no: string | null
          request_id: string
          stage: Database["public"]["Enums"]["dispute_stage"]
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "disputes"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      withdraw_objection: {
        Args: { objection_id: string }
        Returns: {
          applicant_id: string | null
          applicant_reaction: string | null
          atasan_name: string | null
          atasan_position: string | null
          case_position: string
          created_at: string
          due_on: string
          filed_late: boolean
          ground_on: string
          grounds: Database["public"]["Enums"]["objection_ground"][]
          id: string
          late_note: string | null
          proxy_address: string | null
          proxy_name: string | null
          reaction_at: string | null
          reasons: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          request_id: string
          responded_at: string | null
          responder_id: string | null
          response: string | null
          status: Database["public"]["Enums"]["objection_status"]
          updated_at: string
          window_until: string
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "objections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      withdraw_request: {
        Args: { reason?: string; request_id: string }
        Returns: {
          accessibility_needs: string[]
          accessibility_note: string | null
          applicant_address: string
          applicant_email: string | null
          applicant_fax: string | null
          applicant_id: string | null
          applicant_name: string
          applicant_occupation: string
          applicant_phone: string | null
          applicant_sk_number: string | null
          applicant_type: Database["public"]["Enums"]["applicant_type"]
          assigned_unit_id: number | null
          assignee_id: string | null
          channel: Database["public"]["Enums"]["request_channel"]
          closed_at: string | null
          completion_due_on: string | null
          completion_reason: string | null
          copy_methods: Database["public"]["Enums"]["copy_method"][]
          created_at: string
          deadline_provisional: boolean
          decision_note: string | null
          decision_type: Database["public"]["Enums"]["decision_type"] | null
          declared_at: string
          delivered_at: string | null
          delivery_due_on: string | null
          delivery_method: Database["public"]["Enums"]["copy_method"] | null
          delivery_note: string | null
          details: string
          due_final_on: string | null
          due_notice_on: string
          exemption_codes: string[]
          exemption_other: string | null
          extended_at: string | null
          extension_reason: string | null
          fee_total: number
          holder_body: string | null
          id: string
          idempotency_key: string | null
          information_forms: string[]
          information_status:
            | Database["public"]["Enums"]["information_status"]
            | null
          lookup_secret_hash: string
          notice_letter_no: string | null
          notice_sent_at: string | null
          objection_open_until: string | null
          obtain_methods: Database["public"]["Enums"]["obtain_method"][]
          paid_at: string | null
          payment_method: string | null
          proxy_address: string | null
          proxy_name: string | null
          purpose: string
          receipt_confirmed_at: string | null
          received_at: string
          received_on: string
          registered_by: string | null
          registration_no: string
          reopened_by_objection: string | null
          status: Database["public"]["Enums"]["request_status"]
          target_unit_id: number | null
          updated_at: string
          withdraw_reason: string | null
          withdrawn_at: string | null
        }
        SetofOptions: {
          from: "*"
          to: "requests"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      working_days_between: { Args: { a: string; b: string }; Returns: number }
      working_days_left: {
        Args: { r: Database["public"]["Tables"]["requests"]["Row"] }
        Returns: number
      }
    }
    Enums: {
      applicant_type: "perorangan" | "kelompok_orang" | "badan_hukum"
      copy_method: "ambil_langsung" | "kurir" | "pos" | "faksimili" | "email"
      decision_type:
        | "granted_full"
        | "granted_partial"
        | "rejected_exempt"
        | "not_held_forwarded"
        | "not_held_unknown"
        | "not_yet_documented"
      dispute_outcome:
        | "applicant_wins"
        | "partly"
        | "applicant_loses"
        | "settled"
      dispute_stage:
        | "registered"
        | "mediation"
        | "adjudication"
        | "decided"
        | "appealed"
        | "final"
        | "executed"
      event_visibility: "public" | "internal"
      file_check: "pending" | "verified" | "mismatch"
      file_kind:
        | "identity"
        | "supporting"
        | "power_of_attorney"
        | "response"
        | "letter"
        | "payment_proof"
      holiday_kind: "libur_nasional" | "cuti_bersama" | "lokal"
      information_status:
        | "dikuasai"
        | "tidak_dikuasai"
        | "belum_didokumentasikan"
      letter_type:
        | "receipt"
        | "notice"
        | "extension"
        | "refusal"
        | "objection_decision"
      objection_ground: "a" | "b" | "c" | "d" | "e" | "f" | "g"
      objection_status:
        | "submitted"
        | "in_review"
        | "upheld"
        | "rejected"
        | "settled_musyawarah"
        | "withdrawn"
      obtain_method:
        | "melihat"
        | "membaca"
        | "mendengarkan"
        | "mencatat"
        | "salinan_softcopy"
        | "salinan_hardcopy"
      request_channel:
        | "web"
        | "langsung"
        | "telepon"
        | "email"
        | "surat"
        | "whatsapp"
        | "lainnya"
      request_status:
        | "submitted"
        | "in_process"
        | "needs_completion"
        | "extended"
        | "decided"
        | "awaiting_payment"
        | "delivered"
        | "closed"
        | "closed_incomplete"
        | "withdrawn"
      staff_role: "petugas" | "ppid" | "atasan_ppid" | "admin"
    }
    CompositeTypes: {
      queue_item: {
        id: string | null
        registration_no: string | null
        applicant_name: string | null
        channel: Database["public"]["Enums"]["request_channel"] | null
        status: Database["public"]["Enums"]["request_status"] | null
        received_at: string | null
        received_on: string | null
        deadline: string | null
        working_days_left: number | null
        overdue: boolean | null
        assigned_unit_id: number | null
        unit_name: string | null
        assignee_id: string | null
        open_objection: boolean | null
        details: string | null
      }
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  graphql_public: {
    Enums: {},
  },
  public: {
    Enums: {
      applicant_type: ["perorangan", "kelompok_orang", "badan_hukum"],
      copy_method: ["ambil_langsung", "kurir", "pos", "faksimili", "email"],
      decision_type: [
        "granted_full",
        "granted_partial",
        "rejected_exempt",
        "not_held_forwarded",
        "not_held_unknown",
        "not_yet_documented",
      ],
      dispute_outcome: [
        "applicant_wins",
        "partly",
        "applicant_loses",
        "settled",
      ],
      dispute_stage: [
        "registered",
        "mediation",
        "adjudication",
        "decided",
        "appealed",
        "final",
        "executed",
      ],
      event_visibility: ["public", "internal"],
      file_check: ["pending", "verified", "mismatch"],
      file_kind: [
        "identity",
        "supporting",
        "power_of_attorney",
        "response",
        "letter",
        "payment_proof",
      ],
      holiday_kind: ["libur_nasional", "cuti_bersama", "lokal"],
      information_status: [
        "dikuasai",
        "tidak_dikuasai",
        "belum_didokumentasikan",
      ],
      letter_type: [
        "receipt",
        "notice",
        "extension",
        "refusal",
        "objection_decision",
      ],
      objection_ground: ["a", "b", "c", "d", "e", "f", "g"],
      objection_status: [
        "submitted",
        "in_review",
        "upheld",
        "rejected",
        "settled_musyawarah",
        "withdrawn",
      ],
      obtain_method: [
        "melihat",
        "membaca",
        "mendengarkan",
        "mencatat",
        "salinan_softcopy",
        "salinan_hardcopy",
      ],
      request_channel: [
        "web",
        "langsung",
        "telepon",
        "email",
        "surat",
        "whatsapp",
        "lainnya",
      ],
      request_status: [
        "submitted",
        "in_process",
        "needs_completion",
        "extended",
        "decided",
        "awaiting_payment",
        "delivered",
        "closed",
        "closed_incomplete",
        "withdrawn",
      ],
      staff_role: ["petugas", "ppid", "atasan_ppid", "admin"],
    },
  },
} as const
