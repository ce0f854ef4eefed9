package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image that cannot be used is an error naming the file and the line that uses it; nothing is built. */
class ImageErrorsTest {
    @TempDir
    Path temp;

    private ProjectFixture project(String image, byte[] bytes) {
        return new ProjectFixture(temp.resolve("project"))
                .file("content/site.yaml", SITE_YAML)
                .file("content/reports/2024/report.yaml", """
                        title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                        period: {start: 2024-01-01, end: 2024-12-31}
                        published: 2025-03-20
                        """)
                .file("content/reports/2024/vi/01-tong-quan.md", """
                        ---
                        title: Tổng quan
                        ---
                        Quỹ Tín dụng Nhân dân Tân Phú năm 2024.

                        ![Trụ sở của quỹ](../media/%s)
                        """.formatted(image))
                .file("content/reports/2024/en/01-tong-quan.md", """
                        ---
                        title: Overview
                        ---
                        ![The fund's office](../media/%s)
                        """.formatted(image))
                .bytes("content/reports/2024/media/" + image, bytes);
    }

    private List<String> buildFails(ProjectFixture project) {
        Diagnostics diagnostics = new Diagnostics();
        Path output = temp.resolve("output");
        assertFalse(new Pipeline().build(new BuildOptions(project.root(), output, false, false), diagnostics).succeeded());
        assertFalse(Files.exists(output), "a failed build wrote the output folder");
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aFileThatIsNoImage() {
        List<String> errors = buildFails(project("tru-so.png", "Ảnh gửi sau".getBytes(StandardCharsets.UTF_8)));
        assertEquals("""
                content/reports/2024/en/01-tong-quan.md:4:22: error: image '../media/tru-so.png' is not an image baocao can read (JPEG, PNG, GIF, WebP or SVG)
                    ![The fund's office](../media/tru-so.png)
                                         ^
                    hint: open it in an image editor and save it as JPEG (photos) or PNG (drawings, logos)
                """, errors.get(0));
        assertEquals(2, errors.size(), "each language's line: " + errors);
        assertEquals(true, errors.get(1).startsWith("content/reports/2024/vi/01-tong-quan.md:6:19: error: image '../media/tru-so.png' is not an image"), errors.get(1));
    }

    @Test
    void aJpegCutShort() {
        byte[] cut = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        String error = buildFails(project("tru-so.jpg", cut)).get(0);
        assertEquals(true, error.startsWith("content/reports/2024/en/01-tong-quan.md:4:22: error: image '../media/tru-so.jpg' is damaged or incomplete and cannot be read as JPEG ("), error);
        assertEquals(true, error.endsWith("hint: copy the original file again, or open it in an image editor and save it again\n"), error);
    }

    @Test
    void anImageOfMoreThan100MegapixelsIsRefusedFromItsHeader() throws Exception {
        List<String> errors = buildFails(project("toan-canh.png", pngHeaderOnly(12_000, 9_000)));
        assertEquals("""
                content/reports/2024/en/01-tong-quan.md:4:22: error: image '../media/toan-canh.png' is 12000 × 9000 pixels (108 megapixels), more than the 100 megapixels baocao reads
                    ![The fund's office](../media/toan-canh.png)
                                         ^
                    hint: make a smaller copy in an image editor: 6000 pixels on the long side is plenty, even for print
                """, errors.get(0));
    }

    @Test
    void aCoverThatIsNoImage() {
        ProjectFixture project = project("tru-so.png", "Ảnh gửi sau".getBytes(StandardCharsets.UTF_8))
                .file("content/reports/2024/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nNăm 2024.\n")
                .file("content/reports/2024/en/01-tong-quan.md", "---\ntitle: Overview\n---\nThe year 2024.\n")
                .file("content/reports/2024/report.yaml", """
                        title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                        period: {start: 2024-01-01, end: 2024-12-31}
                        published: 2025-03-20
                        cover: media/tru-so.png
                        """);
        assertEquals(List.of("""
                content/reports/2024/report.yaml:4:8: error: image 'media/tru-so.png' is not an image baocao can read (JPEG, PNG, GIF, WebP or SVG)
                    cover: media/tru-so.png
                           ^
                    hint: open it in an image editor and save it as JPEG (photos) or PNG (drawings, logos)
                """), buildFails(project));
    }

    /** A PNG signature and IHDR chunk claiming {@code width} × {@code height}, and no pixels. */
    private static byte[] pngHeaderOnly(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        out.write(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
