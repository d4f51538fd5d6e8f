// Switching language in Settings changes every word, the page's lang, and survives a reload;
// switching back restores English. Languages are listed in their own names, with their status.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();

test("switch to Spanish and back", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await page.goto(`${running.server.origin}/`);
  await h.appReady(page);
  await page.getByRole("button", { name: /Español/ }).getByText("Traducido en parte").waitFor();
  await h.createProfile(page);

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("button", { name: /Español/ }).click();
  await page.getByRole("heading", { name: "Configuración", exact: true }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  await h.assertAccessible(page, "settings in Spanish");
  await page.getByRole("link", { name: /Ayuda/ }).click();
  await page.getByRole("heading", { name: "Ayuda", exact: true }).waitFor();

  await page.reload();
  await h.appReady(page);
  await page.getByRole("heading", { name: "Ayuda", exact: true }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "es");

  // Lessons not yet translated show in English, inside a Spanish interface.
  await page.goto(`${running.server.origin}/lesson/explorers-my-private-info`);
  await h.appReady(page);
  await page.getByRole("button", { name: "Siguiente" }).waitFor();
  await page.getByRole("heading", { name: "My private things" }).waitFor();

  await page.goto(`${running.server.origin}/settings`);
  await h.appReady(page);
  await page.getByRole("button", { name: /English/ }).click();
  await page.getByRole("heading", { name: "Settings", exact: true }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  h.assertNoProblems(problems);
  await context.close();
});
