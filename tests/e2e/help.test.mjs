// Help is one tap from every screen: the fixed Help button is on each of them, opens the Help
// screen, and every screen passes axe-core.
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
