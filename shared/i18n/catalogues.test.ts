import { describe, expect, it } from 'vitest';
import { catalogues, namespaces, translatedNamespaces } from './catalogues.ts';
import { languages } from './languages.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1]).sort();

describe('catalogues', () => {
  for (const language of languages.filter((l) => l !== 'en')) {
    for (const namespace of translatedNamespaces) {
      it(`${language}:${namespace} has every English key, with the same {{variables}}`, () => {
        const english = flatten(catalogues.en[namespace] as Tree);
        const translated = flatten((catalogues[language][namespace] ?? {}) as Tree);
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [key, text] of english) expect(variables(translated.get(key) ?? ''), `${language}:${namespace}:${key}`).toEqual(variables(text));
      });
    }
  }

  it('have no empty text in any language', () => {
    for (const language of languages) {
      for (const namespace of namespaces) {
        const empty = [...flatten((catalogues[language][namespace] ?? {}) as Tree)].filter(([, text]) => text.trim() === '').map(([key]) => key);
        expect(empty, `${language}:${namespace}`).toEqual([]);
      }
    }
  });
});
