package org.baocao.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * The faces Batik lays out SVG text with (the charts' labels), made once per {@link FontSet} and shared by all its PDFs.
 * openhtmltopdf would make them again for every PDF: each face costs a SHA-256 of its bytes to find the AWT font in
 * its cache, a tenth of a small PDF's time. The resolver is only read once made (a map of families, each a map of AWT
 * fonts, which are immutable), so PDFs rendered at once can share it.
 */
final class SvgFonts {

    private final FontSet fonts;
    private volatile OpenHtmlFontResolver shared;

    SvgFonts(FontSet fonts) {
        this.fonts = fonts;
    }

    /** A drawer for one PDF, with the shared faces; a stylesheet's own {@code @font-face} rules get a resolver of their own. */
    BatikSVGDrawer drawer() {
        return new Drawer();
    }

    /** Makes the shared faces now rather than in the first PDF that draws an SVG. */
    void prepare() {
        shared();
    }

    private OpenHtmlFontResolver shared() {
        OpenHtmlFontResolver result = shared;
        if (result == null) {
            synchronized (this) {
                result = shared;
                if (result == null) shared = result = withFaces(new OpenHtmlFontResolver());
            }
        }
        return result;
    }

    private OpenHtmlFontResolver withFaces(OpenHtmlFontResolver resolver) {
        for (FontSet.Face face : fonts.faces()) {
            byte[] bytes = fonts.rawBytes(face.file());
            try {
                resolver.addFontStream(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(),
                        face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL);
            } catch (IOException | FontFormatException e) {
                // As openhtmltopdf does: a face AWT cannot read is left out of the SVG text only (the charts use
                // Liberation Sans); FontBox reads the PDF's text faces on its own.
            }
        }
        return resolver;
    }

    /**
     * openhtmltopdf calls {@link #importFontFaceRules} once per PDF, then adds the builder's SVG fonts (none: the faces
     * are already in the resolver). As before, a stylesheet's rules come first, then the faces of the set.
     */
    private final class Drawer extends BatikSVGDrawer {
        @Override
        public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
            if (fontFaces.isEmpty()) {
                fontResolver = shared();
            } else {
                super.importFontFaceRules(fontFaces, shared);
                fontResolver = withFaces(fontResolver);
            }
        }
    }
}
