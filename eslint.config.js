import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      // vis-timeline is reached only through its hook, so there is one place that knows its API.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["vis-timeline", "vis-timeline/*", "vis-data", "vis-data/*"],
              message:
                "Only src/timeline/use-vis-timeline.ts may import vis-timeline and vis-data.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests state their expectations about fixtures with `!`; a wrong one fails the test.
    files: ["**/*.test.{ts,tsx}", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["src/timeline/use-vis-timeline.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
