package org.baocao.config;

import java.nio.file.Path;
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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CSS_LENGTH = Pattern.compile("\\d+(\\.\\d+)?(mm|cm|in|pt)");

    private final Diagnostics diagnostics;
    private final Path contentFolder;

    /** @param contentFolder the project's content/ folder, which the brand's files are relative to */
    public SiteConfigLoader(Diagnostics diagnostics, Path contentFolder) {
        this.diagnostics = diagnostics;
        this.contentFolder = contentFolder.toAbsolutePath().normalize();
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
        Brand brand = new BrandReader(diagnostics, contentFolder).read(site.optional("brand"));
        boolean unsafeHtml = readFlag(site.optional("unsafe_html"), "unsafe_html");
        site.rejectUnknownKeys("site.yaml");
        if (languages == null || organization == null) return null;

        LocalizedTexts texts = new LocalizedTexts(languages, diagnostics);
        MappingReader org = MappingReader.of(organization, "organization", diagnostics);
        if (org == null) return null;
        YamlValue name = org.required("name", "name: {vi: Liên minh Hợp tác xã Việt Nam, en: Vietnam Cooperative Alliance}");
        YamlValue shortName = org.optional("short_name");
        Contacts contacts = readContacts(org, texts);
        org.rejectUnknownKeys("organization");
        if (name == null) return null;
        LocalizedText orgName = texts.read(name, Message.WORD_ORGANIZATION_NAME);
        LocalizedText orgShort = shortName == null ? orgName : texts.read(shortName, Message.WORD_ORGANIZATION_SHORT_NAME);
        if (orgName == null || orgShort == null) return null;
        return new SiteConfig(orgName, orgShort, contacts, languages, baseUrl, currency, print, brand, unsafeHtml);
    }

    private Contacts readContacts(MappingReader org, LocalizedTexts texts) {
        YamlValue addressValue = org.optional("address");
        Optional<LocalizedText> address = addressValue == null ? Optional.empty()
                : Optional.ofNullable(texts.read(addressValue, "organization address"));
        Optional<String> phone = Optional.ofNullable(readText(org.optional("phone"), "phone", null));
        YamlValue emailValue = org.optional("email");
        Optional<String> email = Optional.ofNullable(readText(emailValue, "email", null));
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            diagnostics.error(emailValue.at(), Message.EMAIL_INVALID, email.get());
            email = Optional.empty();
        }
        YamlValue websiteValue = org.optional("website");
        Optional<String> website = Optional.ofNullable(readText(websiteValue, "website", null));
        if (website.isPresent() && !website.get().matches("https?://[^\\s]+")) {
            diagnostics.error(websiteValue.at(), Message.WEBSITE_INVALID);
            website = Optional.empty();
        }
        return new Contacts(address, phone, email, website);
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

    static String readText(YamlValue value, String key, String fallback, Diagnostics diagnostics) {
        if (value == null) return fallback;
        if (value instanceof YamlValue.Scalar s && s.value() != null) return String.valueOf(s.value());
        diagnostics.error(value.at(), Message.TEXT_EXPECTED, key, YamlValue.kind(value));
        return fallback;
    }

    private String readText(YamlValue value, String key, String fallback) {
        return readText(value, key, fallback, diagnostics);
    }
}
