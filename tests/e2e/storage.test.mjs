// Where progress is kept in the browser. From localhost (a secure context) the database lives
// in origin-private files inside the store's worker; from a plain-http address on the local
// network (a phone in a classroom, not a secure context) it lives in IndexedDB. Either way a
// reload keeps the profile and what was answered.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as h from "./harness.mjs";

let server;
before(async () => {
  server = await h.startServer();
});
after(() => server?.stop());

async function createThenReload(origin, browser) {
  const { context, page, problems } = await h.newPhone(browser, origin);
  await page.goto(`${origin}/`);
  await h.appReady(page);
  const storage = await page.locator(".app").getAttribute("data-storage");
  await h.createProfile(page, { nickname: "Kim", audience: "I'm 13–17" });
  const id = "teens-digital-footprint";
  const lesson = h.lessonFile(id);
  await page.locator(`a[href="/lesson/${id}"]`).click();
  await h.readCards(page, lesson.cards.length);
  await h.answer(page, lesson.questions[0]);
  await page.getByRole("link", { name: "SafeSteps" }).click();
  await page.reload();
  await h.appReady(page);
  await page.getByRole("heading", { name: /Kim/ }).waitFor();
  await page.locator(`.lesson-card:has(a[href="/lesson/${id}"])`).getByText("In progress").waitFor();
  h.assertNoProblems(problems);
  await context.close();
  return storage;
}

test("localhost keeps progress in origin-private files, through the worker", async () => {
  const browser = await h.launchBrowser();
  try {
    assert.equal(await createThenReload(server.origin, browser), "durable");
  } finally {
    await browser.close();
  }
});

test("a plain-http network address keeps progress in IndexedDB", async () => {
  const port = new URL(server.origin).port;
  const browser = await h.launchBrowser(["--host-resolver-rules=MAP safesteps.test 127.0.0.1"]);
  try {
    assert.equal(await createThenReload(`http://safesteps.test:${port}`, browser), "relaxed");
  } finally {
    await browser.close();
  }
});
