// Real Chromium (Debian's package) driven by playwright-core: `npx playwright install` cannot download here.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the browser tests need it. Install it with \`apt-get install chromium\` ` +
        '(npm test does this when run as root) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium's own connections are refused on a closed network.
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Violation {
  page: string;
  language: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A and AA rules; returns the serious and critical violations only. */
export async function seriousViolations(page: Page, label: string): Promise<Violation[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const language = await page.getAttribute('html', 'lang');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: label,
      language: language ?? '?',
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** A full-page screenshot at a phone's and a laptop's width. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** Presses Tab until the focused element matches, like a keyboard user looking for it; fails after `max`. */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; name: string }) => boolean,
  max = 60,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      '({ tag: document.activeElement?.tagName ?? "", text: (document.activeElement?.textContent ?? "").trim(), name: document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.id ?? "" })',
    );
    if (matches(focused as { tag: string; text: string; name: string })) return;
  }
  throw new Error(`Tab did not reach the element after ${max} presses`);
}
