package org.baocao.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SiteConfigLoaderTest {
    private final Diagnostics diagnostics = new Diagnostics();
    @TempDir
    Path content;

    private SiteConfig load(String yaml) {
        return new SiteConfigLoader(diagnostics, content).load(new SourceFile("content/site.yaml", yaml));
    }

    private void file(String path, byte[] bytes) throws IOException {
        Files.createDirectories(content.resolve(path).getParent());
        Files.write(content.resolve(path), bytes);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(d -> d.headline() + " | " + d.hint()).toList();
    }

    @Test
    void readsOrganisationLanguagesAndPrintOptions() {
        SiteConfig site = load("""
                organization:
                  name: {vi: Hợp tác xã Sen Vàng, en: Golden Lotus Cooperative}
                languages:
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: en, locale: en-GB, name: English}
                base_url: https://example.org/sen-vang
                print: {page_size: a5, margin: 15mm, bilingual_edition: true}
                """);
        assertEquals(List.of(), messages());
        assertEquals("vi", site.languages().defaultLanguage().code());
        assertEquals(Locale.forLanguageTag("en-GB"), site.languages().get("en").locale());
        assertEquals("Golden Lotus Cooperative", site.organizationName().in("en"));
        assertEquals("Golden Lotus Cooperative", site.organizationShortName().in("en"));
        assertEquals("https://example.org/sen-vang/", site.baseUrl().orElseThrow());
        assertEquals(PrintOptions.PageSize.A5, site.print().pageSize());
        assertEquals("15mm", site.print().margin());
        assertEquals(true, site.print().bilingualEdition());
        assertEquals("VND", site.currency());
    }

    @Test
    void anUnknownKeyIsAnErrorWithDidYouMean() {
        load("""
                organisation:
                  name: Sen Vàng
                organization:
                  name: Sen Vàng
                languages: [{code: vi, locale: vi-VN, name: Tiếng Việt}]
                """);
        assertEquals(List.of("content/site.yaml:1:1: error: unknown key 'organisation' in site.yaml | did you mean 'organization'?"), messages());
    }

    @Test
    void aValueOfTheWrongKindNamesItsKey() {
        load("""
                organization: {name: Sen Vàng}
                languages: [{code: vi, locale: vi-VN, name: Tiếng Việt}]
                currency: [VND]
                print: {print_shop: sometimes}
                """);
        assertEquals(List.of(
                "content/site.yaml:3:11: error: currency must be a text, found a list | write currency: followed by the text",
                "content/site.yaml:4:21: error: print_shop must be true or false, found a text | write print_shop: true or print_shop: false"),
                messages());
    }

    @Test
    void unknownKeysInsideALanguageAndPrintAreErrorsToo() {
        load("""
                organization: {name: Sen Vàng}
                languages: [{code: vi, locale: vi-VN, name: Tiếng Việt, flag: vn}]
                print: {page_sise: A4}
                """);
        assertEquals(List.of(
                "content/site.yaml:2:57: error: unknown key 'flag' in a language | the keys allowed here are: code, locale, name",
                "content/site.yaml:3:9: error: unknown key 'page_sise' in print | did you mean 'page_size'?"), messages());
    }

    @Test
    void aBadLocaleIsPointedAt() {
        assertNull(load("""
                organization: {name: Sen Vàng}
                languages:
                  - {code: vi, locale: vi_VN_north, name: Tiếng Việt}
                """));
        assertEquals(List.of("content/site.yaml:3:24: error: 'vi_VN_north' is not a locale | write a language tag such as vi-VN or en-GB"), messages());
    }

    @Test
    void aLanguageListedTwiceAndABadCodeAreErrors() {
        load("""
                organization: {name: Sen Vàng}
                languages:
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: English, locale: en-GB, name: English}
                """);
        assertEquals(List.of(
                "content/site.yaml:4:5: error: language 'vi' is listed twice | remove one of them",
                "content/site.yaml:5:12: error: 'English' is not a language code | use a short lower-case code such as vi or en"), messages());
    }

    @Test
    void missingRequiredKeysSayWhatToWrite() {
        assertNull(load("base_url: ftp://example.org\n"));
        assertEquals(Set.of("missing required key 'languages'", "missing required key 'organization'",
                        "base_url must be an http:// or https:// address"),
                diagnostics.sorted().stream().map(Diagnostic::message).collect(Collectors.toSet()));
    }

    private static final String HEADER = """
            organization:
              name: Tân Phú
              phone: "+84 210 3 456 789"
              email: lienhe@example.vn
              website: https://example.vn
              address: {vi: Số 5 đường Trần Phú, en: 5 Tran Phu Street}
            languages: [{code: vi, locale: vi-VN, name: Tiếng Việt}, {code: en, locale: en-GB, name: English}]
            """;

    @Test
    void readsContactsAndBrand() throws IOException {
        file("media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        file("fonts/Body.ttf", new byte[] {0, 1, 0, 0});
        file("fonts/Body-Bold.ttf", new byte[] {0, 1, 0, 0});
        SiteConfig site = load(HEADER + """
                brand:
                  logo: media/logo.svg
                  colors: {primary: "#0B6E4F", charts: ["#0B6E4F", "#f2a900"]}
                  fonts:
                    body: {regular: fonts/Body.ttf, bold: fonts/Body-Bold.ttf, italic: fonts/Body.ttf, bold_italic: fonts/Body-Bold.ttf}
                """);
        assertEquals(List.of(), messages());
        assertEquals("5 Tran Phu Street", site.contacts().address().orElseThrow().in("en"));
        assertEquals("lienhe@example.vn", site.contacts().email().orElseThrow());
        assertEquals("media/logo.svg", site.brand().logo().orElseThrow().path());
        assertEquals(List.of("#0b6e4f", "#f2a900"), site.brand().colors().chartHexes());
        assertEquals("fonts/Body-Bold.ttf", site.brand().body().orElseThrow().faces().get(FontFamily.Face.BOLD).path());
        assertEquals(true, site.brand().colors().accent().isEmpty());
        assertEquals(true, site.brand().headings().isEmpty());
    }

    @Test
    void withoutBrandTheDefaultLookStays() {
        SiteConfig site = load(HEADER);
        assertEquals(List.of(), messages());
        assertEquals(Brand.NONE, site.brand());
    }

    @Test
    void wrongBrandShapesAreErrorsAtTheirLine() throws IOException {
        file("media/logo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8});
        file("media/fake.png", "not a png".getBytes(StandardCharsets.UTF_8));
        file("fonts/Cff.otf", "OTTO".getBytes(StandardCharsets.ISO_8859_1));
        file("fonts/Web.woff2", "wOF2".getBytes(StandardCharsets.ISO_8859_1));
        file("fonts/Text.ttf", "hello".getBytes(StandardCharsets.ISO_8859_1));
        load("""
                organization: {name: Tân Phú, email: lienhe, website: example.vn}
                languages: [{code: vi, locale: vi-VN, name: Tiếng Việt}]
                brand:
                  logo: media/logo.jpg
                  colors:
                    primary: #0B6E4F
                    accent: green
                    charts: "#0B6E4F"
                  fonts:
                    body: {regular: ../fonts/Body.ttf, bold: fonts/Missing.ttf, italic: fonts/Cff.otf, bold_italic: fonts/Web.woff2}
                    headings: {regular: fonts/Text.ttf, italic: fonts/Text.ttf}
                """);
        assertEquals(List.of(
                "content/site.yaml:1:38: error: 'lienhe' is not an e-mail address | write it as name@example.vn",
                "content/site.yaml:1:55: error: website must be an http:// or https:// address | write the full address, e.g. https://example.vn",
                "content/site.yaml:4:9: error: logo 'media/logo.jpg' must be an SVG or PNG file | export the logo as SVG (sharp at every size) or PNG",
                "content/site.yaml:6:13: error: primary must be a colour written \"#RRGGBB\", found nothing | write six hexadecimal digits in quotes, e.g. \"#0B6E4F\" (without quotes, YAML reads # as a comment)",
                "content/site.yaml:7:13: error: accent must be a colour written \"#RRGGBB\", found 'green' | write six hexadecimal digits in quotes, e.g. \"#0B6E4F\" (without quotes, YAML reads # as a comment)",
                "content/site.yaml:8:13: error: charts must be a list of colours, found a text | write the series colours in order: charts: [\"#0B6E4F\", \"#F2A900\", \"#3A6EA5\"]",
                "content/site.yaml:10:21: error: font '../fonts/Body.ttf' is outside content/ | copy the file into content/ (e.g. content/fonts/), and write its path relative to content/",
                "content/site.yaml:10:46: error: no font file content/fonts/Missing.ttf | check the file's name and folder: the path is relative to content/",
                "content/site.yaml:10:73: error: font 'fonts/Cff.otf' has PostScript (CFF) outlines, which the PDF cannot embed | use the family's TrueType (.ttf) files",
                "content/site.yaml:10:101: error: font 'fonts/Web.woff2' must be a TTF or OTF file | use the family's .ttf files (web fonts such as .woff2 cannot be embedded in the PDF)",
                "content/site.yaml:11:25: error: font 'fonts/Text.ttf' is not a TrueType or OpenType font | use the family's .ttf files",
                "content/site.yaml:11:41: error: unknown key 'italic' in the headings font | the keys allowed here are: regular, bold"),
                messages());
    }

    @Test
    void aLogoWhoseContentIsNotItsFormatIsAnError() throws IOException {
        file("media/fake.png", "not a png".getBytes(StandardCharsets.UTF_8));
        load(HEADER + "brand: {logo: media/fake.png}\n");
        assertEquals(List.of("content/site.yaml:8:15: error: logo 'media/fake.png' is not a valid PNG image"
                + " | export the logo again from the drawing program, as SVG or PNG"), messages());
    }
}
