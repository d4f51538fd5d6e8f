// Shared set-up for the browser tests: the app's own server on a free local port, Debian's
// Chromium through playwright-core, phone-sized touch contexts that record every problem (a
// console error, an uncaught exception, any request to a host other than the local server),
// axe-core in the page, and a solver that answers questions from the lesson files themselves.
import { chromium } from "playwright-core";
import { before, after } from "node:test";
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import assert from "node:assert/strict";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);

export const PHONES = [
  { name: "360x640", viewport: { width: 360, height: 640 } },
  { name: "412x915", viewport: { width: 412, height: 915 } },
];

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Serves dist/ with the project's own server (`xtask serve`) on a port the OS picks. */
export async function startServer() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const binary = join(ROOT, "target", "release", "xtask");
  const server = spawn(binary, ["serve", "--host", "127.0.0.1", "--port", String(port), "--dist", join(ROOT, "dist")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const started = Date.now();
  while (!output.includes("SafeSteps is running")) {
    if (server.exitCode !== null || Date.now() - started > 15000) {
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * The app's server and a browser for one test file, started before its tests and stopped
 * after them. The returned object gets `server` and `browser` once started.
 */
export function serveAndBrowse() {
  const running = {};
  before(async () => {
    running.server = await startServer();
    running.browser = await launchBrowser();
  });
  after(async () => {
    await running.browser?.close();
    running.server?.stop();
  });
  return running;
}

/** A fresh phone (its own storage) with a list of every problem seen in it. */
export async function newPhone(browser, origin, phone = PHONES[0]) {
  const context = await browser.newContext({ viewport: phone.viewport, isMobile: true, hasTouch: true, locale: "en-GB" });
  const problems = [];
  const local = new URL(origin).host;
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.host !== local) {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  const page = await context.newPage();
  watch(page, problems);
  return { context, page, problems };
}

export function watch(page, problems) {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], "the page had problems");
}

/** What each locale shows in place of a missing message: it must never be on a screen. */
const MISSING_TEXT = readdirSync(join(ROOT, "locales"))
  .map((code) => readFileSync(join(ROOT, "locales", code, "ui.ftl"), "utf8").match(/^text-missing = (.*)$/m)?.[1])
  .filter(Boolean);

/**
 * Runs axe-core in the page and fails on any violation, naming the screen; also fails if any
 * text on it is the missing-message placeholder.
 */
export async function assertAccessible(page, screen) {
  const text = await page.locator("body").innerText();
  for (const missing of MISSING_TEXT) {
    assert.ok(!text.includes(missing), `${screen} shows a missing message ("${missing}")`);
  }
  const hasAxe = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!hasAxe) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], `axe violations on ${screen}`);
}

export function lessonFile(id) {
  return JSON.parse(readFileSync(join(ROOT, "lessons", `${id}.json`), "utf8"));
}

/** A single-line message of a locale's lesson text, as written in its Fluent file. */
export function lessonMessage(code, id, message) {
  const text = readFileSync(join(ROOT, "locales", code, "lessons", `${id}.ftl`), "utf8");
  const line = text.split("\n").find((line) => line.startsWith(`${message} = `));
  assert.ok(line, `${message} in locales/${code}/lessons/${id}.ftl`);
  return line.slice(message.length + 3).trim();
}

/** Waits until no lesson text on the screen is marked as shown in English (its pack has come). */
export async function lessonTextTranslated(page) {
  await page.locator('main [lang="en"]').first().waitFor({ state: "detached" });
}

/**
 * A regex for UI text with variables: Fluent wraps each variable in bidi isolation marks
 * (kept in the app for right-to-left languages), so `{}` stands for a value with its marks.
 */
export function withValues(template, ...values) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = template.split("{}").map(escape);
  let pattern = parts[0];
  values.forEach((value, i) => (pattern += `[\u2068\u2069]*${escape(String(value))}[\u2068\u2069]*${parts[i + 1]}`));
  return new RegExp(pattern);
}

