// Classroom mode at 1280×720, by keyboard only: a trainer builds a two-lesson plan, sets up three
// teams, runs the whole session on the presenter (next, reveal, notes, team keys), sees each
// team's results without ranks, and exports the CSV, whose contents are checked. A lesson handout
// is rendered for print and screenshotted. axe-core on every screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();
const SHOTS = join(h.ROOT, "test-results");
mkdirSync(SHOTS, { recursive: true });

async function laptop() {
  const context = await running.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-GB" });
  const problems = [];
  const page = await context.newPage();
  h.watch(page, problems);
  return { context, page, problems };
}

/** Focuses an element and presses a key: the keyboard, never the mouse. */
async function press(locator, key = "Enter") {
  await locator.focus();
  await locator.press(key);
}

test("a two-lesson plan with three teams, run by keyboard only, exported as CSV", async () => {
  const { context, page, problems } = await laptop();
  await page.goto(`${running.server.origin}/`);
  await h.appReady(page);
  await press(page.getByRole("button", { name: /English/ }));
  await page.getByLabel("Nickname").fill("Ms Achieng");
  await press(page.getByRole("button", { name: "I'm a teacher or trainer", exact: true }));
  await press(page.getByRole("button", { name: "Start", exact: true }));
  await press(page.getByRole("link", { name: "Classroom mode (for trainers)" }));
  await page.getByRole("heading", { name: "Classroom", exact: true }).waitFor();
  await h.assertAccessible(page, "classroom");

  const ids = ["explorers-my-private-info", "navigators-block-and-report"];
  const lessons = ids.map((id) => h.lessonFile(id));
  await page.getByLabel("Plan name").fill("Week 1");
  for (const id of ids) {
    const title = h.lessonMessage("en", id, "lesson-title");
    await press(page.getByRole("checkbox", { name: title }), "Space");
  }
  const minutes = lessons.reduce((sum, lesson) => sum + lesson.minutes + 5, 5);
  await page.getByText(h.withValues("Total: {} minutes", minutes)).waitFor();
  await press(page.getByRole("button", { name: "Save the plan" }));
  const plan = page.locator(".plan-row").filter({ hasText: "Week 1" });
  await plan.waitFor();
  await press(plan.getByRole("link", { name: "Run with a group" }));

  await page.getByRole("heading", { name: "Teams" }).waitFor();
  const teams = ["Lions", "Owls", "Bees"];
  const teamField = (number) => page.getByLabel(h.withValues("Name of team {}", number));
  for (const [index, team] of teams.entries()) await teamField(index + 1).fill(team);
  await h.assertAccessible(page, "team set-up");
  await teamField(3).press("Enter");

  const presenter = page.locator(".presenter");
  await presenter.waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains("presenter"));
  await h.assertAccessible(page, "presenter on a card");
  const expected = teams.map(() => ids.map(() => 0));
  for (const [l, lesson] of lessons.entries()) {
    for (let card = 0; card < lesson.cards.length; card++) await page.keyboard.press("ArrowRight");
    for (const [q] of lesson.questions.entries()) {
      await page.locator(".presenter-question").waitFor();
      await page.keyboard.press("r");
      await page.locator(".presenter-answer").waitFor();
      if (l === 0 && q === 0) {
        await page.locator(".presenter-notes").waitFor();
        await page.keyboard.press("n");
        await page.locator(".presenter-notes").waitFor({ state: "detached" });
        await h.assertAccessible(page, "presenter with the answer shown, notes hidden");
        await page.keyboard.press("n");
      }
      // Lions get every question, Owls every other one, Bees only the first of each lesson.
      const right = [true, q % 2 === 0, q === 0];
      for (const [t, got] of right.entries()) {
        if (got) {
          await page.keyboard.press(String(t + 1));
          expected[t][l] += 1;
        }
      }
      await page.keyboard.press("Space");
    }
  }
  await page.getByRole("heading", { name: "Well done, everyone!" }).waitFor();
  assert.ok(!(await page.locator("main").innerText()).toLowerCase().includes("last"), "no team is called last");
  const rows = page.locator(".session-results tbody tr");
  for (const [t, team] of teams.entries()) {
    const cells = await rows.nth(t).locator("th, td").allTextContents();
    assert.deepEqual(cells, [team, ...expected[t].map(String)]);
  }
  await h.assertAccessible(page, "session results");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    press(page.getByRole("button", { name: "Export CSV" })),
  ]);
  const csv = readFileSync(await download.path(), "utf8").trim().split("\n");
  assert.equal(csv[0], "date,plan,team,lesson,questions,right");
  assert.equal(csv.length, 1 + teams.length * (ids.length + 1));
  const date = new Date().toISOString().slice(0, 10);
  for (const [t, team] of teams.entries()) {
    for (const [l, id] of ids.entries()) {
      assert.ok(csv.includes(`${date},Week 1,${team},${id},${lessons[l].questions.length},${expected[t][l]}`), `${team} ${id} in\n${csv.join("\n")}`);
    }
    const all = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0);
    assert.ok(csv.includes(`${date},Week 1,${team},all,${all},${expected[t][0] + expected[t][1]}`), csv.join("\n"));
  }

  // The session is kept: it is listed on the classroom screen.
  await press(page.getByRole("link", { name: "Classroom", exact: true }));
  await page.getByText(h.withValues("{}: {}", date, "Week 1")).waitFor();
  h.assertNoProblems(problems);
  await context.close();
});

test("a lesson handout prints on its own, without the app around it", async () => {
  const { context, page, problems } = await laptop();
  const id = "teens-helping-a-friend";
  await page.goto(`${running.server.origin}/print/lesson/${id}`);
  await h.appReady(page);
  await page.getByRole("heading", { name: h.lessonMessage("en", id, "lesson-title") }).waitFor();
  await h.assertAccessible(page, "handout");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".top-bar").isVisible(), false, "no app bar on paper");
  assert.equal(await page.locator(".help-dock").isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible(), false);
  assert.equal(await page.locator(".handout-card").count(), h.lessonFile(id).cards.length);
  await page.screenshot({ path: join(SHOTS, "handout-print.png"), fullPage: true });
  await page.goto(`${running.server.origin}/print/plan/ready-teens-1`);
  await h.appReady(page);
  await page.getByRole("heading", { name: /Trainer sheet: / }).waitFor();
  await page.screenshot({ path: join(SHOTS, "trainer-sheet-print.png"), fullPage: true });
  h.assertNoProblems(problems);
  await context.close();
});
