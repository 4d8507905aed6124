// The xliff package ships no types for its subpath modules; these are the shapes we use.
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: object): Promise<string>;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<object>;
}
declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string): Promise<object>;
}
