// ESLint: Next's rules (React, hooks, Core Web Vitals), its TypeScript rules and jsx-a11y's
// recommended set. Formatting is Prettier's (npm run format:check), not ESLint's.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  // Next's config already registers the jsx-a11y plugin with a few of its rules: add the rest.
  { files: ['**/*.{js,jsx,mjs,ts,tsx}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // The app moves between pages with full page loads (a static export that hms.web serves;
      // each page restores the session itself), so location.assign is its navigation, not a slip.
      '@next/next/no-location-assign-relative-destination': 'off',
    },
  },
  {
    // Playwright Test's fixtures hand their value to a callback named use: not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  globalIgnores(['.next/**', 'out/**', 'csp/**', 'next-env.d.ts', 'src/api/schema.d.ts']),
]);
