/** Work done in the field without a signal, kept on the phone until it can be sent. */
export const offline = {
  waiting_one: '{{count}} change waiting to send',
  waiting_other: '{{count}} changes waiting to send',
  waitingText: 'Kept on this phone. It is sent by itself when the connection returns.',
  sendNow: 'Send now',
  refusedTitle: 'Not saved',
  refused: '{{what}}: {{reason}}',
  dismiss: 'OK',
};
