/**
 * The layers, as data: every import points down. Pure core → project (fs) → Docusaurus glue, the
 * CLI and the server; browser code (components, theme, pages) sits beside the glue and reads core.
 */
const NODE_ONLY = '^(fs|path|os|child_process|worker_threads|http|net|stream|zlib|crypto|url)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {name: 'no-cycles', severity: 'error', comment: 'Modules import each other: move what both need into a lower module.', from: {}, to: {circular: true}},
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core is where the site and the CLI meet: no file system, no Docusaurus, no React, nothing above it.',
      from: {path: '^src/core/', pathNot: '/__tests__/'},
      to: {
        path: ['^src/(?!core/)', '^scripts/', '^tests/', '^node_modules/(@docusaurus|react|react-dom|i18next|react-i18next)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {name: 'core-has-no-node', severity: 'error', from: {path: '^src/core/', pathNot: '/__tests__/'}, to: {dependencyTypes: ['core'], path: NODE_ONLY}},
    {
      name: 'project-reads-core-only',
      severity: 'error',
      comment: 'src/project loads and writes a project on disk; it knows nothing of Docusaurus, the server, React or the CLI.',
      from: {path: '^src/project/', pathNot: '/__tests__/'},
      to: {path: ['^src/(docusaurus|server|components|theme|pages)/', '^scripts/', '^node_modules/(@docusaurus|react)/']},
    },
    {
      name: 'server-reads-core-only',
      severity: 'error',
      comment: 'The server faces the internet: it imports core at most, never the site, the CLI or React.',
      from: {path: '^src/server/', pathNot: '/__tests__/'},
      to: {path: ['^src/(project|docusaurus|components|theme|pages)/', '^scripts/', '^node_modules/(@docusaurus|react)/']},
    },
    {
      name: 'site-never-imports-the-cli',
      severity: 'error',
      from: {path: '^src/', pathNot: '/__tests__/'},
      to: {path: '^scripts/'},
    },
    {
      name: 'node-code-imports-no-react-components',
      severity: 'error',
      comment: 'The CLI, the server and the Docusaurus glue read shared data (JSON, constants), never React components.',
      from: {path: ['^scripts/', '^src/(server|project|docusaurus)/'], pathNot: '/__tests__/'},
      to: {path: ['\\.tsx$', '^src/components/.*/(i18n|use[A-Z]\\w*)\\.ts$', '^node_modules/(react|react-dom|react-i18next)/']},
    },
    {
      name: 'browser-code-has-no-node',
      severity: 'error',
      comment: 'Components, theme and pages run in the browser.',
      from: {path: '^src/(components|theme|pages)/', pathNot: '/__tests__/'},
      to: {path: ['^src/(project|server|docusaurus)/', '^scripts/'], dependencyTypesNot: ['type-only']},
    },
    {
      name: 'browser-code-has-no-node-builtins',
      severity: 'error',
      from: {path: '^src/(components|theme|pages)/', pathNot: '/__tests__/'},
      to: {dependencyTypes: ['core']},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: ['^build/', '^\\.docusaurus/', '/__fixtures__/']},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
};
