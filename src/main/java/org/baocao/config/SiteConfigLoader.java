package org.baocao.config;

import org.baocao.source.Message;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baocao.i18n.Language;
import org.baocao.i18n.Languages;
import org.baocao.i18n.LocalizedText;
import org.baocao.i18n.LocalizedTexts;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.yaml.MappingReader;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;

/** Reads content/site.yaml; every key it does not know is an error. */
public final class SiteConfigLoader {
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Pattern CSS_LENGTH = Pattern.compile("\\d+(\\.\\d+)?(mm|cm|in|pt)");

    private final Diagnostics diagnostics;

    public SiteConfigLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Null when the file is unusable (diagnostics say why). */
    public SiteConfig load(SourceFile file) {
        YamlValue root = new YamlParser(diagnostics).parse(file, file.text(), 1);
        if (root == null) return null;
        MappingReader site = MappingReader.of(root, "site.yaml", diagnostics);
        if (site == null) return null;

        Languages languages = readLanguages(site.required("languages", "languages: [{code: vi, locale: vi-VN, name: Tiếng Việt}]"));
        YamlValue organization = site.required("organization", "organization: {name: {vi: ..., en: ...}}");
        Optional<String> baseUrl = readBaseUrl(site.optional("base_url"));
        String currency = readText(site.optional("currency"), "currency", "VND");
        PrintOptions print = readPrint(site.optional("print"));
        site.rejectUnknownKeys("site.yaml");
        if (languages == null || organization == null) return null;

        LocalizedTexts texts = new LocalizedTexts(languages, diagnostics);
        MappingReader org = MappingReader.of(organization, "organization", diagnostics);
        if (org == null) return null;
        YamlValue name = org.required("name", "name: {vi: Liên minh Hợp tác xã Việt Nam, en: Vietnam Cooperative Alliance}");
        YamlValue shortName = org.optional("short_name");
        org.rejectUnknownKeys("organization");
        if (name == null) return null;
        LocalizedText orgName = texts.read(name, Message.WORD_ORGANIZATION_NAME);
        LocalizedText orgShort = shortName == null ? orgName : texts.read(shortName, Message.WORD_ORGANIZATION_SHORT_NAME);
        if (orgName == null || orgShort == null) return null;
        return new SiteConfig(orgName, orgShort, languages, baseUrl, currency, print);
    }

    private Languages readLanguages(YamlValue value) {
        if (value == null) return null;
        if (!(value instanceof YamlValue.Sequence list) || list.items().isEmpty()) {
            diagnostics.error(value.at(), Message.LANGUAGES_NOT_LIST);
            return null;
        }
        List<Language> languages = new ArrayList<>();
        for (YamlValue item : list.items()) {
            MappingReader language = MappingReader.of(item, Message.WORD_A_LANGUAGE, diagnostics);
            if (language == null) continue;
            String code = readText(language.required("code", "code: vi"), "code", null);
            String locale = readText(language.required("locale", "locale: vi-VN"), "locale", null);
            String name = readText(language.required("name", "name: Tiếng Việt"), "name", null);
            language.rejectUnknownKeys(Message.WORD_A_LANGUAGE);
            if (code == null || locale == null || name == null) continue;
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                diagnostics.error(language.optional("code").at(), Message.LANGUAGE_CODE_INVALID, code);
                continue;
            }
            if (languages.stream().anyMatch(l -> l.code().equals(code))) {
                diagnostics.error(item.at(), Message.LANGUAGE_LISTED_TWICE, code);
                continue;
            }
            try {
                languages.add(new Language(code, new Locale.Builder().setLanguageTag(locale).build(), name));
            } catch (IllformedLocaleException e) {
                diagnostics.error(language.optional("locale").at(), Message.LOCALE_INVALID, locale);
            }
        }
        return languages.isEmpty() ? null : new Languages(languages);
    }

    private Optional<String> readBaseUrl(YamlValue value) {
        String url = readText(value, "base_url", null);
        if (url == null || url.isBlank()) return Optional.empty();
        if (!url.matches("https?://[^\\s]+")) {
            diagnostics.error(value.at(), Message.BASE_URL_INVALID);
            return Optional.empty();
        }
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    private PrintOptions readPrint(YamlValue value) {
        if (value == null) return PrintOptions.DEFAULT;
        MappingReader print = MappingReader.of(value, "print", diagnostics);
        if (print == null) return PrintOptions.DEFAULT;
        PrintOptions.PageSize size = PrintOptions.DEFAULT.pageSize();
        YamlValue sizeValue = print.optional("page_size");
        if (sizeValue != null) {
            String text = readText(sizeValue, "page_size", "");
            try {
                size = PrintOptions.PageSize.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                diagnostics.error(sizeValue.at(), Message.PAGE_SIZE_UNSUPPORTED, text);
            }
        }
        String margin = readText(print.optional("margin"), "margin", PrintOptions.DEFAULT.margin());
        if (!CSS_LENGTH.matcher(margin).matches()) {
            diagnostics.error(print.optional("margin").at(), Message.MARGIN_INVALID, margin);
            margin = PrintOptions.DEFAULT.margin();
        }
        boolean printShop = readFlag(print.optional("print_shop"), "print_shop");
        boolean bilingual = readFlag(print.optional("bilingual_edition"), "bilingual_edition");
        print.rejectUnknownKeys("print");
        return new PrintOptions(size, margin, printShop, bilingual);
    }

    private boolean readFlag(YamlValue value, String key) {
        if (value == null) return false;
        if (value instanceof YamlValue.Scalar s && s.value() instanceof Boolean b) return b;
        diagnostics.error(value.at(), Message.FLAG_NOT_BOOLEAN, key, YamlValue.kind(value));
        return false;
    }

    private String readText(YamlValue value, String key, String fallback) {
        if (value == null) return fallback;
        if (value instanceof YamlValue.Scalar s && s.value() != null) return String.valueOf(s.value());
        diagnostics.error(value.at(), Message.TEXT_EXPECTED, key, YamlValue.kind(value));
        return fallback;
    }
}
