import type {Prism} from 'prism-react-renderer';

type Languages = typeof Prism.languages;
type Visit = (this: Record<string, unknown>, key: string, value: unknown, type: string) => void;
type Walk = (o: unknown, callback: Visit, type?: string, visited?: Record<number, boolean>) => void;

/**
 * Registers additional Prism languages, as Docusaurus' prism-include-languages does, but cheaper:
 * each `insertBefore` of a new grammar walks every bundled grammar to repoint references to the
 * one it replaces. Only the grammars being added can hold such references, so the walk is limited
 * to them. Prism's full walk was most of the main bundle's start-up time (about 200 ms of blocking
 * time in Lighthouse's mobile run).
 */
export function registerPrismLanguages(PrismObject: typeof Prism, additionalLanguages: readonly string[]): void {
  const languages = PrismObject.languages as Languages & {DFS: Walk};
  const bundled = new Set(Object.keys(languages));
  const fullWalk = languages.DFS;
  languages.DFS = function (this: unknown, o, callback, type, visited) {
    if (o !== languages) return fullWalk.call(this, o, callback, type, visited);
    const added: Record<string, unknown> = {};
    for (const key of Object.keys(languages)) if (!bundled.has(key)) added[key] = languages[key as keyof Languages];
    fullWalk.call(this, added, callback, type, visited);
    // A top-level grammar the callback repointed must be repointed in the real table too.
    for (const [key, value] of Object.entries(added)) if (languages[key as keyof Languages] !== value) Object.assign(languages, {[key]: value});
  };
  // Prism components register on the global Prism; prism-react-renderer keeps its own instance.
  const globals = globalThis as {Prism?: unknown};
  const before = globals.Prism;
  globals.Prism = PrismObject;
  try {
    for (const language of additionalLanguages) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundled require per grammar, run while the global Prism is ours
      require(`prismjs/components/prism-${language}`);
    }
  } finally {
    languages.DFS = fullWalk;
    if (before === undefined) delete globals.Prism;
    else globals.Prism = before;
  }
}
