package org.baocao.render;

import org.baocao.source.Phrase;
import org.baocao.source.Message;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.content.Narrative;
import org.baocao.image.ImageInfo;
import org.baocao.image.ImageProbe;
import org.baocao.image.ImageProblem;
import org.baocao.image.WebImage;
import org.baocao.content.Report;
import org.baocao.i18n.Slugs;
import org.baocao.markdown.AttributeBlock;
import org.baocao.markdown.LazyRows;
import org.baocao.render.model.Heading;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectPaths;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.Suggestions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finishes a narrative's HTML: heading ids from their text, images resolved relative to the Markdown file (as any
 * Markdown editor previews them) and copied, links to other section files turned into links to their pages, each
 * footnote's back link at the end of its text.
 */
final class HtmlPostProcessor {
    private static final String PROBLEMS = AttributeBlock.PROBLEMS_ATTRIBUTE;
    private static final String SOURCE = AttributeBlock.SOURCE_ATTRIBUTE;

    /** What comes before a lazy line's text: the '>' of the quotes it is in, and spaces. */
    private static final Pattern LAZY_PREFIX = Pattern.compile("[ \\t>]*");
    /** What FreeMarker replaces in a narrative's line: ${...}, and directives such as <@number .../> or <#if ...>. */
    private static final Pattern TEMPLATE_PART = Pattern.compile("\\$\\{[^}]*}|</?[#@][^>]*>");

    private final Path projectRoot;
    private final String footnoteBackLabel;
    private final Diagnostics diagnostics;

    /** @param footnoteBackLabel the accessible name of a footnote's "↩" link, in the narrative's language */
    HtmlPostProcessor(Path projectRoot, String footnoteBackLabel, Diagnostics diagnostics) {
        this.projectRoot = projectRoot;
        this.footnoteBackLabel = footnoteBackLabel;
        this.diagnostics = diagnostics;
    }

    record Result(String html, List<Heading> headings, List<MediaFile> media, String plainText, RenderedSection.Anchors anchors) {}

    /** A narrative's HTML as a document, for {@link #process}, when it is not sanitised. */
    static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /**
     * Works on {@code document} in place (sanitised or {@link #parse parsed}, with its figures placed).
     *
     * @param sectionKeysByFile the file name (such as "02-to-chuc.md") of each section of the report
     */
    Result process(Document document, Narrative narrative, Report report, Map<String, String> sectionKeysByFile) {
        Element body = document.body();
        Found found = Found.in(body);
        List<Heading> headings = assignHeadingIds(found);
        reportAttributeProblems(found.withProblems(), narrative);
        reportLazyRows(found.lazyRows(), narrative);
        List<MediaFile> media = resolveImages(found.images(), narrative, report);
        figuresOfLoneImages(found.imagesInParagraphs());
        resolveSectionLinks(found.links(), narrative, sectionKeysByFile);
        backLinksAtEndOfNotes(found.noteBackLinks());
        for (Element table : found.markdownTables()) {
            table.wrap("<div class=\"table-wrap\" tabindex=\"0\"></div>");
        }
        return new Result(body.html(), headings, media, SearchText.of(body), anchors(body));
    }

    /**
     * What each step works on, found in one walk of the section before the first step (a section's figures make it
     * long, and a selector query walks it whole): the elements "[id]", "h1, …, h6", "[data-attribute-problems]",
     * "tr[data-lazy-row]", "img[src]", "p > img", "a[href]", "div.footnotes li > a.footnote-backref" and
     * "table.md-table" would select. No step adds, removes or moves an element a later step looks for, nor changes
     * what it is looked for by.
     */
    private record Found(Set<String> ids, List<Element> headings, List<Element> withProblems, List<Element> lazyRows,
                         List<Element> images, List<Element> imagesInParagraphs, List<Element> links,
                         List<Element> noteBackLinks, List<Element> markdownTables) {
        static Found in(Element body) {
            Found found = new Found(new HashSet<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Element element : body.getAllElements()) {
                if (element.hasAttr("id")) found.ids.add(element.id());
                if (element.hasAttr(PROBLEMS)) found.withProblems.add(element);
                switch (element.normalName()) {
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> found.headings.add(element);
                    case "tr" -> {
                        if (element.hasAttr(LazyRows.ATTRIBUTE)) found.lazyRows.add(element);
                    }
                    case "img" -> {
                        if (element.hasAttr("src")) found.images.add(element);
                        if (element.parent() != null && element.parent().nameIs("p")) found.imagesInParagraphs.add(element);
                    }
                    case "a" -> {
                        if (element.hasAttr("href")) found.links.add(element);
                        if (element.hasClass("footnote-backref") && inNotes(element.parent(), body)) found.noteBackLinks.add(element);
                    }
                    case "table" -> {
                        if (element.hasClass("md-table")) found.markdownTables.add(element);
                    }
                    default -> { }
                }
            }
            return found;
        }

        /** Whether {@code item} is an {@code li} inside a {@code div.footnotes}, {@code body} included. */
        private static boolean inNotes(Element item, Element body) {
            if (item == null || !item.nameIs("li")) return false;
            for (Element above = item.parent(); above != null; above = above == body ? null : above.parent()) {
                if (above.nameIs("div") && above.hasClass("footnotes")) return true;
            }
            return false;
        }
    }

