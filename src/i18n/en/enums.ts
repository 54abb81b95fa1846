import type enums from '../id/enums'

const en: typeof enums = {
  requestStatus: {
    submitted: 'Received',
    in_process: 'In process',
    needs_completion: 'Needs completion',
    extended: 'Extended',
    decided: 'Decided',
    awaiting_payment: 'Awaiting payment',
    delivered: 'Information delivered',
    closed: 'Closed',
    closed_incomplete: 'Closed (not completed)',
    withdrawn: 'Withdrawn',
  },
  objectionStatus: {
    submitted: 'Filed',
    in_review: 'In review',
    upheld: 'Upheld',
    rejected: 'Rejected',
    settled_musyawarah: 'Settled by deliberation',
    withdrawn: 'Withdrawn',
  },
  decisionType: {
    granted_full: 'Granted in full',
    granted_partial: 'Granted in part',
    rejected_exempt: 'Refused (exempt information)',
    not_held_forwarded: 'Not held, forwarded to another public body',
    not_held_unknown: 'Not held, holder unknown',
    not_yet_documented: 'Not yet documented',
  },
  channel: {
    web: 'Website',
    langsung: 'In person',
    telepon: 'Phone',
    email: 'Email',
    surat: 'Letter',
    whatsapp: 'WhatsApp',
    lainnya: 'Other',
  },
  applicantType: {
    perorangan: 'Individual',
    kelompok_orang: 'Group of people',
    badan_hukum: 'Legal entity',
  },
  obtainMethod: {
    melihat: 'Viewing',
    membaca: 'Reading',
    mendengarkan: 'Listening',
    mencatat: 'Taking notes',
    salinan_softcopy: 'Electronic copy',
    salinan_hardcopy: 'Printed copy',
  },
  copyMethod: {
    ambil_langsung: 'Collect in person',
    kurir: 'Courier',
    pos: 'Post',
    faksimili: 'Fax',
    email: 'Email',
  },
  objectionGround: {
    a: 'a. Refused on exemption grounds (Article 17)',
    b: 'b. Periodic information not provided (Article 9)',
    c: 'c. Request not answered',
    d: 'd. Request answered other than as asked',
    e: 'e. Request not fulfilled',
    f: 'f. Unreasonable fee',
    g: 'g. Information delivered late',
  },
  staffRole: {
    petugas: 'Service officer',
    ppid: 'PPID',
    atasan_ppid: 'PPID supervisor',
    admin: 'Admin',
  },
  holidayKind: {
    libur_nasional: 'National holiday',
    cuti_bersama: 'Collective leave',
    lokal: 'Regional holiday',
  },
  fileCheck: {
    pending: 'Not checked yet',
    verified: 'Verified',
    mismatch: 'Content does not match the file type',
  },
}

export default en
