/** The locale of a Docusaurus content file, from its `i18n/<locale>/…` path; undefined for default-locale files. */
export function localeOfPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  return /(?:^|[\\/])i18n[\\/]([^\\/]+)[\\/]/.exec(path)?.[1];
}
