import type menu from '../id/menu'

const en: typeof menu = {
  account: { profile: 'My profile', lookup: 'Check status' },
  citizen: {
    newRequest: 'File a request',
    myRequests: 'My requests',
    notifications: 'Notifications',
    unread: '{count} unread',
  },
  officer: {
    offline: 'Record offline request',
    objections: 'Objections',
  },
  queue: {
    dashboard: 'Officer dashboard',
    queue: 'Queue',
  },
  reports: {
    register: 'Registers',
    report: 'Service report',
    statistics: 'Statistics',
  },
  admin: {
    staff: 'Staff',
    holidays: 'Holidays',
    settings: 'Settings',
    units: 'Units',
  },
}

export default en
