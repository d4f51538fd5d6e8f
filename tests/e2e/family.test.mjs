// Caregivers at phone size: a lesson for 5–8 done together (a grown-up's prompt beside each
// card, a next step at home at the end); the family view behind the grown-ups' gate, which shows
// lessons and topics but never a child's answers; deleting a profile through a fresh gate
// question, with a backup offered first, and restoring it. axe-core on every screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();

/** Answers the grown-ups' gate on screen (wrongly first if asked). */
async function passGate(page, { wrongFirst = false } = {}) {
  const read = async () => {
    const text = (await page.locator(".gate-question").first().textContent()).replace(/[\u2068\u2069]/g, "");
    const [, left, right] = text.match(/(\d+)\s*×\s*(\d+)/);
    return Number(left) * Number(right);
  };
  const input = page.locator(".gate input").first();
  if (wrongFirst) {
    await input.fill(String((await read()) + 1));
    await page.getByRole("button", { name: "Continue" }).first().click();
    await page.getByRole("alert").getByText("That is not right. Here is a new question.").waitFor();
  }
  await input.fill(String(await read()));
  await page.getByRole("button", { name: "Continue" }).first().click();
}

function englishLessonText(id) {
  return readFileSync(join(h.ROOT, "locales", "en", "lessons", `${id}.ftl`), "utf8");
}

test("a young child's lesson done together, then the family view and a deleted profile restored", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await page.goto(`${running.server.origin}/`);
  await h.appReady(page);
  await h.createProfile(page, { nickname: "Ana", audience: "I'm 5–8" });

  const id = "explorers-my-private-info";
  const lesson = h.lessonFile(id);
  await page.locator(`a[href="/lesson/${id}"]`).click();
  const toggle = page.getByRole("button", { name: "We're doing this together" });
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  const prompts = englishLessonText(id).split("\n").filter((line) => line.trim().startsWith(".together = "));
  assert.equal(prompts.length, lesson.cards.length);
  const firstPrompt = prompts[0].trim().slice(".together = ".length);
  await page.locator(".together-prompt").getByText(firstPrompt.slice(0, 30)).waitFor();
  await h.assertAccessible(page, "a card in together mode");
  for (let card = 1; card <= lesson.cards.length; card++) {
    await page.getByRole("heading", { name: "For the grown-up" }).waitFor();
    await page.getByRole("button", { name: card === lesson.cards.length ? "Start the questions" : "Next", exact: true }).click();
  }
  const first = lesson.questions[0];
  await h.answer(page, first, { wrong: true });
  await page.getByRole("button", { name: "Try again" }).click();
  await h.answer(page, first);
  await page.getByRole("button", { name: "Next question" }).click();
  await h.finishQuiz(page, lesson, 1);
  await page.getByRole("heading", { name: "Next step at home" }).waitFor();
  await page.getByRole("heading", { name: "Talk together" }).waitFor();
  await h.assertAccessible(page, "results in together mode");

  // The family view, behind the gate.
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("link", { name: "Family view (for grown-ups)" }).click();
  await page.getByRole("heading", { name: "For grown-ups" }).waitFor();
  await h.assertAccessible(page, "the grown-ups' gate");
  await passGate(page, { wrongFirst: true });
  const ana = page.locator(".child-summary").filter({ hasText: "Ana" });
  await ana.getByText(h.withValues("Lessons done: {} of {}. Mastered: {}.", 1, 6, 0)).or(
    ana.getByText(h.withValues("Lessons done: {} of {}. Mastered: {}.", 1, 6, 1)),
  ).waitFor();
  await ana.getByRole("link", { name: "Privacy" }).or(ana.locator(".talk-topics a")).first().waitFor();
  const questionText = englishLessonText(id).split("\n").find((line) => line.startsWith(`q-${first.id} = `)).slice(`q-${first.id} = `.length);
  assert.ok(!(await page.locator("main").innerText()).includes(questionText), "the family view never shows a question");
  await h.assertAccessible(page, "family view");

  await page.getByRole("link", { name: "Conversation starters by age" }).click();
  await page.getByRole("heading", { name: "Conversation starters by age" }).waitFor();
  await h.assertAccessible(page, "conversation starters");
  await page.goBack();

  // Deleting asks for a fresh gate answer and offers a backup first; restoring brings it all back.
  await page.getByRole("link", { name: "Manage profiles" }).click();
  await page.getByRole("heading", { name: "Manage profiles" }).waitFor();
  await page.locator(".manage-profile").filter({ hasText: "Ana" }).getByRole("button", { name: "Delete profile" }).click();
  await page.getByText(/Delete .*Ana.*\? The profile leaves this device's lists/).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save a backup first" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^safesteps-backup-\d{4}-\d\d-\d\d\.json$/);
  const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(backup.profiles[0].nickname, "Ana");
  assert.equal(backup.profiles[0].runs.length, 1);
  await h.assertAccessible(page, "confirming a deletion");
  await passGate(page);
  await page.getByRole("button", { name: h.withValues("Restore {}", "Ana") }).waitFor();
  assert.equal(await page.locator(".manage-profile").count(), 0);
  await page.getByRole("button", { name: h.withValues("Restore {}", "Ana") }).click();
  await page.locator(".manage-profile").filter({ hasText: "Ana" }).waitFor();
  await page.getByText("Nothing deleted in the last 30 days.").waitFor();
  await h.assertAccessible(page, "manage profiles");
  h.assertNoProblems(problems);
  await context.close();
});
