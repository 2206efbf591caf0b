import type { Page } from 'playwright-core';

/** Picks an option in a field by its label, whether the field is a native select or a Mantine combobox. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  const field = page.getByLabel(label, { exact: true }).first();
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
    const value = await field.evaluate(
      (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => (typeof wanted === 'string' ? o.label === wanted : new RegExp(wanted).test(o.label)))?.value ?? '',
      typeof option === 'string' ? option : option.source,
    );
    await field.selectOption(value);
    return;
  }
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}