    /** What the anchor check needs, taken here so that the HTML is not parsed a second time for it. */
    private static RenderedSection.Anchors anchors(Element body) {
        Set<String> ids = new HashSet<>();
        List<String> fragments = new ArrayList<>();
        // One walk for both (as "[id]" and "a[href]" would find them): a section's figures make it long.
        for (Element element : body.getAllElements()) {
            if (element.hasAttr("id")) ids.add(element.id());
            if (element.nameIs("a") && element.hasAttr("href")) {
                String href = element.attr("href");
                if (href.startsWith("#") || href.startsWith(Links.SECTION) && href.indexOf('#') > 0) fragments.add(href);
            }
        }
        return new RenderedSection.Anchors(Set.copyOf(ids), List.copyOf(fragments));
    }

    private static List<Heading> assignHeadingIds(Found found) {
        List<Heading> headings = new ArrayList<>();
        Set<String> used = found.ids();
        for (Element heading : found.headings()) {
            String base = Slugs.of(heading.text());
            String id = base;
            for (int n = 2; used.contains(id); n++) id = base + "-" + n;
            used.add(id);
            heading.id(id);
            headings.add(new Heading(id, heading.text(), Integer.parseInt(heading.tagName().substring(1))));
        }
        return List.copyOf(headings);
    }

    /**
     * The Markdown stage puts a footnote's "↩" link after the note's paragraphs, where it sits alone on a line: it goes at the
     * end of the last paragraph instead, named for screen readers, which would otherwise read out an arrow.
     */
    private void backLinksAtEndOfNotes(List<Element> links) {
        for (Element link : links) {
            link.attr("aria-label", footnoteBackLabel);
            Element last = link.parent().children().stream().filter(c -> c.tagName().equals("p")).reduce((a, b) -> b).orElse(null);
            if (last != null && last.elementSiblingIndex() < link.elementSiblingIndex()) {
                last.appendText(" ").appendChild(link);
            }
        }
    }

    private List<MediaFile> resolveImages(List<Element> images, Narrative narrative, Report report) {
        List<MediaFile> media = new ArrayList<>();
        Path narrativeFolder = projectRoot.resolve(narrative.file().path()).getParent();
        for (Element img : images) {
            // As the author wrote it: the Markdown renderer percent-encodes addresses ("c%C3%A1nh" for "cánh").
            String src = decode(img.attr("src"));
            if (isExternal(img.attr("src"))) {
                diagnostics.error(at(narrative, src), Message.IMAGE_ON_THE_WEB, src);
                continue;
            }
            Path image = ProjectPaths.matchingUnicodeForm(narrativeFolder.resolve(src).normalize());
            if (!image.startsWith(projectRoot)) {
                diagnostics.error(at(narrative, src), Message.IMAGE_OUTSIDE, src);
                continue;
            }
            ProjectPaths.Where where = ProjectPaths.locate(projectRoot, image);
            if (where == ProjectPaths.Where.OUTSIDE) {
                diagnostics.error(at(narrative, src), Message.IMAGE_LINK_OUT, src);
                continue;
            }
            if (where == ProjectPaths.Where.MISSING || !Files.isRegularFile(image)) {
                diagnostics.error(at(narrative, src), Message.IMAGE_MISSING.with(src), missingImageHint(src, image));
                continue;
            }
            // An empty alt with an attribute block ({.signature}, {width=30%}) marks a decorative image on purpose.
            if (img.attr("alt").isBlank() && !img.hasAttr("class") && !img.hasAttr("style")) {
                diagnostics.warning(at(narrative, src), Message.IMAGE_NO_DESCRIPTION, src);
            }
            ImageInfo info;
            try {
                info = ImageProbe.probe(image);
            } catch (ImageProblem problem) {
                diagnostics.error(at(narrative, src), problem.message(), problem.arguments(src));
                continue;
            }
            String target = mediaTarget(image, report);
            media.add(new MediaFile(image, target, info, src, at(narrative, src)));
            sizeForTheWeb(img, target, info, media.size() == 1);
        }
        return media;
    }

