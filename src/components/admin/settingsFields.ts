import type { AgencySettings } from '@/api/settings'

export type SettingKey = Exclude<keyof AgencySettings, 'updated_at'>
export type FieldType = 'text' | 'email' | 'url' | 'textarea' | 'lines' | 'number' | 'zone' | 'check'

export interface SettingField {
  key: SettingKey
  type: FieldType
  required?: boolean
  hint?: boolean
}

/** The settings form, group by group: every column of agency_settings an admin may change. */
export const SETTING_GROUPS: { group: string; fields: SettingField[] }[] = [
  {
    group: 'identity',
    fields: [
      { key: 'name', type: 'text', required: true },
      { key: 'short_name', type: 'text', required: true },
      { key: 'parent_government', type: 'text', required: true },
      { key: 'address', type: 'textarea', required: true },
      { key: 'phone', type: 'text' },
      { key: 'whatsapp', type: 'text' },
      { key: 'email', type: 'email' },
      { key: 'website', type: 'url' },
      { key: 'logo_path', type: 'text' },
    ],
  },
  {
    group: 'officials',
    fields: [
      { key: 'ppid_name', type: 'text', required: true },
      { key: 'ppid_position', type: 'text', required: true },
      { key: 'ppid_nip', type: 'text' },
      { key: 'atasan_name', type: 'text', required: true },
      { key: 'atasan_position', type: 'text', required: true },
      { key: 'atasan_nip', type: 'text' },
    ],
  },
  { group: 'letterhead', fields: [{ key: 'letterhead_lines', type: 'lines' }] },
  {
    group: 'numbering',
    fields: [
      { key: 'request_prefix', type: 'text', required: true, hint: true },
      { key: 'objection_prefix', type: 'text', required: true },
    ],
  },
  {
    group: 'clock',
    fields: [
      { key: 'time_zone', type: 'zone', required: true },
      { key: 'cutoff_hour', type: 'number', required: true, hint: true },
      { key: 'completion_window_wd', type: 'number', required: true },
      { key: 'pause_clock_while_incomplete', type: 'check', hint: true },
    ],
  },
  {
    group: 'links',
    fields: [
      { key: 'lapor_url', type: 'url', required: true },
      { key: 'komisi_informasi', type: 'text', required: true },
    ],
  },
]

export type SettingsDraft = Record<SettingKey, string | boolean>

/** The settings as form values: texts as strings, letterhead lines joined, numbers as text. */
export function toDraft(s: AgencySettings): SettingsDraft {
  const draft = {} as SettingsDraft
  for (const { fields } of SETTING_GROUPS) {
    for (const { key, type } of fields) {
      const value = s[key]
      draft[key] = type === 'check' ? Boolean(value) : type === 'lines' ? (value as string[]).join('\n') : String(value ?? '')
    }
  }
  return draft
}

/** Only what the admin changed, typed as update_agency_settings expects it. */
export function changesOf(before: AgencySettings, draft: SettingsDraft): Partial<AgencySettings> {
  const original = toDraft(before)
  const changes: Record<string, unknown> = {}
  for (const { fields } of SETTING_GROUPS) {
    for (const { key, type } of fields) {
      const value = draft[key]
      if (value === original[key]) continue
      if (type === 'check') changes[key] = value
      else if (type === 'number') changes[key] = String(value).trim() === '' ? null : Number(value)
      else if (type === 'lines') changes[key] = String(value).split('\n').map((l) => l.trim()).filter(Boolean)
      else changes[key] = String(value).trim()
    }
  }
  return changes as Partial<AgencySettings>
}

/** `settings_cutoff_hour_invalid` → `cutoff_hour`. */
export function fieldOfReason(reason: string): SettingKey | null {
  const match = /^settings_(\w+)_invalid$/.exec(reason)
  return (match?.[1] as SettingKey | undefined) ?? null
}
