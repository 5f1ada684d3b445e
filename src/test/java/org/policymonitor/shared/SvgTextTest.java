package org.policymonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTextTest {

    @Test
    void markupAndBothQuotesBecomeEntities() {
        assertThat(SvgText.escape("<script>alert('x')</script> & \"y\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
    }

    @Test
    void nullIsTheEmptyTextAndOtherCharactersStay() {
        assertThat(SvgText.escape(null)).isEmpty();
        assertThat(SvgText.escape("Ministère — 2024 ½")).isEqualTo("Ministère — 2024 ½");
    }
}
