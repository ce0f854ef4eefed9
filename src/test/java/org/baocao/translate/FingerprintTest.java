package org.baocao.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final String SOURCE = "---\ntitle: Tổng quan\n---\nHợp tác xã Sen Vàng có 120 thành viên.\n\nNăm 2020 mở rộng vùng sen.\n";

    @Test
    void whitespaceIsNotAChange() {
        String rewrapped = "---\ntitle:   Tổng quan\n---\n\nHợp tác xã Sen Vàng\ncó 120 thành viên.  \r\n\n\n\tNăm 2020 mở rộng vùng sen.";
        assertEquals(Fingerprint.of(SOURCE), Fingerprint.of(rewrapped));
    }

    @Test
    void decomposedAccentsAreTheSameText() {
        assertEquals(Fingerprint.of(SOURCE), Fingerprint.of(Normalizer.normalize(SOURCE, Normalizer.Form.NFD)));
    }

    @Test
    void aChangedWordOrNumberIsAChange() {
        assertNotEquals(Fingerprint.of(SOURCE), Fingerprint.of(SOURCE.replace("120", "125")));
        assertNotEquals(Fingerprint.of(SOURCE), Fingerprint.of(SOURCE.replace("vùng sen", "vùng lúa")));
        assertNotEquals(Fingerprint.of(SOURCE), Fingerprint.of(SOURCE.replace("Tổng quan", "Tổng quát")));
    }

    @Test
    void joiningTwoWordsIsAChange() {
        assertNotEquals(Fingerprint.of("hợp tác"), Fingerprint.of("hợptác"));
    }

    @Test
    void isAStableSha256() {
        assertTrue(Fingerprint.of(SOURCE).matches("sha256:[0-9a-f]{64}"));
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Fingerprint.of("  abc\n"));
    }

    @Test
    void wordDiffShowsWhatChangedWithItsLine() {
        List<WordDiff.Change> changes = WordDiff.between(SOURCE, SOURCE.replace("120", "125").replace("vùng sen", "vùng sen và lúa"));
        assertEquals(2, changes.size());
        assertEquals(4, changes.get(0).line());
        assertEquals("… tác xã Sen Vàng có [-120-]{+125+} thành viên. Năm 2020 mở …", changes.get(0).render());
        assertEquals(6, changes.get(1).line());
        assertEquals("… Năm 2020 mở rộng vùng [-sen.-]{+sen và lúa.+}", changes.get(1).render());
    }

    @Test
    void wordDiffOfAWhitespaceEditIsEmpty() {
        assertEquals(List.of(), WordDiff.between(SOURCE, SOURCE.replace("\n\n", "\n\n\n").replace(" có ", "\ncó ")));
    }
}
