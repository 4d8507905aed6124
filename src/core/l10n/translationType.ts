/** Who translated a localized page, from its `ms.translationtype` front matter ("MT" means machine translation). */
export function translationTypeOf(frontMatter: Record<string, unknown>): 'human' | 'machine' {
  return String(frontMatter['ms.translationtype'] ?? '').toUpperCase() === 'MT' ? 'machine' : 'human';
}
