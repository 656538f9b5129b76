import { defineConfig } from 'vite';

// Built from the repository root (`npm run build:web`); the API serves dist/web at `/`. The script sets
// NODE_ENV=production because npm test exports NODE_ENV=test, which would bundle React's development build.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  // `npm run dev:web` next to `npm run dev:api`: same-origin calls, so the refresh cookie works as in production.
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The bundle-size check reads the manifest to find the initial chunk and its static imports.
    manifest: true,
    // The polyfill would be inlined; the Content-Security-Policy allows no inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for server components; meaningless in a browser bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
