import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {Prism} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {registerPrismLanguages} from '../registerLanguages';

/** Token types and text only: the shape a code block renders. */
function shape(tokens: Array<string | Prism.Token>): unknown[] {
  return tokens.map((t) =>
    typeof t === 'string'
      ? t
      : [t.type, t.alias ?? null, Array.isArray(t.content) ? shape(t.content) : typeof t.content === 'string' ? t.content : shape([t.content])],
  );
}

const SAMPLES = ['Startup.cs', 'Program.cs'].map((name) =>
  readFileSync(join(__dirname, '../../../../docs/websockets/samples/2.x/WebSocketsSample', name), 'utf8'),
);
SAMPLES.push('var s = $"{a} and {b:N2} {(x ? "y" : $"{z}")}"; [Obsolete] class C<T> where T : new() { }');

describe('registerPrismLanguages', () => {
  it('highlights C# exactly as Prism does with its full reference walk', async () => {
    registerPrismLanguages(Prism, ['csharp']);
    // The reference: the prismjs package on its own global instance, registering C# the standard way.
    // The component is run from its source: the module itself is cached from the registration above.
    const reference = (await import('prismjs')).default as unknown as typeof Prism;
    const component = readFileSync(require.resolve('prismjs/components/prism-csharp.js'), 'utf8');
    new Function('Prism', component)(reference);
    const ours = Prism.languages.csharp;
    const theirs = reference.languages.csharp;
    if (!ours || !theirs) throw new Error('C# is not registered');
    for (const code of SAMPLES) {
      expect(shape(Prism.tokenize(code, ours))).toEqual(shape(reference.tokenize(code, theirs)));
    }
    expect(Prism.languages.cs).toBe(ours);
    expect(Object.keys(ours)).toContain('interpolation-string');
  });

  it('puts back the original walk and the global Prism as they were', () => {
    const walk = (Prism.languages as {DFS?: unknown}).DFS;
    const globalBefore = (globalThis as {Prism?: unknown}).Prism;
    registerPrismLanguages(Prism, ['csharp']);
    expect((Prism.languages as {DFS?: unknown}).DFS).toBe(walk);
    expect((globalThis as {Prism?: unknown}).Prism).toBe(globalBefore);
  });
});
