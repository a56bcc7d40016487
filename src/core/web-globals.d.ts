// The one web API shared code uses, present alike in browsers and in Node: the WHATWG URL. Core is
// type-checked without the DOM and without Node's types (tsconfig.core.json), so it is declared
// here, for that check only; the app and Node projects get it from their own libraries.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly searchParams: { get(name: string): string | null };
  readonly username: string;
  readonly password: string;
  static canParse(url: string, base?: string): boolean;
}
