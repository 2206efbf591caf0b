import { errors } from './catalogues/en/errors.ts';
import { message, type ErrorKey, type Message } from './messages.ts';

// Apart from messages.ts, which every contract imports for `errorKey`: this one reads the English
// catalogue itself, and the web app loads it only when a form finds a mistake.

function isErrorKey(key: string): key is ErrorKey {
  let node: unknown = errors;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** What a zod issue says, as far as choosing words goes (zod's own issue type fits it). */
export interface IssueLike {
  code: string;
  message?: string | undefined;
  origin?: string | undefined;
  minimum?: number | bigint | undefined;
  maximum?: number | bigint | undefined;
  inclusive?: boolean | undefined;
  format?: string | undefined;
  expected?: string | undefined;
  divisor?: number | undefined;
  keys?: readonly string[] | undefined;
}

const asNumber = (value: number | bigint | undefined) => (value === undefined ? undefined : Number(value));

/**
 * The words for one failed check: the contract's own key when it gave one (`errorKey(...)`), with
 * the check's `{{minimum}}` and `{{maximum}}`; otherwise ours for the kind of check, never zod's
 * English. Used by the server's validation answer and by forms that check before sending.
 */
export function issueMessage(issue: IssueLike): Message {
  const minimum = asNumber(issue.minimum);
  const maximum = asNumber(issue.maximum);
  const given = issue.message?.startsWith('errors:') ? issue.message.slice('errors:'.length) : null;
  if (given && isErrorKey(given)) {
    const values: Record<string, number> = {};
    if (minimum !== undefined) values.minimum = minimum;
    if (maximum !== undefined) values.maximum = maximum;
    return message(given, values);
  }
  const items = issue.origin === 'array' || issue.origin === 'set';
  switch (issue.code) {
    case 'invalid_type':
      if (/received (undefined|null)$/.test(issue.message ?? '')) return message('validation.required');
      if (issue.expected === 'int') return message('validation.wholeNumber');
      if (issue.expected === 'number' || issue.expected === 'bigint') return message('validation.number');
      return message('validation.invalid');
    case 'too_small':
      if (minimum === undefined) return message('validation.invalid');
      if (issue.origin === 'string') return minimum <= 1 ? message('validation.required') : message('validation.tooShort', { minimum });
      if (items) return minimum <= 1 ? message('validation.chooseAtLeastOne') : message('validation.chooseAtLeast', { minimum });
      return message(issue.inclusive === false ? 'validation.moreThan' : 'validation.atLeast', { minimum });
    case 'too_big':
      if (maximum === undefined) return message('validation.invalid');
      if (issue.origin === 'string') return message('validation.tooLong', { maximum });
      if (items) return message('validation.chooseAtMost', { maximum });
      return message(issue.inclusive === false ? 'validation.lessThan' : 'validation.atMost', { maximum });
    case 'invalid_format':
      if (issue.format === 'email') return message('validation.email');
      if (issue.format === 'url') return message('validation.url');
      return message('validation.invalid');
    case 'invalid_value':
      return message('validation.chooseOption');
    case 'not_multiple_of':
      return issue.divisor === undefined ? message('validation.invalid') : message('validation.multipleOf', { divisor: issue.divisor });
    case 'unrecognized_keys':
      return message('validation.unknownFields', { keys: (issue.keys ?? []).join(', ') });
    default:
      return message('validation.invalid');
  }
}
