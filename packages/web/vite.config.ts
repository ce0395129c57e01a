// The web app's build: one React app, code-split per area, plus a service worker that precaches every built file
// so the client's portal opens offline after one online visit.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const PUBLIC_FILES = ['/manifest.webmanifest', '/icon.svg', '/icon-maskable.svg'];

/** Writes the list of built files into sw.js, so any change of the app changes sw.js and the browser updates it. */
const precache = (): Plugin => ({
  name: 'tandem-precache',
  apply: 'build',
  generateBundle(_options, bundle) {
    const sw = bundle['sw.js'];
    if (sw?.type !== 'chunk') throw new Error('the service worker entry (sw.js) is missing from the build');
    const files = Object.keys(bundle).filter((f) => f !== 'sw.js' && f !== 'index.html' && !f.endsWith('.map'));
    const list = JSON.stringify(['/', ...PUBLIC_FILES, ...files.map((f) => `/${f}`)]);
    const marked = /(["'`])__TANDEM_PRECACHE__\1/;
    if (!marked.test(sw.code)) throw new Error('sw.js lost its precache marker');
    sw.code = sw.code.replace(marked, JSON.stringify(list));
  },
});

export default defineConfig({
  root: at('.'),
  plugins: [react(), precache()],
  build: {
    outDir: at('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      input: { main: at('index.html'), sw: at('sw/sw.ts') },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/fhir': 'http://127.0.0.1:3000' } },
});
