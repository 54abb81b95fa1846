import type reports from '../id/reports'

const en: typeof reports = {}

export default en
