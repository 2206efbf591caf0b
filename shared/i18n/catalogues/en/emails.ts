/**
 * Every email and text Porter sends, in the addressee's language. Emails are plain text: a line
 * of a body is one key; user content (a message, a note) is added as its own line, never inside.
 */
export const emails = {
  greeting: 'Hello {{name}},',
  /** Under a message the office writes to a customer's contact. */
  contactMessage: {
    signature: '—\n{{name}}, {{company}}',
  },
  passwordReset: {
    subjectOffice: 'Choose a new password for Porter',
    subjectPortal: 'Choose a new password for {{company}}',
    askedOffice: 'Someone asked to reset the password of your Porter office account at {{company}}. To choose a new password, open this link within one hour:',
    askedPortal: 'Someone asked to reset the password of the {{company}} customer portal. To choose a new password, open this link within one hour:',
    worksOnce: 'The link works once. If you did not ask for this, ignore this email: your password stays as it is.',
  },
  passwordLink: {
    subject: 'Choose a new password for Porter',
    sent: '{{sender}} sent you a link to choose a new password for your Porter office account at {{company}}. Open it within one hour:',
    worksOnce: 'The link works once. If you do not want to change your password, ignore this email.',
  },
  staffInvitation: {
    subject: 'You have been invited to {{company}} on Porter',
    added: '{{inviter}} has added you to {{company}}’s office on Porter as {{role}}.',
    choosePassword: 'Choose your password here (the link works once, for 7 days):',
    afterwards: 'After that, sign in with {{email}} and your password. If you did not expect this, ignore this email.',
  },
  /** A role inside a sentence ("… as technician."), hence lower case. */
  roles: {
    owner: 'owner',
    admin: 'admin',
    manager: 'manager',
    supervisor: 'supervisor',
    technician: 'technician',
    no_access: 'no access',
  },
  portalInvitation: {
    subject: 'Your {{company}} customer portal',
    access: '{{company}} has given you access to its customer portal, where you can see and manage the cleaning of your locations.',
    choosePassword: 'Choose your password here (the link works once, for 7 days):',
    afterwards: 'After that, sign in with {{email}} and your password.',
    afterwardsWithContact: 'After that, sign in with {{email}} and your password. Questions? Contact {{company}} at {{contact}}.',
  },
  emailChange: {
    subject: 'Confirm your new email for {{company}}',
    useAddress: 'To use this address to sign in to the {{company}} customer portal, open this link within 24 hours:',
    notYou: 'If you did not ask for this, ignore this email: nothing changes.',
  },
  request: {
    subject: '[{{reference}}] {{headline}}',
    about: '{{headline}} — your request {{reference}} ({{subject}}) at {{location}}.',
    requestedAt: 'Requested on {{time}}.',
    seeIt: 'See the request: {{link}}',
    /** What happened, by the request's new status; `replied` for a reply from the office. */
    headlines: {
      new: 'We received your request',
      in_progress: 'Your request is in progress',
      pending_confirmation: 'Please confirm the problem is fixed',
      resolved: 'Your request is resolved',
      closed: 'Your request was closed',
      replied: '{{company}} replied',
    },
    /** Sent with "please confirm" when the office wrote nothing of its own. */
    pleaseConfirm: 'We believe this is fixed. Please confirm, or tell us if it is not.',
  },
  supplyOrder: {
    subject: 'Supply order {{reference}}: {{status}}',
    nowStatus: 'Your supply order {{reference}} for {{location}} is now {{status}}.',
    orderedAt: 'Ordered on {{time}}.',
    noteFrom: 'A note from {{company}}:',
    youOrdered: 'You ordered:',
    line: '- {{quantity}} × {{product}} ({{unit}})',
    seeOrders: 'See your orders on the portal: {{link}}',
    statuses: {
      submitted: 'Submitted',
      approved: 'Approved',
      delivered: 'Delivered',
      cancelled: 'Cancelled',
    },
  },
  /** Emails and texts to staff about something at a location they look after. */
  staffNotices: {
    openIt: 'Open it: {{link}}',
    newRequest: {
      title: 'New request {{reference}} from {{customer}} at {{location}}: {{subject}}',
      body: '{{person}} ({{customer}}, {{location}}) asked for {{subject}}:',
    },
    customerReply: {
      title: '{{person}} replied on {{reference}} at {{location}}',
      body: '{{person}} ({{customer}}, {{location}}) replied on {{reference}} ({{subject}}):',
    },
    fixConfirmed: {
      title: '{{reference}}: the customer confirmed the fix',
      body: '{{reference}}: the customer confirmed the fix.',
      /** When the customer added no comment of their own. */
      comment: 'Confirmed: the problem is fixed.',
    },
    notFixed: {
      title: '{{reference}}: the customer says it is not fixed',
      body: '{{reference}}: the customer says it is not fixed.',
      comment: 'Not fixed yet.',
    },
    assigned: {
      title: '{{assigner}} assigned {{reference}} to you: {{subject}} at {{location}}',
      body: '{{assigner}} assigned you {{reference}} ({{subject}}) from {{customer}} at {{location}}.',
    },
    supplyOrder: {
      title: 'Supply order {{reference}} from {{customer}} at {{location}}',
      body: '{{person}} ordered for {{location}} ({{customer}}):',
      note: 'Note: {{note}}',
    },
    chatMessage: {
      title: 'New chat message from {{person}} ({{customer}}, {{location}})',
      body: '{{person}} ({{customer}}) wrote in the chat of {{location}}:',
      photo: '(a photo)',
    },
    visitSkipped: {
      title: '{{customer}} skipped a visit at {{location}}: {{service}}, {{when}}',
      body: '{{person}} ({{customer}}) skipped “{{service}}” at {{location}} on {{when}} in the portal. The visit is marked skipped; its series is unchanged.',
    },
    visitProblem: {
      title: '{{person}} flagged a problem at {{location}}: {{service}}, {{when}}',
      body: '{{person}} flagged a problem during “{{service}}” for {{customer}} at {{location}} ({{when}}):',
    },
    feedback: {
      title: 'Feedback from {{customer}} at {{location}}: {{rating}}',
      body: '{{person}} of {{customer}} rated {{location}}: {{rating}} ({{score}} of {{max}}).',
    },
    ratings: {
      '1': 'Extremely Dissatisfied',
      '2': 'Dissatisfied',
      '3': 'Neutral',
      '4': 'Satisfied',
      '5': 'Extremely Satisfied',
    },
  },
  /** A visit the office changed on its own: to the customer's portal users who can see it. */
  visitChange: {
    subjects: {
      moved: 'Your visit on {{date}} has a new time',
      skipped: 'Your visit on {{date}} is skipped',
      cancelled: 'Your visit on {{date}} is cancelled',
    },
    moved: 'Your visit ({{service}}) at {{location}}, planned for {{time}}, has moved to {{newTime}}.',
    skipped: 'We are skipping your visit ({{service}}) at {{location}} on {{time}}: nobody will come that day.',
    cancelled: 'Your visit ({{service}}) at {{location}} on {{time}} is cancelled.',
    reasonFrom: 'The reason {{company}} gave:',
    seePortal: 'Your customer portal: {{link}}',
  },
  /** A staff member's calendar feed of their visits, in their language. */
  calendar: {
    name: '{{person}}: visits for {{company}}',
    summary: '{{service}} – {{customer}}',
    team: 'Team: {{team}}',
    notes: 'Notes for the team:',
  },
  quote: {
    subject: 'Quote {{number}} from {{company}}: {{title}}',
    sent: '{{company}} has sent you quote {{number}}, “{{title}}”, for {{total}}.',
    validUntil: 'You can accept it until {{validUntil}}. Read the terms, then accept or decline it in the customer portal:',
    seeIt: '{{link}}',
  },
  /** A sent invoice: to each billing contact of the customer. */
  invoice: {
    subject: 'Invoice {{number}} from {{company}}',
    body: 'Invoice {{number}} for {{total}} is due on {{dueDate}}.',
    link: 'See it and pay it in your customer portal: {{link}}',
  },
};
