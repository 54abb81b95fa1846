import enums from './en/enums'
import home from './en/home'
import menu from './en/menu'
import upload from './en/upload'
import type { MessageSchema } from './id'

const en: MessageSchema = {
  account: { nav: menu.account, home, upload },
  citizen: { nav: menu.citizen },
  enums,
  queue: { nav: menu.queue },
  reports: { nav: menu.reports },
  officer: { nav: menu.officer },
  admin: { nav: menu.admin },
  app: {
    name: 'Public Information Request Service',
    skipLink: 'Skip to main content',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    signIn: 'Sign in',
    signUp: 'Sign up',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {email}',
    signOutFailed: 'Could not sign out. Check your connection and try again.',
    language: 'Bahasa / Language',
  },
  footer: {
    about: 'This service is run by {agency}, {region}.',
    legal: 'Under Law No. 14 of 2008 on Public Information Disclosure.',
  },
  home: {
    title: 'Home',
    heading: 'Public Information Request Service',
    lead: 'Request public information from {agency} online, then follow every step until you receive it.',
    signIn: 'Sign in',
    signUp: 'Create an account',
  },
  auth: {
    email: 'Email',
    password: 'Password',
    passwordHint: 'At least {min} characters.',
    confirmPassword: 'Repeat password',
    checkFields: 'Please check the marked fields.',
    signIn: {
      title: 'Sign in',
      heading: 'Sign in to your account',
      submit: 'Sign in',
      busy: 'Signing in…',
      noAccount: 'No account yet?',
      signUpLink: 'Sign up here',
      forgotLink: 'Forgot your password?',
    },
    signUp: {
      title: 'Sign up',
      heading: 'Create a new account',
      submit: 'Sign up',
      busy: 'Signing up…',
      haveAccount: 'Already have an account?',
      signInLink: 'Sign in here',
      checkEmailHeading: 'Check your email',
      checkEmail: 'We sent a confirmation link to {email}. Open it to activate your account, then sign in.',
    },
    validation: {
      emailRequired: 'Email is required.',
      emailInvalid: "This is not a valid email address, for example: name{'@'}example.id.",
      passwordRequired: 'Password is required.',
      passwordTooShort: 'Password must be at least {min} characters.',
      confirmRequired: 'Repeat your password.',
      confirmMismatch: 'The passwords do not match.',
    },
    errors: {
      invalid_credentials: 'Wrong email or password.',
      email_not_confirmed: 'Your email is not confirmed yet. Open the confirmation link we sent you.',
      user_already_exists: 'This email is already registered. Please sign in.',
      weak_password: 'This password is too weak. Use a longer password that is hard to guess.',
      over_request_rate_limit: 'Too many attempts. Wait a few minutes and try again.',
      over_email_send_rate_limit: 'Too many emails sent. Wait a few minutes and try again.',
      signup_disabled: 'Sign-up is currently closed.',
      network: 'Cannot reach the server. Check your internet connection and try again.',
      unknown: 'Something went wrong. Please try again.',
    },
  },
  forbidden: {
    title: 'Not allowed',
    heading: 'This page is not for your account',
    body: 'This page is only for staff with a particular role. If you should have access, contact the PPID admin.',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'The address you opened does not exist or has moved.',
    home: 'Back to home',
  },
}

export default en
