/** Signing in and getting back in: staff and portal sign-in, passwords, invitations, email confirmation. */
export const auth = {
  signIn: {
    title: 'Sign in',
    staffSubtitle: 'For office and field staff.',
    customersHint: 'Customers: use the portal link your cleaning company sent you.',
    forgotPassword: 'Forgot password?',
    portalSubtitle: 'Your customer portal at {{company}}.',
    accessRemoved: 'Your access was removed',
    noAccount: 'No account yet? {{company}} invites its customers to the portal: ask them for an invitation.',
    portalUnavailable: 'The customer portal of {{company}} is not available right now.',
  },
  forgotPassword: {
    pageTitle: 'Forgot password',
    title: 'Forgot your password?',
    intro: 'Enter the email address you sign in with. We’ll send you a link to choose a new password.',
    submit: 'Send reset link',
    sent: 'Check your inbox',
    backToSignIn: 'Back to sign in',
  },
  resetPassword: {
    title: 'Choose a new password',
    requestNewLink: 'Request a new link',
    submit: 'Set new password',
    done: 'Password changed',
  },
  password: {
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm new password',
    mismatch: 'The two passwords don’t match',
  },
  /** A password or invitation page opened without the token from its email. */
  missingToken: {
    title: 'This link is incomplete',
    text: 'Open the link from the email again, or ask for a new one.',
  },
  invitation: {
    staffTitle: 'Welcome to Porter',
    staffSubtitle: 'Choose a password for your office account. You will sign in with it from now on.',
    portalPageTitle: 'Welcome',
    portalTitle: 'Welcome to {{company}}',
    portalSubtitle: 'Choose a password for your customer portal. You will sign in with it from now on.',
    submit: 'Set password and sign in',
  },
  confirmEmail: {
    title: 'Confirm your email',
    confirmed: 'Email address confirmed',
    confirming: 'Confirming your new address…',
  },
};
