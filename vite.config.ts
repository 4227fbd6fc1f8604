import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative asset URLs, because a packaged webOS app is loaded from file://.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
  },
  server: {
    host: true,
  },
});
