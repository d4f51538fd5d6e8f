// Prints how long the built web app takes from navigation to its first interactive screen (the
// language picker, drawn and answering taps) in Debian's Chromium at a phone size, plain and
// with the CPU slowed four times (CDP Emulation.setCPUThrottlingRate), each over fresh
// browser profiles (nothing cached), as min / median / max. Usage: node measure.mjs [runs]
import { startServer, launchBrowser, PHONES } from "../../tests/e2e/harness.mjs";

const runs = Number(process.argv[2] ?? 7);
const server = await startServer();
const browser = await launchBrowser();

async function once(throttle) {
  const context = await browser.newContext({ viewport: PHONES[0].viewport, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(`${server.origin}/`, { waitUntil: "commit" });
  const english = page.getByRole("button", { name: /English/ });
  await english.waitFor({ state: "visible", timeout: 60000 });
  // Interactive: a tap is handled (the profile screen follows).
  await english.click();
  await page.getByLabel("Nickname").waitFor({ timeout: 60000 });
  const interactive = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation");
    const picker = performance.getEntriesByName("safesteps-first-screen")[0];
    return { start: navigation.startTime, firstScreen: picker?.startTime ?? null };
  });
  await context.close();
  return interactive.firstScreen;
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const ms = (v) => `${Math.round(v)} ms`;
  return `min ${ms(sorted[0])}, median ${ms(sorted[Math.floor(sorted.length / 2)])}, max ${ms(sorted[sorted.length - 1])}`;
}

try {
  for (const throttle of [1, 4]) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await once(throttle));
    if (times.some((t) => t === null)) throw new Error("the app did not mark its first screen");
    console.log(`navigation to first interactive screen, CPU ${throttle}x: ${summary(times)} (${runs} runs, 360x640)`);
  }
} finally {
  await browser.close();
  server.stop();
}
