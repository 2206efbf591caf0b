/**
 * A Vite plugin that gives each Mantine component its own style sheet, imported beside the
 * component's class names, so a page's CSS follows its JavaScript chunk: the portal's first load
 * holds the styles of the components it draws, not all of Mantine's (29 KB of Brotli before).
 * The `.layer.css` copies keep Mantine in the `mantine` cascade layer, so Porter's own CSS wins
 * whatever order the chunks arrive in.
 */
import type { Plugin } from 'vite';

// `@mantine/core/esm/components/Button/Button.module.mjs` holds Button's class names; its styles
// are `@mantine/core/styles/Button.layer.css`.
const classNamesModule = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/](?:.+[\\/])?(\w+)\.module\.mjs$/;

export function mantineComponentCss(): Plugin {
  return {
    name: 'porter-mantine-component-css',
    transform: {
      filter: { id: classNamesModule },
      handler(code, id) {
        const component = classNamesModule.exec(id)?.[1];
        if (!component) return null;
        return { code: `import '@mantine/core/styles/${component}.layer.css';\n${code}`, map: null };
      },
    },
  };
}
