import { useState, type SubmitEvent, type SyntheticEvent } from 'react';
import type { z } from 'zod';
import { defaultLanguage, isLanguage } from '../../shared/i18n/languages.ts';
import { translateMessage } from '../../shared/i18n/messages.ts';
import { isApiError, type FieldErrors } from './api-client.ts';
import { i18n } from './i18n.ts';

/** The words for what to fix, with what they need fetched the first time a form finds a mistake. */
async function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): Promise<FieldErrors> {
  const [{ issueMessage }] = await Promise.all([import('../../shared/i18n/issue-message.ts'), i18n.loadNamespaces('errors')]);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    // Contracts give catalogue keys, not words: the same message the server would answer, in the page's language.
    errors[key] ??= translateMessage(i18n.t, isLanguage(i18n.language) ? i18n.language : defaultLanguage, issueMessage(issue));
  }
  return errors;
}

function defaultRead(data: FormData): unknown {
  return Object.fromEntries(data);
}

interface MutationState {
  error: unknown;
  reset: () => void;
}

interface Options<S extends z.ZodType> {
  /** The schema, or how to load it: a form on a first page can leave zod for its first submit. */
  schema: S | (() => Promise<S>);
  mutation: MutationState;
  onValid: (values: z.output<S>) => void;
  /** Builds the values to check from the form's data; by default each named input becomes one text value. */
  read?: (data: FormData) => unknown;
}

/**
 * Reads a form's named inputs and checks them with the same zod schema the server uses, so people see the
 * server's wording without a round trip; merges in the `fields` of a failed API answer. An error disappears
 * as soon as its input is edited.
 */
export function useFormSubmit<S extends z.ZodType>({ schema, mutation, onValid, read = defaultRead }: Options<S>) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());

  const serverFields = isApiError(mutation.error) ? mutation.error.fields : {};
  const errors: FieldErrors = {};
  for (const [name, message] of Object.entries({ ...serverFields, ...clientErrors })) {
    if (!edited.has(name)) errors[name] = message;
  }

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = read(new FormData(form));
    setEdited(new Set());
    if (typeof schema === 'function') void schema().then((loaded) => { check(loaded, values, form); });
    else check(schema, values, form);
  }

  function check(loaded: S, values: unknown, form: HTMLFormElement) {
    const parsed = loaded.safeParse(values);
    if (!parsed.success) {
      mutation.reset();
      void issuesToFieldErrors(parsed.error.issues).then((fieldErrors) => {
        setClientErrors(fieldErrors);
        // Long forms: take the person to the first thing to fix.
        const first = Object.keys(fieldErrors)[0];
        const input = first ? form.elements.namedItem(first) : null;
        if (input instanceof HTMLElement) input.focus();
      });
      return;
    }
    setClientErrors({});
    onValid(parsed.data);
  }

  function onChange(event: SyntheticEvent<HTMLFormElement>) {
    const target = event.target;
    const editable =
      target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (editable && errors[target.name]) {
      setEdited((previous) => new Set(previous).add(target.name));
    }
  }

  return { errors, formProps: { onSubmit, onChange, noValidate: true } };
}