    /**
     * An image alone in its paragraph is a figure: its title, when given, is the visible caption (not a tooltip),
     * and the classes and width of its attribute block ({@code {width=35% .right}}) go to the figure, which the
     * theme floats and sizes; the image fills it.
     */
    private static void figuresOfLoneImages(List<Element> imagesInParagraphs) {
        for (Element img : imagesInParagraphs) {
            Element paragraph = img.parent();
            if (paragraph.childrenSize() != 1 || !paragraph.ownText().isBlank()) continue;
            Element figure = new Element("figure").addClass("image");
            for (String name : img.classNames()) figure.addClass(name);
            if (img.hasAttr("style")) figure.attr("style", img.attr("style"));
            img.removeAttr("class").removeAttr("style");
            String title = img.attr("title");
            img.removeAttr("title");
            figure.appendChild(img);
            if (!title.isBlank()) figure.appendElement("figcaption").text(title);
            paragraph.replaceWith(figure);
        }
    }

    /** What the Markdown stage could not use in an attribute block ({@code {width=35 .rigth}}), as errors. */
    private void reportAttributeProblems(List<Element> withProblems, Narrative narrative) {
        for (Element element : withProblems) {
            String block = element.attr(SOURCE);
            boolean image = element.tagName().equals("img");
            diagnostics.error(at(narrative, block), image ? Message.IMAGE_ATTRIBUTES_INVALID : Message.QUOTE_ATTRIBUTES_INVALID,
                    block, element.attr(PROBLEMS));
            element.removeAttr(PROBLEMS).removeAttr(SOURCE);
        }
    }

    /**
     * The rows GitHub's table rules took from a line without '|' right below a table ("Nguồn: …" with no blank line
     * before it; flexmark ended the table there), as warnings at those lines.
     */
    private void reportLazyRows(List<Element> lazyRows, Narrative narrative) {
        int from = narrative.bodyLine();
        for (Element row : lazyRows) {
            String line = row.attr(LazyRows.ATTRIBUTE);
            SourcePosition at = atLazyLine(narrative, line, from);
            from = Math.max(at.line() + 1, narrative.bodyLine());
            diagnostics.warning(at, Message.MARKDOWN_TABLE_LAZY_ROW, quoted(line));
            row.removeAttr(LazyRows.ATTRIBUTE);
        }
    }

