import js from "@eslint/js";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const VIS = ["vis-timeline", "vis-timeline/*", "vis-data", "vis-data/*"];

/**
 * Code is arranged by where it runs, and imports flow one way:
 * src/core (pure, shared) ← src/app (the browser) ← src/studio (the editor, in the browser), and
 * src/core ← src/build, src/cli (Node; src/cli/studio/ serves the studio).
 * Tests and fixtures may reach across; shipped code may not.
 */
const zones = [
  {
    target: "src/core",
    from: ["src/app", "src/build", "src/cli", "e2e", "bench"],
    message: "src/core is shared by every side: it imports nothing of ours outside src/core.",
  },
  {
    target: "src/app",
    from: ["src/build", "src/cli", "src/studio", "e2e", "bench"],
    message: "Browser code imports only src/core and src/app (the reader's app never the studio).",
  },
  {
    target: "src/studio",
    from: ["src/build", "src/cli", "e2e", "bench"],
    message:
      "The studio's browser side imports only src/core and src/app; its server is src/cli/studio/.",
  },
  {
    target: ["src/build", "src/cli"],
    from: ["src/app", "src/studio"],
    message:
      "Build and command-line code never import browser code: move what both need to src/core.",
  },
];

export default tseslint.config(
  {
    ignores: ["dist", "dist-*", "node_modules", "playwright-report", "test-results", "bench/.out"],
  },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones }],
      // vis-timeline is reached only through src/app/chart/vis/, the one folder that knows its API.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: VIS,
              message: "Only src/app/chart/vis/ may import vis-timeline and vis-data.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and their fixtures may build on any side's code.
    files: ["**/*.test.{ts,tsx}", "**/fixtures/**", "e2e/**/*.ts"],
    rules: { "import-x/no-restricted-paths": "off" },
  },
  {
    // Tests state their expectations about fixtures with `!`; a wrong one fails the test.
    files: ["**/*.test.{ts,tsx}", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["src/app/chart/vis/**"],
    rules: { "no-restricted-imports": "off" },
  },
);
