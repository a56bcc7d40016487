import type { IncomingMessage } from "node:http";

/**
 * The studio listens on 127.0.0.1 only, but any page open in the same browser can send requests
 * there. Its API answers only requests that carry the run's token (written into the studio's own
 * page, which other origins cannot read), from its own origin, addressed to its own host (so a
 * DNS-rebound name is refused too).
 */
export function refusal(request: IncomingMessage, token: string): string | undefined {
  const host = request.headers.host ?? "";
  if (!/^(?:127\.0\.0\.1|localhost)(?::\d+)?$/.test(host)) return `host ${host} is not the studio`;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`)
    return `origin ${origin} is not the studio`;
  if (request.headers["x-studio-token"] !== token) return "missing or wrong studio token";
  return undefined;
}
