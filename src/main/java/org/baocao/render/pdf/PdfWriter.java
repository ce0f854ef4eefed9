package org.baocao.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import com.openhtmltopdf.util.XRLog;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Renders XHTML to a tagged PDF that conforms to PDF/UA-1 and PDF/A-3a, byte-for-byte
 * reproducibly, without touching the network. Thread-safe: each call builds its own renderer.
 */
public final class PdfWriter {

    static {
        // openhtmltopdf logs each font it loads and each page at INFO through its own console handler, whatever the
        // JUL levels: users, and the tests' output, should see baocao's own messages only.
        XRLog.setLoggingEnabled(false);
    }

    private static final System.Logger LOG = System.getLogger(PdfWriter.class.getName());
    static final String CREATOR = "baocao";
    static final String PRODUCER = "baocao (openhtmltopdf, Apache PDFBox)";
    /** Claimed in XMP and used by openhtmltopdf to turn on tagging; validated by the tests. */
    private static final PdfAConformance PDFA = PdfAConformance.PDFA_3_A;
    /** PDF/A needs an output intent; the JDK's built-in sRGB profile avoids shipping one. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final FontSet fonts;

    public PdfWriter(FontSet fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    /** Parses {@code html} with jsoup, then renders it like {@link #write(Document, URI, PdfMetadata, Path)}. */
    public void write(String html, URI baseUri, PdfMetadata meta, Path target) throws IOException {
        write(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri.toString())), baseUri, meta, target);
    }

    /**
     * Renders one XHTML document to {@code target}. Only {@code data:} URIs and {@code file:} URIs
     * inside the folder of {@code baseUri} are loaded (resolved as a browser would: a folder URI
     * must end with "/"); anything else is refused and logged, and the render goes on without it.
     * Text nodes and attributes of {@code xhtml} are normalised to NFC in place, because
     * openhtmltopdf cannot position combining marks. The document must not be shared with a
     * concurrent call.
     */
    public void write(Document xhtml, URI baseUri, PdfMetadata meta, Path target) throws IOException {
        write(xhtml, baseUri, meta, target, null);
    }

    /**
     * Like {@link #write(Document, URI, PdfMetadata, Path)}; with {@code printShop}, the pages (laid out at the media
     * size) also get trim and bleed boxes and crop marks.
     */
    void write(Document xhtml, URI baseUri, PdfMetadata meta, Path target, PrintShop printShop) throws IOException {
        write(xhtml, baseUri, meta, target, printShop, List.of());
    }

    /** A file the PDF carries (PDF/A-3 associated file), such as the data behind a chart or table. */
    public record Attachment(String fileName, String description, String mimeType, byte[] bytes) {}

    /** Like {@link #write(Document, URI, PdfMetadata, Path, PrintShop)}, with files attached as the document's data. */
    void write(Document xhtml, URI baseUri, PdfMetadata meta, Path target, PrintShop printShop, List<Attachment> attachments)
            throws IOException {
        write(xhtml, baseUri, meta, target, printShop, attachments, null);
    }

    /**
     * Like {@link #write(Document, URI, PdfMetadata, Path, PrintShop, List)}; with {@code kept} (may be null), the PDF
     * is copied from there when it was made from the same input, else made and kept there.
     *
     * @return true when the PDF was copied, false when it was made
     */
    boolean write(Document xhtml, URI baseUri, PdfMetadata meta, Path target, PrintShop printShop, List<Attachment> attachments,
            PdfCache.Slot kept) throws IOException {
        Path root = folderOf(baseUri);
        byte[] documentHash = normalizeNfcAndIdentify(xhtml, meta);
        byte[] id = Arrays.copyOf(documentHash, 16);
        byte[] key = kept == null ? null : PdfCache.key(documentHash, printShop, attachments, fonts);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (kept != null && kept.copyTo(key, root, target)) return true;
        Set<Path> loaded = ConcurrentHashMap.newKeySet();

        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(xhtml, baseUri.toString())
                .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PDFA)
                .useColorProfile(SRGB)
                .withProducer(PRODUCER)
                // Batik lays out SVG text with AWT fonts: the same faces, so that charts look alike everywhere.
                .useSVGDrawer(fonts.svg().drawer())
                .useExternalResourceAccessControl((uri, type) -> {
                    boolean ok = isAllowed(uri, root);
                    if (!ok) LOG.log(System.Logger.Level.WARNING, "PDF: refused to load {0} ({1})", uri, type);
                    else localFile(uri).ifPresent(loaded::add);
                    return ok;
                }, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);

        try (PDDocument pdf = new PDDocument()) {
            builder.usePDDocument(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                registerFonts(renderer.getFontResolver(), pdf);
                renderer.createPDFWithoutClosing();
                if (printShop != null) CropMarks.draw(pdf, printShop);
                finish(pdf, meta, id);
                attach(pdf, attachments, calendar(meta.date()));
                // Save before the renderer closes: subsetting at save time still needs the fonts.
                pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
            }
            byte[] bytes = out.toByteArray();
            Files.write(target, bytes);
            if (kept != null) kept.keep(key, root, loaded, bytes);
        }
        return false;
    }

    /** Document fonts, plus the fallback family so that nothing falls back to a non-embedded base-14 font. */
    private void registerFonts(PdfBoxFontResolver resolver, PDDocument pdf) {
        for (FontSet.Face f : fonts.faces()) {
            PDFontSupplier supplier = new LazyFont(pdf, fonts, f.file());
            IdentValue style = f.italic() ? IdentValue.ITALIC : IdentValue.NORMAL;
            resolver.addFont(supplier, f.family(), f.weight(), style, true, FontGroup.MAIN);
            if (f.family().equals(fonts.fallbackFamily())) {
                resolver.addFont(supplier, f.family(), f.weight(), style, true, FontGroup.PRE_BUILT_IN_FALLBACK);
            }
        }
    }

    /**
     * A face of this document, made when the layout first asks for it, over the font parsed once for all PDFs: a
     * PDType0Font belongs to one document (it collects the glyphs to embed), the parsed font does not.
     */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final FontSet fonts;
        private final String file;
        private PDFont font;

        LazyFont(PDDocument pdf, FontSet fonts, String file) {
            super(null);
            this.pdf = pdf;
            this.fonts = fonts;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(pdf, fonts.trueType(file), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /**
     * Replaces what openhtmltopdf wrote (its info dictionary and XMP carry the wall-clock time)
     * with metadata derived only from the input, and fixes the /ID, which PDFBox would otherwise
     * derive from the time.
     */
    private static void finish(PDDocument pdf, PdfMetadata meta, byte[] id) throws IOException {
        Calendar date = calendar(meta.date());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        if (meta.keywords() != null) info.setKeywords(meta.keywords());
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.setDocumentInformation(info);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(meta.language());
        PDViewerPreferences prefs = catalog.getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new COSDictionary());
            catalog.setViewerPreferences(prefs);
        }
        prefs.setDisplayDocTitle(true);

        PDMetadata xmp = new PDMetadata(pdf);
        xmp.importXMPMetadata(Xmp.packet(meta, PDFA.getPart(), PDFA.getConformanceValue()));
        catalog.setMetadata(xmp);

        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    /**
     * Embeds each file as PDF/A-3 wants it: an embedded file stream with its MIME type and dates, a file specification
     * with /F, /UF, a description and /AFRelationship /Data, listed in the catalog's /AF and in the EmbeddedFiles name
     * tree (which readers show as the document's attachments).
     */
    private static void attach(PDDocument pdf, List<Attachment> attachments, Calendar date) throws IOException {
        if (attachments.isEmpty()) return;
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        COSArray associated = new COSArray();
        for (Attachment attachment : attachments) {
            PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(attachment.bytes()));
            file.setSubtype(attachment.mimeType());
            file.setSize(attachment.bytes().length);
            file.setCreationDate(date);
            file.setModDate(date);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setFileDescription(attachment.description());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            byName.put(attachment.fileName(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames() != null ? catalog.getNames() : new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static Calendar calendar(Instant instant) {
        // PDF and XMP dates both have second precision; truncating keeps them equal (a PDF/A rule).
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        // PDFBox takes a Calendar: made proleptic Gregorian, as java.time is, so no date turns Julian before 1582.
        c.setGregorianChange(new java.util.Date(Long.MIN_VALUE));
        c.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return c;
    }

    /**
     * Normalises the document's text to NFC, and returns SHA-256 over the normalised document (every node's type, name
     * and value, in document order) and the metadata: its first 16 bytes are the stable /ID. One walk of the tree;
     * serialising the document to hash it cost more than the walk.
     */
    private static byte[] normalizeNfcAndIdentify(Document xhtml, PdfMetadata meta) {
        MessageDigest sha = Sha256.digest();
        normalizeNfc(xhtml, sha);
        Sha256.update(sha, meta.toString());
        return sha.digest();
    }

    private static void normalizeNfc(Node node, MessageDigest sha) {
        sha.update((byte) node.getNodeType());
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                String v = node.getNodeValue();
                if (!Normalizer.isNormalized(v, Normalizer.Form.NFC)) {
                    v = Normalizer.normalize(v, Normalizer.Form.NFC);
                    node.setNodeValue(v);
                }
                Sha256.update(sha, v);
            }
            case Node.ELEMENT_NODE -> {
                Sha256.update(sha, node.getNodeName());
                NamedNodeMap attrs = node.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    if (!Normalizer.isNormalized(a.getValue(), Normalizer.Form.NFC)) {
                        a.setValue(Normalizer.normalize(a.getValue(), Normalizer.Form.NFC));
                    }
                    Sha256.update(sha, a.getName());
                    Sha256.update(sha, a.getValue());
                }
            }
            case Node.COMMENT_NODE -> Sha256.update(sha, node.getNodeValue());
            default -> { }
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) normalizeNfc(c, sha);
        sha.update((byte) 0); // the end of the node's children: a tree, not only a sequence of nodes
    }

    private static Path folderOf(URI baseUri) {
        if (!"file".equalsIgnoreCase(baseUri.getScheme())) {
            throw new IllegalArgumentException("baseUri must be a file: URI, got " + baseUri);
        }
        return Path.of(baseUri.resolve(".")).toAbsolutePath().normalize();
    }

    /** The file a {@code file:} URI names; empty for any other URI. */
    private static Optional<Path> localFile(String uri) {
        try {
            URI u = new URI(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Optional.of(Path.of(u).toAbsolutePath().normalize()) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) { // isAllowed has parsed it already
            return Optional.empty();
        }
    }

    /** True for {@code data:} URIs and for {@code file:} URIs inside {@code root}; false for anything else. */
    static boolean isAllowed(String uri, Path root) {
        if (uri == null) return false;
        try {
            URI u = new URI(uri);
            String scheme = u.getScheme();
            if ("data".equalsIgnoreCase(scheme)) return true;
            if (!"file".equalsIgnoreCase(scheme) || u.getAuthority() != null) return false;
            return Path.of(u).toAbsolutePath().normalize().startsWith(root);
        } catch (Exception e) { // malformed or not a local path
            return false;
        }
    }
}
