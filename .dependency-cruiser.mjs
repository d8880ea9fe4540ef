// Run by `npm run lint` (`depcruise app components lib`): imports must run one way, so a module
// can be read, tested and changed without the ones that use it.
const config = {
  forbidden: [
    {
      name: "no-circular",
      comment: "This import closes a cycle: move what both sides share into a module of its own, or pass it in.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: TypeScript erases them, but a type imported back ties the two
    // modules together for every change as tightly as a value does.
    tsPreCompilationDeps: true,
    // Resolves the `@/` alias: unresolved, those imports would hide their cycles.
    tsConfig: { fileName: "tsconfig.json" },
    skipAnalysisNotInRules: true,
  },
};

export default config;
