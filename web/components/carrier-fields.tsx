import { NativeSelect, TextInput } from '@mantine/core';
import type { MobileCarrierId } from '../../shared/carriers.ts';
import { carrierOptions, toCarrier } from './carrier-options.ts';

export type CarrierWords = { carrier: string; carrierHint: string; none: string; other: string; domain: string; domainHint: string };

type CarrierFieldsProps = {
  /** Form field names start with this, e.g. `contacts.0.` gives `contacts.0.mobileCarrier`. */
  prefix: string;
  carrier: MobileCarrierId | null;
  domain: string;
  onChange: (values: { carrier: MobileCarrierId | null; domain: string }) => void;
  errors: Record<string, string | undefined>;
  words: CarrierWords;
};

/** A mobile's carrier, and the gateway's domain when the carrier is not listed: what a text to the number needs. */
export function CarrierFields({ prefix, carrier, domain, onChange, errors, words }: CarrierFieldsProps) {
  return (
    <>
      <NativeSelect
        name={`${prefix}mobileCarrier`}
        label={words.carrier}
        description={words.carrierHint}
        data={carrierOptions({ none: words.none, other: words.other })}
        value={carrier ?? ''}
        onChange={(event) => { onChange({ carrier: toCarrier(event.currentTarget.value), domain }); }}
        error={errors[`${prefix}mobileCarrier`]}
      />
      {carrier === 'other' ? (
        <TextInput
          name={`${prefix}mobileCarrierDomain`}
          label={words.domain}
          description={words.domainHint}
          autoComplete="off"
          spellCheck={false}
          value={domain}
          onChange={(event) => { onChange({ carrier, domain: event.currentTarget.value }); }}
          error={errors[`${prefix}mobileCarrierDomain`]}
        />
      ) : null}
    </>
  );
}
