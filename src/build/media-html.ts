import { httpUrl } from "../core/http-url.ts";
import { copiedPath, remoteVideo, shownImage, srcsetOf } from "../core/media.ts";
import type { MediaIndex, ShownImage } from "../core/media.ts";
import type { Media } from "../core/schema.ts";
import { html } from "./html.ts";
import type { Html } from "./html.ts";

/**
 * Media in the static pages (share pages, the start page), readable without JavaScript: an image
 * as a <picture> with its sizes, a video as a link to its page (the player loads only in the app,
 * when the reader presses play), a local video or sound as a native player, a document as a link.
 */

export interface MediaSite {
  index: MediaIndex;
  /** The site's own base: media live at <base>media/, one copy for every story. */
  base: string;
}

/** The width a static page's figure is laid out at, for `sizes`. */
const PAGE_SIZES = "(min-width: 46rem) 42rem, 100vw";

export function pictureHtml(image: ShownImage, base: string, eager: boolean): Html {
  const size = image.width !== undefined && image.height !== undefined;
  const fallback = image.formats.at(-1);
  return html`<picture>
    ${image.formats
      .slice(0, -1)
      .map(
        (f) =>
          html`<source type="${f.type}" srcset="${srcsetOf(f, base)}" sizes="${PAGE_SIZES}" />`,
      )}
    <img
      src="${image.local ? base + image.src : image.src}"
      ${fallback && html`srcset="${srcsetOf(fallback, base)}" sizes="${PAGE_SIZES}"`}
      ${size && html`width="${image.width ?? 0}" height="${image.height ?? 0}"`}
      alt="${image.alt}"
      ${eager ? html`fetchpriority="high"` : html`loading="lazy"`}
      decoding="async"
    />
  </picture>`;
}

function caption(m: Media): Html {
  return html`<figcaption>
    ${m.caption && html`<span class="media-caption">${m.caption}</span>`}
    <span class="media-credit">${m.credit}</span>
    ${m.link && httpUrl(m.link) && html`<a href="${m.link}" rel="noopener">About this ${m.kind}</a>`}
  </figcaption>`;
}

/** One item of an event's media, as a figure; `eager` for the first one, which is in view. */
export function mediaFigureHtml(m: Media, site: MediaSite, title: string, eager: boolean): Html {
  const { base, index } = site;
  const image = shownImage(m, index);
  const file = copiedPath(m.file, index);
  const name = m.title ?? m.caption ?? title;
  let shown: Html;
  if (image) shown = pictureHtml(image, base, eager);
  else if (m.kind === "video" && file) {
    const captions = copiedPath(m.captions, index);
    shown = html`<video controls preload="none">
      <source src="${base + file.path}" type="${file.type}" />
      ${captions && html`<track kind="captions" src="${base + captions.path}" label="Captions" default />`}
    </video>`;
  } else if (m.kind === "audio" && file) {
    shown = html`<audio controls preload="none" src="${base + file.path}"></audio>`;
  } else {
    const video = m.url !== undefined ? remoteVideo(m.url) : undefined;
    const href =
      video?.pageUrl ?? (m.url && httpUrl(m.url)) ?? (file ? base + file.path : undefined);
    const what = video
      ? `Video (${video.host === "youtube" ? "YouTube" : "Vimeo"})`
      : m.kind === "document"
        ? "Document"
        : "Link";
    shown = href ? html`<p><a href="${href}" rel="noopener">${what}: ${name}</a></p>` : html``;
  }
  return html`<figure class="static-media">${shown}${caption(m)}</figure>`;
}

/** An image for the page's share card: `og:image` with its size and alt, and the large card. */
export function shareImageMeta(
  m: Media | undefined,
  site: MediaSite,
  absolute: (pathFromSiteBase: string) => string,
): Html {
  const image = m && shownImage(m, site.index);
  if (!image) return html`<meta name="twitter:card" content="summary" />`;
  const src = image.local ? absolute(image.src) : image.src;
  const fallback = image.local ? image.formats.at(-1) : undefined;
  const file = fallback?.files.find((f) => image.src === f.path);
  const width = file?.width ?? image.width;
  const height =
    file && image.width && image.height
      ? Math.round((image.height * file.width) / image.width)
      : image.height;
  return html`<meta property="og:image" content="${src}" />
    ${width !== undefined && html`<meta property="og:image:width" content="${width}" />`}
    ${height !== undefined && html`<meta property="og:image:height" content="${height}" />`}
    ${image.alt && html`<meta property="og:image:alt" content="${image.alt}" />`}
    <meta name="twitter:card" content="summary_large_image" />
    ${image.alt && html`<meta name="twitter:image:alt" content="${image.alt}" />`}`;
}
