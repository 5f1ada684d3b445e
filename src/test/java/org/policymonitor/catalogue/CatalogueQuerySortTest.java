package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typing words sorts by relevance unless the reader chose a sort; clearing them goes back to date. */
class CatalogueQuerySortTest {

    @Test
    void wordsTypedIntoAnEmptySearchAreSortedByRelevance() {
        CatalogueQuery empty = CatalogueQuery.text("");
        assertThat(empty.sort()).isEqualTo(CatalogueQuery.Sort.DATE);
        assertThat(empty.withText("music").sort()).isEqualTo(CatalogueQuery.Sort.RELEVANCE);
        assertThat(empty.withText("music").withText("").sort()).isEqualTo(CatalogueQuery.Sort.DATE);
    }

    @Test
    void aSortTheReaderChoseStaysWhenTheWordsChange() {
        CatalogueQuery byDate = CatalogueQuery.text("music").withSort(CatalogueQuery.Sort.DATE);
        assertThat(byDate.withText("theatre").sort()).isEqualTo(CatalogueQuery.Sort.DATE);
    }
}
