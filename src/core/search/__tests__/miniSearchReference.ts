import MiniSearch from 'minisearch';
import type {SearchSection} from '../pageSections';
import {fieldText, SEARCH_BOOST, SEARCH_FIELDS, termFuzziness, termIsPrefix} from '../searchIndex';
import {searchTerms} from '../searchTerms';

/** A section's id: its page and anchor, and its part after the first. */
export const sectionId = (section: SearchSection) => `${section.path}#${section.anchor}${section.part ? `~${section.part}` : ''}`;

/**
 * The whole index in MiniSearch, searched as the site's search means to search: the reference the
 * shards' scores and rankings are tested against.
 */
export function createSearchIndex(sections: readonly SearchSection[]): MiniSearch<SearchSection> {
  const index = new MiniSearch<SearchSection>({
    fields: [...SEARCH_FIELDS],
    extractField: (section, field) => (field === 'id' ? sectionId(section) : fieldText(section, field as (typeof SEARCH_FIELDS)[number])),
    tokenize: (text) => searchTerms(text),
    processTerm: (term) => term || null,
    searchOptions: {boost: {...SEARCH_BOOST}, combineWith: 'OR', prefix: termIsPrefix, fuzzy: (term) => termFuzziness(term) || false},
  });
  index.addAll(sections);
  return index;
}
