/** Reading typed values out of FormData for forms whose shape is more than one text per input. */

export function textField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** A checkbox or switch: present (as "on") only when ticked. */
export function checkedField(data: FormData, name: string): boolean {
  return data.get(name) !== null;
}
