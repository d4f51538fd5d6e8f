// Help is one tap from every screen: the fixed Help button is on each of them, opens the Help
// screen, and every screen passes axe-core. Help shows the lines of the chosen country as
// tap-to-call links, its quick exit leaves nothing of Help in Back's history, and the safety
// circle stays on the device and comes back after lessons about telling.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();

test("the Help button is on every screen and opens Help", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await page.goto(`${running.server.origin}/`);
  await h.appReady(page);
  await h.createProfile(page, { audience: "I'm 13–17" });
  const routes = [
    "/",
    "/welcome",
    "/profile/new",
    "/home",
    "/lessons/caregivers",
    "/lesson/teens-sextortion-what-to-do",
    "/settings",
    "/help",
    "/no/such/page",
  ];
  for (const route of routes) {
    await page.goto(`${running.server.origin}${route}`);
    await h.appReady(page);
    await h.assertAccessible(page, route);
    const help = page.getByRole("link", { name: "Help: what to do and who to talk to" });
    assert.ok(await help.isVisible(), `Help button visible on ${route}`);
    await help.click();
    await page.getByRole("heading", { name: "Help", exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/help");
    await page.getByText("it is never your fault").waitFor();
    if (route !== "/help") {
      await page.goBack();
      assert.equal(new URL(page.url()).pathname, route, `browser back returns to ${route}`);
    }
  }
  h.assertNoProblems(problems);
  await context.close();
});

test("Help shows tap-to-call lines for the country, chosen right there and kept", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await page.goto(`${running.server.origin}/help`);
  await h.appReady(page);
  // The phone's language is en-GB: the United Kingdom's line until another country is chosen.
  await page.getByRole("heading", { name: h.withValues("Who can help in {}", "United Kingdom") }).waitFor();
  assert.equal(await page.locator('a[href="tel:08001111"]').count(), 1);
  await page.locator("#country").selectOption("KE");
  const call = page.getByRole("link", { name: h.withValues("Call {}", "116") });
  await call.waitFor();
  assert.equal(await call.getAttribute("href"), "tel:116");
  assert.equal((await page.locator(".contact-number").first().textContent()).trim(), "116");
  await page.getByText(/Check this number is right for you\. Source: .*childrenscouncil\.go\.ke/).waitFor();
  await page.locator(".situation summary").first().click();
  await h.assertAccessible(page, "help with Kenya's lines and a situation open");

  await page.reload();
  await h.appReady(page);
  await page.getByRole("heading", { name: h.withValues("Who can help in {}", "Kenya") }).waitFor();
  await page.locator("#country").selectOption("other");
  await page.getByText("We do not have a checked helpline for this country yet").waitFor();
  assert.equal(await page.locator('a[href^="tel:"]').count(), 0);
  h.assertNoProblems(problems);
  await context.close();
});

/** Every address Back can reach from here, oldest last. */
async function backHistory(page) {
  const seen = [];
  const steps = await page.evaluate(() => history.length);
  for (let step = 0; step < steps; step++) {
    await page.goBack({ waitUntil: "commit" }).catch(() => null);
    await page.waitForTimeout(150);
    seen.push(new URL(page.url()).pathname);
  }
  return seen;
}

test("quick exit shows a blank page and leaves no Help page in Back's history", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await page.goto(`${running.server.origin}/`);
  await h.appReady(page);
  await h.createProfile(page, { audience: "I'm 13–17" });
  const help = page.getByRole("link", { name: "Help: what to do and who to talk to" });

  // Help, then on to Settings by the app's own link: Help's entry is replaced, not kept.
  await help.click();
  await page.getByRole("heading", { name: "Help", exact: true }).waitFor();
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("heading", { name: "Settings", exact: true }).waitFor();
  await page.goto(`${running.server.origin}/lesson/teens-sextortion-what-to-do`);
  await h.appReady(page);
  await help.click();
  await page.getByRole("button", { name: /Quick exit/ }).click();
  await page.waitForURL("**/blank.html");
  assert.equal(await page.title(), "New tab");
  assert.equal(await page.locator("body").innerText(), "");
  const history = await backHistory(page);
  assert.ok(!history.includes("/help"), `no Help in Back's history: ${history.join(" ← ")}`);
  assert.ok(history.includes("/lesson/teens-sextortion-what-to-do"), history.join(" ← "));

  // A lesson about abuse has the quick exit too.
  await page.goto(`${running.server.origin}/lesson/teens-sextortion-what-to-do`);
  await h.appReady(page);
  await page.getByRole("button", { name: /Quick exit/ }).click();
  await page.waitForURL("**/blank.html");
  h.assertNoProblems(problems);
  await context.close();
});

test("a safety circle is kept on the device and shown after a lesson about telling", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await page.goto(`${running.server.origin}/`);
  await h.appReady(page);
  await h.createProfile(page, { audience: "I'm 5–8" });
  await page.goto(`${running.server.origin}/help`);
  await h.appReady(page);
  await page.getByText("No one yet. Add a grown-up you trust.").waitFor();
  for (const name of ["Grandma", "Mr Otieno", "Auntie Joy"]) {
    await page.getByLabel("First name or nickname").fill(name);
    await page.getByRole("button", { name: "Add to my circle" }).click();
    await page.locator(".circle-names").getByText(name).waitFor();
  }
  await page.getByRole("button", { name: h.withValues("Remove {}", "Mr Otieno") }).click();
  await page.getByLabel("First name or nickname").fill("   ");
  await page.getByRole("button", { name: "Add to my circle" }).click();
  await page.getByRole("alert").getByText("Write a name between 1 and 30 letters long.").waitFor();
  await h.assertAccessible(page, "help with a safety circle");

  await page.reload();
  await h.appReady(page);
  const names = page.locator(".safety-circle .circle-name");
  await names.first().waitFor();
  assert.deepEqual(await names.allTextContents(), ["Grandma", "Auntie Joy"]);

  const id = "explorers-my-safety-circle";
  const lesson = h.lessonFile(id);
  await page.goto(`${running.server.origin}/lesson/${id}`);
  await h.appReady(page);
  await h.readCards(page, lesson.cards.length);
  await h.finishQuiz(page, lesson);
  await page.getByRole("heading", { name: "Who you can tell" }).waitFor();
  assert.deepEqual(await page.locator(".circle-reminder li").allTextContents(), ["Grandma", "Auntie Joy"]);
  await h.assertAccessible(page, "results with the safety circle");
  h.assertNoProblems(problems);
  await context.close();
});
