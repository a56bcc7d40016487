import type { Page } from "@playwright/test";
import sharp from "sharp";

/**
 * Answers for images.example.org, the remote image host the test stories list (there is no
 * internet here): a plain PNG of `width` × `height`, drawn once. Returns the addresses asked for,
 * filled in as the page asks.
 */
export async function answerRemoteImages(
  page: Page,
  { width, height }: { width: number; height: number },
): Promise<string[]> {
  const asked: string[] = [];
  const png = await sharp({ create: { width, height, channels: 3, background: "#8a9bb0" } })
    .png()
    .toBuffer();
  await page.route("https://images.example.org/**", (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "image/png", body: png });
  });
  return asked;
}
