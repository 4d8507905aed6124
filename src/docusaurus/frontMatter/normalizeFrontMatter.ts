/**
 * Front matter of imported DocFX pages, made acceptable to Docusaurus without touching the file:
 * DocFX takes `keywords` as one comma-separated string (often with CJK commas), Docusaurus wants a
 * list. Every other key, `ms.*` included, is kept as it is.
 */
export function normalizeFrontMatter(data: Record<string, unknown>): Record<string, unknown> {
  const {keywords} = data;
  if (typeof keywords !== 'string') return data;
  return {
    ...data,
    keywords: keywords
      .split(/[,，、]/)
      .map((k) => k.trim())
      .filter(Boolean),
  };
}
