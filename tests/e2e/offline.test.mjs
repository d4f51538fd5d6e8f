// Installable and offline: once opened from the local server, the service worker has every
// file; with the network gone, a reload still starts the app and a whole lesson can be done,
// its progress saved.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();

test("works offline after the first visit", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await h.openControlled(page, running.server.origin);
  await h.createProfile(page, { audience: "I'm 5–8" });
  assert.equal(await page.locator(".app").getAttribute("data-storage"), "durable");

  await context.setOffline(true);
  await page.reload();
  await h.appReady(page);
  await page.getByRole("heading", { name: /Sam/ }).waitFor();
  const id = "explorers-my-private-info";
  const lesson = h.lessonFile(id);
  await page.locator(`a[href="/lesson/${id}"]`).click();
  await h.readCards(page, lesson.cards.length);
  await h.finishQuiz(page, lesson);
  await page.getByRole("heading", { name: "Talk together" }).waitFor();
  await page.getByRole("link", { name: "Back to my lessons" }).click();
  await page.locator(`.lesson-card:has(a[href="/lesson/${id}"])`).getByText("Mastered").waitFor();
  await context.setOffline(false);
  h.assertNoProblems(problems);
  await context.close();
});