    /**
     * Where a lazy row's line stands: the first line from line {@code from} on (else from the body's first) that reads
     * as the text after its quotes' '>' and its indentation, each ${...} or FreeMarker tag of it matching what it printed,
     * and follows a line that is not blank, as a lazy line does; else where {@link #at} finds the text. Rows come in
     * the order of the text, so that two tables with the same line under them get a warning each, at its own line.
     */
    private static SourcePosition atLazyLine(Narrative narrative, String text, int from) {
        List<String> lines = narrative.file().lines();
        String wanted = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int start : new int[] {from, narrative.bodyLine()}) {
            for (int i = Math.max(start, 2) - 1; i < lines.size(); i++) {
                String line = Normalizer.normalize(lines.get(i), Normalizer.Form.NFC).stripTrailing();
                Matcher prefix = LAZY_PREFIX.matcher(line);
                prefix.lookingAt();
                String content = line.substring(prefix.end());
                if (!lines.get(i - 1).isBlank() && readsAs(content, wanted)) {
                    return SourcePosition.of(narrative.file(), i + 1, prefix.end() + 1);
                }
            }
        }
        return at(narrative, text);
    }

    /** Whether a line of the narrative, as written, can have printed {@code text}. */
    private static boolean readsAs(String written, String text) {
        if (written.equals(text)) return true;
        if (written.indexOf("${") < 0 && written.indexOf("<#") < 0 && written.indexOf("<@") < 0) return false;
        StringBuilder pattern = new StringBuilder();
        Matcher part = TEMPLATE_PART.matcher(written);
        int end = 0;
        while (part.find()) {
            pattern.append(Pattern.quote(written.substring(end, part.start()))).append(".*?");
            end = part.end();
        }
        pattern.append(Pattern.quote(written.substring(end)));
        return Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    /** A line as a headline quotes it: a long one is cut short, the whole line being printed under the headline. */
    private static String quoted(String line) {
        int longest = 60;
        if (line.codePointCount(0, line.length()) <= longest) return line;
        return line.substring(0, line.offsetByCodePoints(0, longest - 1)).stripTrailing() + "…";
    }

    /**
     * The image's files for the browser to choose from by the screen's width, and its size, so that the page does not
     * jump as images arrive. Images after the first of a page load only when scrolled near.
     */
    private static void sizeForTheWeb(Element img, String target, ImageInfo info, boolean firstOfPage) {
        img.attr("src", Links.ROOT + target);
        List<WebImage.File> files = WebImage.files(target, info);
        WebImage.File full = files.get(files.size() - 1);
        if (info.raster()) {
            img.attr("width", String.valueOf(full.width()));
            img.attr("height", String.valueOf(full.height()));
        }
        if (files.size() > 1) {
            img.attr("srcset", String.join(", ", files.stream().map(f -> Links.ROOT + f.path() + " " + f.width() + "w").toList()));
            img.attr("sizes", "(min-width: 46rem) 44rem, 100vw");
        }
        if (!firstOfPage) img.attr("loading", "lazy");
        img.attr("decoding", "async");
    }

    private String mediaTarget(Path image, Report report) {
        Path folder = report.folder().toAbsolutePath().normalize();
        Path relative = image.startsWith(folder) ? folder.relativize(image) : projectRoot.relativize(image);
        String prefix = image.startsWith(folder) ? "media/" + report.id() + "/" : "media/_project/";
        return prefix + relative.toString().replace(File.separatorChar, '/').replaceFirst("^media/", "");
    }

    private void resolveSectionLinks(List<Element> links, Narrative narrative, Map<String, String> sectionKeysByFile) {
        for (Element link : links) {
            String href = link.attr("href");
            if (isExternal(href) || href.startsWith("#")) continue;
            int hash = href.indexOf('#');
            String path = hash < 0 ? href : href.substring(0, hash);
            String fragment = hash < 0 ? "" : href.substring(hash);
            if (!path.endsWith(".md")) continue;
            String fileName = Path.of(decode(path)).getFileName().toString();
            String key = sectionKeysByFile.get(fileName);
            if (key == null) {
                diagnostics.error(at(narrative, decode(href)), Message.LINK_NOT_SECTION.with(decode(path)),
                        closestSection(fileName, sectionKeysByFile.keySet()));
                continue;
            }
            link.attr("href", Links.SECTION + key + fragment);
        }
    }

    /** "did you mean ../media/canh-dong.png?" for a file of the same folder with a name a typo or a capital away. */
    private static Phrase missingImageHint(String src, Path image) {
        Path folder = image.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
                String closest = Suggestions.closest(image.getFileName().toString(), names);
                if (closest != null) {
                    int slash = src.lastIndexOf('/');
                    return Message.HINT_DID_YOU_MEAN.with(src.substring(0, slash + 1) + closest);
                }
            } catch (IOException e) {
                // an unreadable folder: fall back to the general hint
            }
        }
        return Message.HINT_IMAGE_PATH_RELATIVE.with(image.getFileName());
    }

    private static Phrase closestSection(String fileName, Set<String> sectionFiles) {
        String closest = Suggestions.closest(fileName, sectionFiles);
        return closest != null ? Message.HINT_DID_YOU_MEAN.with(closest) : Message.HINT_LINK_TO_SECTION.with(sectionFiles);
    }

    private static boolean isExternal(String url) {
        try {
            URI uri = URI.create(url.replace(" ", "%20"));
            return uri.getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decode(String url) {
        return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Where the text first appears in the file; good enough to point at a link or image. */
    private static SourcePosition at(Narrative narrative, String text) {
        List<String> lines = narrative.file().lines();
        // Compared as NFC: the text comes from the Markdown stage, which reads the narrative composed.
        String wanted = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < lines.size(); i++) {
            int column = Normalizer.normalize(lines.get(i), Normalizer.Form.NFC).indexOf(wanted);
            if (column >= 0) return SourcePosition.of(narrative.file(), i + 1, column + 1);
        }
        return SourcePosition.of(narrative.file(), narrative.bodyLine(), 1);
    }
}
