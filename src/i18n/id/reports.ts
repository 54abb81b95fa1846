// Messages are compiled by vue-i18n: a literal @ { } | or $ must be written as {'@'} and so on.
const reports = {}

export default reports
