// Unit tests mount pages directly, without the router's lazy message loading: give them every module.
import { preloadAllMessages } from '@/i18n'
import enAccount from '@/i18n/en/account'
import enAdmin from '@/i18n/en/admin'
import enCitizen from '@/i18n/en/citizen'
import enOfficer from '@/i18n/en/officer'
import enQueue from '@/i18n/en/queue'
import enReports from '@/i18n/en/reports'
import account from '@/i18n/id/account'
import admin from '@/i18n/id/admin'
import citizen from '@/i18n/id/citizen'
import officer from '@/i18n/id/officer'
import queue from '@/i18n/id/queue'
import reports from '@/i18n/id/reports'

preloadAllMessages('id', { account, citizen, officer, queue, reports, admin })
preloadAllMessages('en', { account: enAccount, citizen: enCitizen, officer: enOfficer, queue: enQueue, reports: enReports, admin: enAdmin })
