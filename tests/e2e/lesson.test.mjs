// A child's first session on a phone, at two phone sizes: first run, a profile, a lesson read
// card by card, one wrong answer (kind feedback), a hint, one retry, the rest right, the results;
// then a reload keeps the profile and the progress. axe-core checks every screen on the way.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();

const LESSON = "navigators-grooming-warning-signs";

for (const phone of h.PHONES) {
  test(`first run to results and back after a reload, ${phone.name}`, async () => {
    const { context, page, problems } = await h.newPhone(running.browser, running.server.origin, phone);
    const lesson = h.lessonFile(LESSON);
    await page.goto(`${running.server.origin}/`);
    await h.appReady(page);
    await page.getByRole("heading", { name: "Choose your language" }).waitFor();
    await h.assertAccessible(page, "welcome");
    assert.equal(await page.locator("html").getAttribute("lang"), "en");

    await page.getByRole("button", { name: /English/ }).click();
    await page.getByRole("heading", { name: "Make your profile" }).waitFor();
    await h.assertAccessible(page, "create profile");
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "Please choose who this profile is for." }).waitFor();
    await page.getByLabel("Nickname").fill("Sam");
    await page.getByRole("button", { name: "Owl" }).click();
    await page.getByRole("button", { name: "I'm 9–12", exact: true }).click();
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await page.getByRole("heading", { name: /Sam/ }).waitFor();
    await h.assertAccessible(page, "home");

    await page.locator(`a[href="/lesson/${LESSON}"]`).click();
    assert.equal(new URL(page.url()).pathname, `/lesson/${LESSON}`);
    await h.assertAccessible(page, "lesson card");
    await h.readCards(page, lesson.cards.length);

    // First question: wrong, with its kind feedback, then a hint and the retry.
    const first = lesson.questions[0];
    await h.assertAccessible(page, "question");
    await h.answer(page, first, { wrong: true });
    await page.getByRole("heading", { name: /Not quite|Some of that/ }).waitFor();
    // The check button is gone: the feedback has the focus, for keyboard and screen readers.
    await page.waitForFunction(() => document.activeElement?.classList.contains("feedback-panel"));
    await h.assertAccessible(page, "feedback");
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByText("Have another go.").waitFor();
    await page.getByRole("button", { name: "Show a hint" }).click();
    await page.locator(".hint").waitFor();
    await h.answer(page, first);
    await page.getByRole("heading", { name: "Yes, that's right!" }).waitFor();
    await page.getByRole("button", { name: "Next question" }).click();
    // A new question takes the focus.
    await page.waitForFunction(() => document.activeElement?.id === "question-prompt");

    await h.finishQuiz(page, lesson, 1);
    await page.getByText(h.withValues("You got {} of {} right.", lesson.questions.length, lesson.questions.length)).waitFor();
    await page.getByRole("heading", { name: "Questions to look at again" }).waitFor();
    await h.assertAccessible(page, "results");
    await page.getByRole("link", { name: "Open Help" }).waitFor();

    // Reload: the profile and the lesson's status are still there.
    await page.getByRole("link", { name: "Back to my lessons" }).click();
    await page.reload();
    await h.appReady(page);
    await page.getByRole("heading", { name: /Sam/ }).waitFor();
    const card = page.locator(`.lesson-card:has(a[href="/lesson/${LESSON}"])`);
    // One question needed a retry: 5 of 6 first-try right is 83%, mastered; fewer is done.
    const firstTry = (lesson.questions.length - 1) / lesson.questions.length;
    await card.getByText(firstTry >= 0.8 ? "Mastered" : "Done").waitFor();
    h.assertNoProblems(problems);
    await context.close();
  });
}
