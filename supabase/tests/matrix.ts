// The access matrix of security.md, written once as data. For every table and view in public, every
// storage path and every RPC it says what each actor gets; access-matrix.test.ts turns every cell into
// a test. "A" owns the data every cell aims at (a request with its fees, consequence test, timeline,
// notification, objection and dispute; a profile; an identity document; an attachment; an answer).

/** The columns of every row below, in this order. */
export const ACTORS = [
  'anon', // the public: the anon key, no session
  'citizenA', // the owner of the data the cell aims at
  'citizenB', // another citizen with a profile and an identity document, acting on A's data
  'petugas', // Petugas Layanan Informasi
  'ppid', // PPID
  'atasan', // Atasan PPID
  'admin', // runs the service: staff, holidays, settings, units
  'service', // the service-role key (bypasses RLS, not grants or triggers)
  'exOfficer', // was petugas and PPID; both roles revoked after signing in, token still valid
  'metaPpid', // a plain user whose user_metadata says {"role": "ppid"} (every user can edit it)
] as const
export type ActorKey = (typeof ACTORS)[number]

/**
 * What an actor gets. Besides the five denial kinds of the brief there is `refused`: the function ran
 * and refused the call by its own rule (P0001, HTTP 400, a reason in `hint`), e.g. "profile missing";
 * and `absent`: the column is not in the API at all (42703, HTTP 400), for every role alike, because
 * what it held lives in the private schema (the NIKs of a request).
 */
export type Kind = 'allow' | 'permission_denied' | 'filtered' | 'rls_violation' | 'blocked_by_trigger' | 'not_found' | 'refused' | 'absent'

const OK = 'allow'
const NO = 'permission_denied' // no grant (42501), or the function's own role check (PT403)
const ZERO = 'filtered' // RLS hides the row: zero rows, an empty list, or "found": false
const RLS = 'rls_violation' // the row would break an insert policy (42501 "row-level security")
const TRIG = 'blocked_by_trigger' // the append-only trigger raises (42501 "append-only")
const NF = 'not_found' // PT404 from a function, or Storage's 404 for an object RLS hides
const REF = 'refused'
const ABS = 'absent' // no such column: 42703

type Row = readonly [Kind, Kind, Kind, Kind, Kind, Kind, Kind, Kind, Kind, Kind]
const NOBODY: Row = [NO, NO, NO, NO, NO, NO, NO, NO, NO, NO]

export type TableOp = 'select' | 'insert' | 'update' | 'delete'

