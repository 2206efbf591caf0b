import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { prepaySchema } from '../features/billing/payments.contract.ts';
import { createFeedbackSchema } from '../features/feedback/feedback.contract.ts';
import { createSupplyOrderSchema } from '../features/supplies/supplies.contract.ts';
import { i18nOptions } from './i18n-options.ts';
import type { Language } from './languages.ts';
import { issueMessage } from './issue-message.ts';
import { errorKey, message, translateMessage, type Message } from './messages.ts';

const instance = i18next.createInstance();
await instance.init(i18nOptions('en'));
const say = (language: Language, text: Message) => translateMessage(instance.getFixedT(language), language, text);
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues;
};
const words = (schema: z.ZodType, value: unknown, language: Language = 'en') =>
  Object.fromEntries(issuesOf(schema, value).map((issue) => [issue.path.join('.'), say(language, issueMessage(issue))]));

describe('messages', () => {
  it('translate nested messages, lists of messages and values written per language', () => {
    const text = message('supplies.checkOrder', {
      problems: [message('supplies.lineNotOrderable', { line: 2, location: 'Main office' }), message('supplies.lineRepeats', { line: 3, product: 'Soap', earlier: 1 })],
    });
    expect(say('en', text)).toBe('Please check your order: line 2 is not a product you can order for Main office; line 3 repeats Soap from line 1.');
    expect(say('es', message('supplies.cannotMark', { from: message('supplyStatus.delivered'), to: message('supplyStatus.approved') }))).toBe(
      'Este pedido está entregado; no se puede marcar como aprobado.',
    );
    expect(say('da', message('rateLimit.signIn', { wait: (language) => (language === 'da' ? '2 sekunder' : '?') }))).toBe('For mange loginforsøg. Vent 2 sekunder, og prøv igen.');
  });

  it('do not read a value as a key or a nesting, whatever a person typed', () => {
    expect(say('en', message('customers.alreadyArchived', { name: '$t(errors:general.forbidden) {{name}}' }))).toBe('$t(errors:general.forbidden) {{name}} is already in the archive.');
  });
});

describe('zod issues', () => {
  it('use the contract’s own key with the check’s numbers, in every language', () => {
    expect(words(createFeedbackSchema, { locationId: '', rating: 9, note: 'x'.repeat(2001) })).toEqual({
      locationId: 'Choose a location',
      rating: 'Choose a rating from Extremely Dissatisfied to Extremely Satisfied',
      note: 'Keep it under 2,000 characters',
    });
    expect(words(createFeedbackSchema, { locationId: 'l', note: 'x'.repeat(2001) }, 'es')).toEqual({ rating: 'Elige una valoración', note: 'Escribe menos de 2000 caracteres' });
    expect(words(createFeedbackSchema, { locationId: 'l', rating: 3, note: 'x'.repeat(2001) }, 'da')).toEqual({ note: 'Hold det under 2.000 tegn' });
    expect(words(createSupplyOrderSchema, { locationId: 'l', lines: [{ productId: 'p', quantity: 501 }] })).toEqual({
      'lines.0.quantity': 'At most 500 of one product per order; call us for more',
    });
  });

  it('name no number for money limits, which are in minor units, at each boundary', () => {
    const prepay = (amount: number) => ({ amount, idempotencyKey: 'k'.repeat(20) });
    expect(words(prepaySchema, prepay(99))).toEqual({ amount: 'Enter a larger amount' });
    expect(prepaySchema.safeParse(prepay(100)).success).toBe(true);
    expect(prepaySchema.safeParse(prepay(10_000_000)).success).toBe(true);
    expect(words(prepaySchema, prepay(10_000_001))).toEqual({ amount: 'This amount is too large; check it for a typing mistake' });
    expect(words(prepaySchema, prepay(10_000_001), 'da')).toEqual({ amount: 'Beløbet er for stort; tjek det for en tastefejl' });
  });

  it('replace zod’s own English with ours, by the kind of check', () => {
    const schema = z.object({
      name: z.string().min(1),
      code: z.string().min(4).max(8),
      email: z.email(),
      site: z.url(),
      count: z.number().int().min(1).max(9),
      ratio: z.number().positive(),
      kind: z.enum(['a', 'b']),
      ids: z.array(z.string()).min(1).max(2),
      missing: z.string(),
    }).strict();
    const value = { name: '', code: 'abc', email: 'no', site: 'nope', count: 1.5, ratio: 0, kind: 'c', ids: [], extra: 1 };
    expect(words(schema, value)).toEqual({
      name: 'This field is required',
      code: 'Use at least 4 characters',
      email: 'Enter a valid email address',
      site: 'Enter a full web address',
      count: 'Enter a whole number',
      ratio: 'Enter more than 0',
      kind: 'Choose one of the options',
      ids: 'Choose at least one',
      missing: 'This field is required',
      '': 'Leave out the unknown fields: extra',
    });
    expect(words(schema, { ...value, code: 'x'.repeat(9), count: 10, ids: ['a', 'b', 'c'] }, 'es')).toMatchObject({
      code: 'Usa como máximo 8 caracteres',
      count: 'Introduce 9 o menos',
      ids: 'Elige como máximo 2',
      missing: 'Este campo es obligatorio',
    });
    expect(words(schema, value, 'da')).toMatchObject({ name: 'Feltet skal udfyldes', email: 'Angiv en gyldig e-mailadresse' });
  });

  it('fall back to our words for a key the catalogue does not have', () => {
    expect(say('en', issueMessage({ code: 'custom', message: 'errors:validation.noSuchKey' }))).toBe('This value is not valid');
    expect(errorKey('validation.chooseRating')).toBe('errors:validation.chooseRating');
  });
});

// Zod checks whose string argument becomes the message a person reads.
const checks = new Set(['min', 'max', 'length', 'nonempty', 'regex', 'email', 'url', 'int', 'positive', 'nonnegative', 'gt', 'gte', 'lt', 'lte', 'refine', 'enum', 'number', 'string', 'startsWith', 'endsWith', 'includes']);
const hasWords = /\p{L}{2,}/u;

function sourcesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourcesIn(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('contracts', () => {
  it('give zod a catalogue key, never words of their own', () => {
    const shared = path.resolve(import.meta.dirname, '..');
    const found: string[] = [];
    for (const file of sourcesIn(shared)) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && checks.has(node.expression.name.text)) {
          for (const argument of node.arguments) {
            if ((ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument) || ts.isTemplateExpression(argument)) && hasWords.test(argument.getText())) {
              found.push(`${path.relative(shared, file)}:${String(source.getLineAndCharacterOfPosition(argument.getStart()).line + 1)} ${argument.getText()}`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });
});
