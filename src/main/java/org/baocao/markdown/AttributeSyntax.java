package org.baocao.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Attribute blocks ({@link AttributeBlock}) after an image and on a block quote's first line, taken out of the text
 * after parsing and given to the HTML:
 * <ul>
 *   <li>{@code ![alt](src){width=35% .right}} gives the image {@code class="image-right" style="width:35%"} (the
 *       narrative's post-processing makes an image alone in its paragraph a figure, and moves them to it);</li>
 *   <li>{@code > {.pull}} and {@code > {.callout}} give the block quote the class {@code pull} or {@code callout}.</li>
 * </ul>
 * A block with something baocao does not know is kept out of the text all the same and named in
 * {@code data-attribute-problems}, which the narrative's post-processing turns into a positioned diagnostic.
 */
final class AttributeSyntax implements HtmlRenderer.HtmlRendererExtension {
    private static final DataKey<Map<Node, AttributeBlock>> BLOCKS = new DataKey<>("BAOCAO_ATTRIBUTE_BLOCKS", Map.of());

    /** Takes the attribute blocks out of {@code document}'s text and remembers them for the renderer. */
    static void extract(Document document) {
        Map<Node, AttributeBlock> blocks = new IdentityHashMap<>();
        List<Node> images = new ArrayList<>();
        List<Node> quotes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Image) images.add(node);
            else if (node instanceof BlockQuote) quotes.add(node);
        }
        for (Node image : images) {
            if (!(image.getNext() instanceof Text text)) continue;
            AttributeBlock.at(text.getChars(), AttributeBlock.IMAGE_CLASSES, true).ifPresent(block -> {
                blocks.put(image, block);
                cut(text, block.source().length());
            });
        }
        for (Node quote : quotes) {
            if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) continue;
            Node after = text.getNext();
            if (after != null && !(after instanceof SoftLineBreak) && !(after instanceof HardLineBreak)) continue;
            AttributeBlock.at(text.getChars(), AttributeBlock.QUOTE_CLASSES, false)
                    .filter(block -> block.source().length() == text.getChars().trimEnd().length())
                    .ifPresent(block -> {
                        blocks.put(quote, block);
                        text.unlink();
                        if (after != null) after.unlink();
                        if (!first.hasChildren()) first.unlink();
                    });
        }
        BLOCKS.set(document, blocks);
    }

    private static void cut(Text text, int length) {
        var rest = text.getChars().subSequence(length);
        if (rest.isBlank()) text.unlink();
        else text.setChars(rest);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> setAttributes(context.getDocument(), node, part, attributes);
            }
        });
    }

    private static void setAttributes(DataHolder document, Node node, AttributablePart part, MutableAttributes attributes) {
        // An image's attributes are asked for as its link's (part LINK), a block quote's as the node's.
        if (part != AttributablePart.NODE && part != AttributablePart.LINK) return;
        Map<Node, AttributeBlock> blocks = BLOCKS.get(document);
        if (node instanceof Image image && blocks.containsKey(image)) {
            AttributeBlock block = blocks.get(image);
            if (!block.classes().isEmpty()) attributes.addValue("class", imageClasses(block));
            if (block.width() != null) attributes.addValue("style", "width:" + block.width());
            problems(block, attributes);
        } else if (node instanceof BlockQuote quote && blocks.containsKey(quote)) {
            AttributeBlock block = blocks.get(quote);
            block.classes().forEach(c -> attributes.addValue("class", c));
            problems(block, attributes);
        }
    }

    private static void problems(AttributeBlock block, MutableAttributes attributes) {
        if (block.problems().isEmpty()) return;
        attributes.addValue(AttributeBlock.PROBLEMS_ATTRIBUTE, String.join("; ", block.problems()));
        attributes.addValue(AttributeBlock.SOURCE_ATTRIBUTE, block.source());
    }

    private static String imageClasses(AttributeBlock block) {
        return block.classes().stream().map(c -> "image-" + c).collect(Collectors.joining(" "));
    }

}