/**
 * Opens the app and reloads it once its service worker is ready, so that every request after
 * this goes through the service worker (and what it fetches is kept for offline use).
 */
export async function openControlled(page, origin) {
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await appReady(page);
}

/** Waits until the app has drawn its first screen. */
export async function appReady(page) {
  await page.locator(".app").waitFor({ timeout: 30000 });
}

/** First run: English, a nickname, an audience; ends on the home screen. */
export async function createProfile(page, { nickname = "Sam", audience = "I'm 9–12" } = {}) {
  await page.getByRole("button", { name: /English/ }).click();
  await page.getByLabel("Nickname").fill(nickname);
  await page.getByRole("button", { name: audience, exact: true }).click();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.getByRole("heading", { name: new RegExp(nickname) }).waitFor();
}

/** Taps through the cards to the first question. */
export async function readCards(page, count) {
  for (let card = 1; card <= count; card++) {
    await page.getByRole("list", { name: withValues("Card {} of {}", card, count) }).waitFor();
    await page.getByRole("button", { name: card === count ? "Start the questions" : "Next", exact: true }).click();
  }
}

/**
 * Puts in the answer for `question` (from the lesson file), right or deliberately wrong, and
 * checks it (with the English "Check my answer" button unless another is given).
 */
export async function answer(page, question, { wrong = false, checkButton = null } = {}) {
  const part = (id) => page.locator(`.question [data-part="${id}"]`);
  switch (question.kind) {
    case "single_choice": {
      const option = question.options.find((o) => Boolean(o.correct) !== wrong);
      await part(option.id).click();
      break;
    }
    case "scenario": {
      const option = wrong ? question.options.find((o) => !o.good) : question.options[0];
      await part(option.id).click();
      break;
    }
    case "multiple_choice": {
      const chosen = wrong ? question.options.filter((o) => !o.correct).slice(0, 1) : question.options.filter((o) => o.correct);
      for (const option of chosen) await part(option.id).click();
      break;
    }
    case "true_false":
      await part(String(wrong ? !question.answer : question.answer)).click();
      break;
    case "sort_into_groups":
      for (const item of question.items) {
        const group = wrong ? question.groups.find((g) => g !== item.group) : item.group;
        await part(item.id).click();
        await page.locator(`.question [data-group="${group}"]`).click();
      }
      break;
    case "order_steps": {
      const steps = wrong ? [...question.steps].reverse() : question.steps;
      for (const step of steps) await part(step).click();
      break;
    }
    default:
      throw new Error(`no solver for ${question.kind}`);
  }
  await (checkButton ?? page.getByRole("button", { name: "Check my answer" })).click();
  await page.locator(".feedback-panel").waitFor();
}

/** Answers every question after `from` right, then opens the results. */
export async function finishQuiz(page, lesson, from = 0) {
  for (let index = from; index < lesson.questions.length; index++) {
    await page.getByText(withValues("Question {} of {}", index + 1, lesson.questions.length)).waitFor();
    await answer(page, lesson.questions[index]);
    const last = index + 1 === lesson.questions.length;
    await page.getByRole("button", { name: last ? "See how you did" : "Next question" }).click();
  }
  await page.getByRole("heading", { name: "Well done for finishing!" }).waitFor();
}

/**
 * Reads every card and answers every question of `lesson` in any language, finding buttons by
 * their place rather than their words; ends on the results screen.
 */
export async function playLessonByPlace(page, lesson, { afterFirstAnswer = null } = {}) {
  const next = page.locator(".lesson-card-view .nav-buttons .primary");
  for (let card = 0; card < lesson.cards.length; card++) await next.click();
  for (const [index, question] of lesson.questions.entries()) {
    await page.locator(".question").waitFor();
    await answer(page, question, { checkButton: page.locator(".question > button.primary") });
    if (index === 0 && afterFirstAnswer) await afterFirstAnswer();
    await page.locator(".feedback-panel .nav-buttons .primary").click();
  }
  await page.locator(".results").waitFor();
}

export function freshProfileDir() {
  return mkdtempSync(join(tmpdir(), "safesteps-e2e-"));
}
