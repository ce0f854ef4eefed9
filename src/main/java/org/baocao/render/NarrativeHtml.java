package org.baocao.render;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.baocao.markdown.AttributeBlock;
import org.baocao.markdown.LazyRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML an author may write in a narrative (CommonMark lets any through): text formatting, tables, figures,
 * spans and divs with classes, images and links to web addresses, and iframes of a few video sites. Scripts, event
 * attributes (onclick=), styles, forms and javascript: addresses (in any case) are removed. A site can turn this off
 * with {@code unsafe_html: true} in site.yaml.
 */
final class NarrativeHtml {
    /** The video sites an iframe may show. */
    static final Set<String> VIDEO_HOSTS = Set.of("www.youtube.com", "www.youtube-nocookie.com", "youtube.com", "player.vimeo.com");

    private static final Pattern ATTRIBUTE_WIDTH = Pattern.compile("width:\\d+(\\.\\d+)?(%|mm)");

    /** Only to tell relative addresses apart; never appears in the output. */
    private static final String BASE = "https://narrative.invalid/";

    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "abbr", "mark", "small", "del", "ins", "s", "kbd", "hr", "iframe")
            .addAttributes(":all", "class", "id", "title", "lang", "dir", "aria-label", "aria-hidden", "role")
            .addAttributes("div", "data-baocao-figure")
            .addAttributes("span", "data-baocao-figure")
            .addAttributes("th", "align", "scope")
            .addAttributes("td", "align")
            .addAttributes("ol", "start")
            .addAttributes("img", "loading", "style", AttributeBlock.PROBLEMS_ATTRIBUTE, AttributeBlock.SOURCE_ATTRIBUTE)
            .addAttributes("blockquote", AttributeBlock.PROBLEMS_ATTRIBUTE, AttributeBlock.SOURCE_ATTRIBUTE)
            .addAttributes("tr", LazyRows.ATTRIBUTE)
            .addAttributes("iframe", "src", "width", "height", "allow", "allowfullscreen", "loading")
            .addProtocols("iframe", "src", "https")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    private NarrativeHtml() {}

    /** The narrative's HTML with only what {@link #SAFE} allows, as a document to work on (no second parse). */
    static Document sanitised(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFE).clean(dirty);
        // A style comes only from an attribute block's width ({width=35%}); any other is dropped.
        for (Element styled : clean.select("[style]")) {
            if (!ATTRIBUTE_WIDTH.matcher(styled.attr("style")).matches()) styled.removeAttr("style");
        }
        for (Element iframe : clean.select("iframe")) {
            if (!VIDEO_HOSTS.contains(host(iframe.attr("src")))) iframe.remove();
        }
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