// Every table and view in public (catalog.test.ts fails when one is missing here). A name with a
// suffix in parentheses is a second target in the same table.
export const TABLES = {
  //                                 anon  A     B     petug ppid  atasan admin svc   exOff metaPpid
  user_roles: {
    select: /* ppid's own role */   [NO,   ZERO, ZERO, ZERO, OK,   ZERO, OK,   OK,   ZERO, ZERO],
    insert: /* "make me admin" */   NOBODY,
    update: /* deactivate ppid */   NOBODY,
    delete:                         NOBODY,
  },
  audit_log: {
    select:                         [NO,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  agency_settings: {
    select:                         [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
    insert: /* a singleton */       NOBODY,
    update:                         [NO,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   OK,   ZERO, ZERO],
    delete:                         NOBODY,
  },
  units: {
    select:                         [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
    insert:                         [NO,   RLS,  RLS,  RLS,  RLS,  RLS,  OK,   OK,   RLS,  RLS],
    update:                         [NO,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   OK,   ZERO, ZERO],
    delete: /* deactivated instead */ NOBODY,
  },
  holidays: {
    select:                         [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
    insert:                         [NO,   RLS,  RLS,  RLS,  RLS,  RLS,  OK,   OK,   RLS,  RLS],
    update:                         [NO,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   OK,   ZERO, ZERO],
    delete:                         [NO,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   OK,   ZERO, ZERO],
  },
  holiday_years: {
    select:                         [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
    insert:                         [NO,   RLS,  RLS,  RLS,  RLS,  RLS,  OK,   OK,   RLS,  RLS],
    update:                         [NO,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   OK,   ZERO, ZERO],
    delete:                         NOBODY,
  },
  profiles: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert: /* for a new user */    [NO,   OK,   RLS,  RLS,  RLS,  RLS,  RLS,  OK,   RLS,  RLS],
    update:                         [NO,   OK,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
    delete:                         [NO,   NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO],
  },
  // The NIK is written through the API but never read back (UU 27/2022): a column grant, checked for
  // the owner too. The citizen sees their own NIK masked through my_nik_masked.
  'profiles (nik)': {
    select:                         [NO,   NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO],
    update: /* "Ubah NIK" */        [NO,   OK,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
  },
  files: {
    select: /* A's identity doc */  [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert: /* only via RPCs */     NOBODY,
    update: /* the type check */    [NO,   NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO],
    delete:                         NOBODY,
  },
  requests: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert: /* only via RPCs */     NOBODY,
    update: /* a status, directly */ NOBODY,
    delete:                         NOBODY,
  },
  // The NIKs of the applicant and the proxy live in private.request_identity_numbers: no role reads them
  // through the API, the service role included; staff get them through reveal_applicant_nik (audited).
  'requests (applicant_nik)': {
    select:                         [ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS],
  },
  'requests (proxy_nik)': {
    select:                         [ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS,  ABS],
  },
  'requests (applicant_nik_masked)': {
    select: /* staff and the applicant */ [NO, OK, ZERO, OK,  OK,   OK,   ZERO, NO,   ZERO, ZERO],
  },
  request_fees: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  consequence_tests: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  request_events: {
    select: /* a public event */    [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update: /* superuser below */   NOBODY,
    delete:                         NOBODY,
  },
  'request_events (internal note)': {
    select:                         [NO,   ZERO, ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
  },
  notifications: {
    select:                         [NO,   OK,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update: /* read_at */           [NO,   OK,   ZERO, ZERO, ZERO, ZERO, ZERO, NO,   ZERO, ZERO],
    delete:                         NOBODY,
  },
  'notifications (user_id)': {
    update: /* give it to B */      NOBODY,
  },
  exemption_grounds: {
    select:                         [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  objections: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  disputes: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  request_register: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  objection_register: {
    select:                         [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert:                         NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  report_narratives: {
    select:                         [NO,   ZERO, ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert: /* only via the RPC */  NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
  request_surveys: {
    select: /* A's closed request */ [NO,   OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert: /* only via the RPC */  NOBODY,
    update: /* answers never change */ NOBODY,
    delete:                         NOBODY,
  },
  letters: {
    select: /* a letter on A's request */ [NO, OK, ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    insert: /* only via attach_letter */ NOBODY,
    update:                         NOBODY,
    delete:                         NOBODY,
  },
} satisfies Record<string, Partial<Record<TableOp, Row>>>
export type TableResource = keyof typeof TABLES

/** History and audit are append-only for the superuser too (no grant stops it: only the trigger). */
export const APPEND_ONLY = {
  audit_log: ['update', 'delete', 'truncate'],
  request_events: ['update', 'delete', 'truncate'],
} as const
export type AppendOnlyTable = keyof typeof APPEND_ONLY
export type SuperuserOp = (typeof APPEND_ONLY)[AppendOnlyTable][number]

export type StorageOp = 'upload' | 'download' | 'list' | 'sign' | 'delete'

// Objects in A's folders (identity, attachments) and in the folder of A's request (responses).
// `delete` aims at an object nothing links to; "(linked)" at one a files row links to.
export const STORAGE = {
  //                                 anon  A     B     petug ppid  atasan admin svc   exOff metaPpid
  'identity/<A>/…': {
    upload:                         [RLS,  OK,   RLS,  RLS,  RLS,  RLS,  RLS,  OK,   RLS,  RLS],
    download:                       [NF,   OK,   NF,   OK,   OK,   OK,   NF,   OK,   NF,   NF],
    list:                           [ZERO, OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    sign:                           [NF,   OK,   NF,   OK,   OK,   OK,   NF,   OK,   NF,   NF],
    delete:                         [ZERO, OK,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
  },
  'identity/<A>/… (linked)': {
    delete:                         [ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
  },
  'attachments/<A>/…': {
    upload:                         [RLS,  OK,   RLS,  RLS,  RLS,  RLS,  RLS,  OK,   RLS,  RLS],
    download:                       [NF,   OK,   NF,   OK,   OK,   OK,   NF,   OK,   NF,   NF],
    list:                           [ZERO, OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    sign:                           [NF,   OK,   NF,   OK,   OK,   OK,   NF,   OK,   NF,   NF],
    delete:                         [ZERO, OK,   ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
  },
  'attachments/<A>/… (linked)': {
    delete:                         [ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
  },
  'responses/<request>/…': {
    upload: /* attach_response's */ [RLS,  RLS,  RLS,  OK,   OK,   RLS,  RLS,  OK,   RLS,  RLS],
    download:                       [NF,   OK,   NF,   OK,   OK,   OK,   NF,   OK,   NF,   NF],
    list:                           [ZERO, OK,   ZERO, OK,   OK,   OK,   ZERO, OK,   ZERO, ZERO],
    sign:                           [NF,   OK,   NF,   OK,   OK,   OK,   NF,   OK,   NF,   NF],
    delete: /* the service sweeps */ [ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, OK,   ZERO, ZERO],
  },
  'responses/<no such request>/…': {
    upload:                         [RLS,  RLS,  RLS,  RLS,  RLS,  RLS,  RLS,  OK,   RLS,  RLS],
  },
} satisfies Record<string, Partial<Record<StorageOp, Row>>>
export type StorageResource = keyof typeof STORAGE

// Every function in public a client can call (catalog.test.ts fails when one is missing here). Each
// cell makes the call that would succeed for the right actor: the request, objection or dispute is in
// the state the function starts from, so a denial comes from who is calling and nothing else.
// Not here: the computed columns (next_deadline, working_days_left, is_overdue, objection_working_days_left),
// read through their table's RLS. applicant_nik_masked is here too: PostgREST serves it as an RPC taking a
// row the caller writes, so it must refuse a forged row of someone else's request.
export const RPCS = {
  //                                 anon  A     B     petug ppid  atasan admin svc   exOff metaPpid
  submit_request: /* own */         [NO,   OK,   OK,   REF,  REF,  REF,  REF,  NO,   REF,  REF],
  add_identity_document:            [NO,   OK,   REF,  REF,  REF,  REF,  REF,  NO,   REF,  REF],
  register_offline_request:         [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  lookup_request:                   [OK,   OK,   OK,   OK,   OK,   OK,   OK,   NO,   OK,   OK],
  'lookup_request (wrong secret)':  [ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, NO,   ZERO, ZERO],
  accept_request:                   [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  request_completion:               [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  complete_request:                 [NO,   OK,   NF,   NF,   NF,   NF,   NF,   NO,   NF,   NF],
  close_incomplete:                 [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  assign_request:                   [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  extend_request:                   [NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO,   NO,   NO],
  decide_request:                   [NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO,   NO,   NO],
  record_payment:                   [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  deliver_request:                  [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  close_request:                    [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  confirm_receipt:                  [NO,   OK,   NF,   NF,   NF,   NF,   NF,   NO,   NF,   NF],
  withdraw_request:                 [NO,   OK,   NF,   NF,   NF,   NF,   NF,   NO,   NF,   NF],
  send_message:                     [NO,   OK,   NF,   OK,   OK,   OK,   NF,   NO,   NF,   NF],
  add_internal_note:                [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  attach_response:                  [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  submit_objection:                 [NO,   OK,   NF,   NF,   NF,   NF,   NF,   NO,   NF,   NF],
  register_objection:               [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  review_objection:                 [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  decide_objection:                 [NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO,   NO],
  withdraw_objection:               [NO,   OK,   NF,   NF,   NF,   NF,   NF,   NO,   NF,   NF],
  record_objection_reaction:        [NO,   OK,   NF,   NF,   NF,   NF,   NF,   NO,   NF,   NF],
  record_dispute:                   [NO,   OK,   NF,   OK,   OK,   NF,   NF,   NO,   NF,   NF],
  update_dispute:                   [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  grant_role: /* to a new user */   [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  'grant_role (on oneself)':        [NO,   NO,   NO,   NO,   NO,   NO,   NO,   NO,   NO,   NO],
  revoke_role: /* from an officer */ [NO,  NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  'revoke_role (on oneself)':       [NO,   NO,   NO,   NO,   NO,   NO,   NO,   NO,   NO,   NO],
  submit_survey: /* A's closed request */ [NO, OK, NF,  NF,   NF,   NF,   NF,   NO,   NF,   NF],
  staff_queue: /* case staff */     [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  staff_queue_counts:               [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  staff_queue_assignees:            [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  reveal_applicant_nik: /* audited */ [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  'applicant_nik_masked (as an RPC)': [NO, OK, NF,   OK,   OK,   OK,   NF,   NO,   NF,   NF],
  my_nik_masked: /* one's own only */ [NO,  OK,   OK,   OK,   OK,   OK,   OK,   NO,   OK,   OK],
  list_active_staff:                [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  attach_letter: /* a receipt */    [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  deactivate_staff: /* an officer */ [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  admin_find_account:               [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  admin_list_staff:                 [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  save_holiday:                     [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  delete_holiday:                   [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  set_holiday_year:                 [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  import_holidays:                  [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  update_agency_settings:           [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  save_unit: /* a new unit */       [NO,   NO,   NO,   NO,   NO,   NO,   OK,   NO,   NO,   NO],
  report_statistics: /* staff */    [NO,   NO,   NO,   OK,   OK,   OK,   NO,   NO,   NO,   NO],
  save_report_narrative:            [NO,   NO,   NO,   OK,   OK,   NO,   NO,   NO,   NO,   NO],
  public_statistics:                [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  agency_public:                    [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  is_working_day:                   [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  add_working_days:                 [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  working_days_between:             [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  local_date:                       [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  received_day:                     [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  deadline_provisional:             [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  holidays_between:                 [NO,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  nik_is_valid:                     [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  is_plain_line:                    [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
  is_plain_text:                    [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK],
} satisfies Record<string, Row>
export type RpcResource = keyof typeof RPCS

/** Functions returning void answer 204 when they succeed. */
const VOID_RPCS = new Set<string>(['grant_role', 'revoke_role', 'delete_holiday'])

export type Cell =
  | { surface: 'table'; resource: TableResource; op: TableOp; actor: ActorKey; kind: Kind; status: number }
  | { surface: 'storage'; resource: StorageResource; op: StorageOp; actor: ActorKey; kind: Kind; status: number }
  | { surface: 'rpc'; resource: RpcResource; op: 'call'; actor: ActorKey; kind: Kind; status: number }
  | { surface: 'sql'; resource: AppendOnlyTable; op: SuperuserOp; actor: 'superuser'; kind: Kind; status: string }

/**
 * The HTTP status each kind answers with. PostgREST: 42501 is 401 for anon and 403 for a signed-in
 * role; PT403/PT404 are 403/404; P0001 is 400. Storage sends every 4xx as HTTP 400 with the real status
 * in the body's statusCode: that body status is the one written here.
 */
export function statusOf(surface: 'table' | 'storage' | 'rpc', kind: Kind, actor: ActorKey, op: string, resource: string): number {
  switch (kind) {
    case 'allow':
      if (surface === 'table' && op === 'insert') return 201
      if (surface === 'rpc' && VOID_RPCS.has(resource)) return 204
      return 200
    case 'filtered':
      return 200
    case 'permission_denied':
    case 'rls_violation':
    case 'blocked_by_trigger':
      return actor === 'anon' && surface !== 'storage' ? 401 : 403
    case 'not_found':
      return 404
    case 'refused':
    case 'absent':
      return 400
  }
}

function expand<S extends 'table' | 'storage', R extends string, O extends string>(
  surface: S, matrix: Record<R, Partial<Record<O, Row>>>,
) {
  return Object.entries(matrix).flatMap(([resource, ops]) =>
    Object.entries(ops as Record<O, Row>).flatMap(([op, row]) =>
      ACTORS.map((actor, i) => {
        const kind = (row as Row)[i]!
        return { surface, resource: resource as R, op: op as O, actor, kind, status: statusOf(surface, kind, actor, op, resource) }
      })))
}

export const CELLS: Cell[] = [
  ...expand('table', TABLES as Record<TableResource, Partial<Record<TableOp, Row>>>),
  ...expand('storage', STORAGE as Record<StorageResource, Partial<Record<StorageOp, Row>>>),
  ...Object.entries(RPCS).flatMap(([resource, row]) => ACTORS.map((actor, i) => ({
    surface: 'rpc' as const, resource: resource as RpcResource, op: 'call' as const, actor, kind: row[i]!,
    status: statusOf('rpc', row[i]!, actor, 'call', resource),
  }))),
  ...Object.entries(APPEND_ONLY).flatMap(([resource, ops]) => ops.map((op) => ({
    surface: 'sql' as const, resource: resource as AppendOnlyTable, op, actor: 'superuser' as const, kind: TRIG as Kind,
    status: '42501', // the superuser has no HTTP status: the SQLSTATE the trigger raises
  }))),
]

export const cellName = (c: Cell) => `${c.actor} ${c.op} ${c.resource} → ${c.kind} ${c.status}`
