package org.baocao.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.baocao.source.CacheFiles;
import org.baocao.source.Message;

/**
 * The image pipeline's one entry: an image's renditions for the site and the PDF, each made once and kept in a
 * folder by the hash of the image's bytes and the rendition, so that a rebuild or the live preview decodes and
 * encodes only new or changed images. Thread-safe: the languages' PDFs are written in parallel; one image is
 * processed by one thread at a time.
 */
public final class ImageCache {
    /** Changes whenever the pipeline's output changes, so older cached files are not used. */
    private static final String VERSION = "1";
    private static final Map<Path, ImageCache> BY_FOLDER = new ConcurrentHashMap<>();

    private final Path folder;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<FileState, String> hashes = new ConcurrentHashMap<>();
    private final AtomicLong encodes = new AtomicLong();
    private final AtomicLong encodedPixels = new AtomicLong();

    private ImageCache(Path folder) {
        this.folder = folder;
    }

    /** The project's cache: {@code .baocao/cache/images/} in the project folder, outside the output. */
    public static ImageCache forProject(Path projectRoot) {
        return in(projectRoot.toAbsolutePath().normalize().resolve(".baocao/cache/images"));
    }

    /** One instance per folder, shared by every build of the process (the preview's too). */
    public static ImageCache in(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), ImageCache::new);
    }

    /** How many renditions this cache has encoded since it was made: none when every image was cached. */
    public long encodes() {
        return encodes.get();
    }

    /** The megapixels of the source images decoded for those encodes. */
    public double decodedMegapixels() {
        return encodedPixels.get() / 1_000_000.0;
    }

    public byte[] rendition(Path source, ImageInfo info, Rendition rendition) throws ImageProblem {
        return renditions(source, info, List.of(rendition)).get(rendition);
    }

    /** Each of {@code renditions} of the image, from the cache or made, decoding the image at most once. */
    public Map<Rendition, byte[]> renditions(Path source, ImageInfo info, List<Rendition> renditions) throws ImageProblem {
        if (!info.raster()) throw new IllegalArgumentException("an SVG image is used as it is");
        String hash = hash(source);
        synchronized (locks.computeIfAbsent(hash, key -> new Object())) {
            Map<Rendition, byte[]> result = new LinkedHashMap<>();
            List<Rendition> missing = new ArrayList<>();
            for (Rendition rendition : renditions) {
                byte[] cached = read(file(hash, rendition));
                if (cached != null) result.put(rendition, cached);
                else missing.add(rendition);
            }
            if (!missing.isEmpty()) {
                int widest = missing.stream().mapToInt(Rendition::width).max().orElseThrow();
                BufferedImage largest = Pixels.decode(source, info, widest);
                encodedPixels.addAndGet((long) info.width() * info.height());
                for (Rendition rendition : missing) {
                    BufferedImage pixels = largest.getWidth() <= rendition.width() ? largest : Pixels.resize(largest, rendition.width());
                    byte[] bytes = Encoder.encode(pixels, rendition.encoding());
                    encodes.incrementAndGet();
                    CacheFiles.keep(file(hash, rendition), bytes);
                    result.put(rendition, bytes);
                }
            }
            return result;
        }
    }

    private Path file(String hash, Rendition rendition) {
        return folder.resolve(hash.substring(0, 2)).resolve(hash + "-" + rendition.width() + "w-v" + VERSION + "." + rendition.encoding().extension());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }


    /** A file as last seen: its hash is computed again only when its size or time changed. */
    private record FileState(Path file, long size, FileTime modified) {}

    private String hash(Path source) throws ImageProblem {
        try {
            FileState state = new FileState(source.toAbsolutePath().normalize(), Files.size(source), Files.getLastModifiedTime(source));
            String known = hashes.get(state);
            if (known != null) return known;
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(source)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            hashes.put(state, hash);
            return hash;
        } catch (IOException e) {
            throw new ImageProblem(Message.IMAGE_UNREADABLE, String.valueOf(e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
