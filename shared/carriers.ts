/**
 * Mobile carriers' email-to-text gateways: an email to <digits>@<domain> arrives as a text
 * message. "other" lets the office type a gateway domain that is not listed.
 */
export const mobileCarriers = [
  { id: 'att', name: 'AT&T', domain: 'txt.att.net' },
  { id: 'verizon', name: 'Verizon', domain: 'vtext.com' },
  { id: 'tmobile', name: 'T-Mobile', domain: 'tmomail.net' },
  { id: 'uscellular', name: 'US Cellular', domain: 'email.uscc.net' },
  { id: 'cricket', name: 'Cricket Wireless', domain: 'sms.cricketwireless.net' },
  { id: 'boost', name: 'Boost Mobile', domain: 'sms.myboostmobile.com' },
  { id: 'metro', name: 'Metro by T-Mobile', domain: 'mymetropcs.com' },
  { id: 'googlefi', name: 'Google Fi', domain: 'msg.fi.google.com' },
  { id: 'consumer', name: 'Consumer Cellular', domain: 'mailmymobile.net' },
  { id: 'rogers', name: 'Rogers (Canada)', domain: 'pcs.rogers.com' },
  { id: 'bell', name: 'Bell (Canada)', domain: 'txt.bell.ca' },
  { id: 'telus', name: 'Telus (Canada)', domain: 'msg.telus.com' },
  { id: 'other', name: 'Other (enter the gateway domain)', domain: null },
] as const;

export type MobileCarrierId = (typeof mobileCarriers)[number]['id'];
export const mobileCarrierIds = mobileCarriers.map((c) => c.id) as [MobileCarrierId, ...MobileCarrierId[]];

/** The address a text goes to, or null when the number or carrier is missing. */
export function textGatewayAddress(mobile: string | null, carrier: MobileCarrierId | null, otherDomain: string | null): string | null {
  const digits = (mobile ?? '').replace(/\D/g, '');
  if (digits.length < 7 || !carrier) return null;
  const domain = carrier === 'other' ? otherDomain : mobileCarriers.find((c) => c.id === carrier)?.domain;
  return domain ? `${digits}@${domain}` : null;
}
