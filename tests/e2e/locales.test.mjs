// Every translated locale at phone size: first run in that language, then one whole lesson in
// that language (its lesson pack fetched),
// with axe-core on each screen and no missing text. The page's lang and dir follow the locale;
// in a right-to-left language the layout mirrors (the Next button sits on the left). A
// screenshot per locale and screen goes to test-results/ to check that every script renders.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();
const SHOTS = join(h.ROOT, "test-results");
mkdirSync(SHOTS, { recursive: true });

const locales = readdirSync(join(h.ROOT, "locales"))
  .filter((code) => code !== "en")
  .map((code) => JSON.parse(readFileSync(join(h.ROOT, "locales", code, "locale.json"), "utf8")));

for (const locale of locales) {
  test(`first run and a whole lesson in ${locale.code}`, async () => {
    const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
    const shot = (screen) => page.screenshot({ path: join(SHOTS, `${locale.code}-${screen}.png`) });
    await page.goto(`${running.server.origin}/`);
    await h.appReady(page);
    await page.locator(`button[lang="${locale.code}"]`).click();
    const html = page.locator("html");
    await page.locator("#nickname").waitFor();
    assert.equal(await html.getAttribute("lang"), locale.code);
    assert.equal(await html.getAttribute("dir"), locale.direction);
    assert.equal(await page.locator(".app").getAttribute("dir"), locale.direction);
    await h.assertAccessible(page, `${locale.code} profile`);
    await shot("profile");

    await page.locator("#nickname").fill("Ana");
    await page.locator(".audience-picker button").nth(1).click();
    await page.locator("form button[type=submit]").click();
    await page.locator(".home .lesson-card a").first().waitFor();
    await h.lessonTextTranslated(page);
    await h.assertAccessible(page, `${locale.code} home`);
    await shot("home");

    const id = "navigators-grooming-warning-signs";
    const lesson = h.lessonFile(id);
    await page.locator(`a[href="/lesson/${id}"]`).click();
    const next = page.locator(".lesson-card-view .nav-buttons .primary");
    await next.waitFor();
    await page.getByRole("heading", { name: h.lessonMessage(locale.code, id, "lesson-title") }).waitFor();
    await h.lessonTextTranslated(page);
    if (locale.direction === "rtl") {
      const box = await next.boundingBox();
      const width = page.viewportSize().width;
      assert.ok(box.x + box.width / 2 < width / 2, `Next sits on the left in ${locale.code}`);
    }
    await h.assertAccessible(page, `${locale.code} card`);
    await shot("card");
    await h.playLessonByPlace(page, lesson, {
      afterFirstAnswer: async () => {
        await h.assertAccessible(page, `${locale.code} feedback`);
        await shot("feedback");
      },
    });
    await h.assertAccessible(page, `${locale.code} results`);
    await shot("results");
    h.assertNoProblems(problems);
    await context.close();
  });
}
