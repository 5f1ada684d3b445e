package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DÃ©crivez                | Décrivez
            lâ€™Ã©dition             | l’édition
            mise en Å“uvre            | mise en œuvre
            â€œSpiritâ€\u009D       | “Spirit”
            ConvenciÃ³n              | Convención
            caractÃƒÂ©ristiques       | caractéristiques
            """)
    void repairsUtf8ReadAsWindows1252OrLatin1(String garbled, String repaired) {
        TextDecoder.Decoded decoded = TextDecoder.decode(garbled.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(repaired);
        assertThat(decoded.issues()).extracting(ImportIssue::messageKey).containsExactly("import.warning.mojibakeRepaired");
    }

    @Test
    void aSequenceWhoseBytesWereLostIsLeftAsItIs() {
        TextDecoder.Decoded decoded = TextDecoder.decode("â€œSpiritâ€\uFFFD".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("“Spiritâ€\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Décrivez les caractéristiques", "SÃO PAULO", "Ã la carte", "Größe ½ €", "¿Cuáles?"})
    void leavesCorrectTextAlone(String text) {
        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.issues()).isEmpty();
    }

    @Test
    void unifiesLineEndingsAndDropsTheByteOrderMark() {
        TextDecoder.Decoded decoded = TextDecoder.decode("\uFEFFa\r\nb\rc\n".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("a\nb\nc\n");
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        TextDecoder.Decoded decoded = TextDecoder.decode("Titre\nMinistère".getBytes(StandardCharsets.UTF_16));

        assertThat(decoded.text()).isEqualTo("Titre\nMinistère");
        assertThat(decoded.issues()).extracting(ImportIssue::messageKey).containsExactly("import.warning.decodedAsUtf16");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() {
        byte[] content = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, ' ', (byte) 0x81};

        TextDecoder.Decoded decoded = TextDecoder.decode(content);

        assertThat(decoded.text()).isEqualTo("café € \u0081");
        assertThat(decoded.encoding()).isEqualTo("windows-1252");
    }
}
