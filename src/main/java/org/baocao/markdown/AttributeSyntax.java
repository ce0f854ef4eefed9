package org.baocao.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

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
final class AttributeSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /**
     * A block taken out of the text, kept as the first child of its image or block quote: the parser and renderer are
     * shared between threads, so what one document found travels in its own tree. It renders as nothing.
     */
    private static final class Attributes extends CustomNode {
        final AttributeBlock block;

        Attributes(AttributeBlock block) {
            this.block = block;
        }
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(document -> {
            extract(document);
            return document;
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> AttributeSyntax::setAttributes);
    }

    /** Takes the attribute blocks out of {@code document}'s text and hangs them on their image or block quote. */
    private static void extract(Node document) {
        List<Image> images = new ArrayList<>();
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
                visitChildren(quote);
            }
        });
        for (Image image : images) {
            if (!(image.getNext() instanceof Text text)) continue;
            AttributeBlock.at(text.getLiteral(), AttributeBlock.IMAGE_CLASSES, true).ifPresent(block -> {
                image.prependChild(new Attributes(block));
                String rest = text.getLiteral().substring(block.source().length());
                if (rest.isBlank()) text.unlink();
                else text.setLiteral(rest);
            });
        }
        for (BlockQuote quote : quotes) {
            if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) continue;
            Node after = text.getNext();
            if (after != null && !(after instanceof SoftLineBreak) && !(after instanceof HardLineBreak)) continue;
            AttributeBlock.at(text.getLiteral(), AttributeBlock.QUOTE_CLASSES, false)
                    .filter(block -> block.source().length() == text.getLiteral().stripTrailing().length())
                    .ifPresent(block -> {
                        text.unlink();
                        if (after != null) after.unlink();
                        if (first.getFirstChild() == null) first.unlink();
                        quote.prependChild(new Attributes(block));
                    });
        }
    }

    private static void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node.getFirstChild() instanceof Attributes found)) return;
        AttributeBlock block = found.block;
        if (node instanceof Image) {
            if (!block.classes().isEmpty()) attributes.put("class", imageClasses(block));
            if (block.width() != null) attributes.put("style", "width:" + block.width());
        } else if (!block.classes().isEmpty()) {
            attributes.put("class", String.join(" ", block.classes()));
        }
        if (!block.problems().isEmpty()) {
            attributes.put(AttributeBlock.PROBLEMS_ATTRIBUTE, String.join("; ", block.problems()));
            attributes.put(AttributeBlock.SOURCE_ATTRIBUTE, block.source());
        }
    }

    private static String imageClasses(AttributeBlock block) {
        return block.classes().stream().map(c -> "image-" + c).collect(Collectors.joining(" "));
    }
}
