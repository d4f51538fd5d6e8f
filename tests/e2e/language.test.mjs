// Switching language in Settings changes every word, the page's lang, and survives a reload;
// switching back restores English. Languages are listed in their own names, with their status.
// Lessons come in the chosen language from its pack, also offline once fetched.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as h from "./harness.mjs";

const running = h.serveAndBrowse();

test("switch to Spanish and back", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await page.goto(`${running.server.origin}/`);
  await h.appReady(page);
  await page.getByRole("button", { name: /Español/ }).getByText("Traducido con ayuda de una máquina, todavía sin revisar").waitFor();
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

  // The lesson's own text in Spanish, from the Spanish lesson pack.
  const id = "explorers-my-private-info";
  await page.goto(`${running.server.origin}/lesson/${id}`);
  await h.appReady(page);
  await page.getByRole("button", { name: "Siguiente" }).waitFor();
  await page.getByRole("heading", { name: h.lessonMessage("es", id, "lesson-title") }).waitFor();
  await h.lessonTextTranslated(page);

  await page.goto(`${running.server.origin}/settings`);
  await h.appReady(page);
  await page.getByRole("button", { name: /English/ }).click();
  await page.getByRole("heading", { name: "Settings", exact: true }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  h.assertNoProblems(problems);
  await context.close();
});

test("a chosen language's lessons work offline", async () => {
  const { context, page, problems } = await h.newPhone(running.browser, running.server.origin);
  await h.openControlled(page, running.server.origin);
  await page.locator('button[lang="sw"]').click();
  await page.locator("#nickname").fill("Amani");
  await page.locator(".audience-picker button").nth(2).click();
  await page.locator("form button[type=submit]").click();
  const id = "teens-livestreaming";
  const title = h.lessonMessage("sw", id, "lesson-title");
  await page.locator(`a[href="/lesson/${id}"]`).getByText(title).waitFor();
  await h.lessonTextTranslated(page);

  await context.setOffline(true);
  await page.reload();
  await h.appReady(page);
  await page.locator(`a[href="/lesson/${id}"]`).click();
  await page.getByRole("heading", { name: title }).waitFor();
  await h.lessonTextTranslated(page);
  await h.playLessonByPlace(page, h.lessonFile(id));
  assert.equal(await page.locator("html").getAttribute("lang"), "sw");
  await context.setOffline(false);
  h.assertNoProblems(problems);
  await context.close();
});
