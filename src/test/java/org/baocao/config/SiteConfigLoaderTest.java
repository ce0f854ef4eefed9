package org.baocao.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SiteConfigLoaderTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig load(String yaml) {
        return new SiteConfigLoader(diagnostics, java.nio.file.Path.of("content")).load(new SourceFile("content/site.yaml", yaml));
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
}
