// Writes dist/sw.js: a workbox service worker that precaches every file of the built app, so
// once opened from localhost or https it installs and works with no network at all. Every app
// route (a lesson link, a reload) falls back to the precached page. Lesson packs (other
// languages' lesson texts) are not precached, so a phone downloads only the language it uses:
// each is kept the first time the app fetches it, and served from that cache offline. A new
// build names its packs anew, so a cached pack never outlives its app.
import { generateSW } from "workbox-build";

const dist = process.argv[2];
if (!dist) {
  console.error("usage: node service-worker.mjs <built folder>");
  process.exit(2);
}
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ["**/*.{html,js,wasm,css,svg,png,webmanifest}"],
  globIgnores: ["sw.js", "packs/**"],
  runtimeCaching: [
    {
      urlPattern: ({ url }) => url.pathname.startsWith("/packs/"),
      handler: "CacheFirst",
      options: { cacheName: "safesteps-lesson-packs", expiration: { maxEntries: 16 } },
    },
  ],
  swDest: `${dist}/sw.js`,
  mode: "production",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // The wasm is several megabytes before compression.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  navigateFallback: "/index.html",
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
});
for (const warning of warnings) console.warn(`workbox: ${warning}`);
console.log(`service worker precaches ${count} files, ${(size / 1024).toFixed(1)} KiB`);
