package org.baocao.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.baocao.source.Message;

/** Reads an image's format, size and orientation from its header, refusing what cannot or should not be decoded. */
public final class ImageProbe {
    private ImageProbe() {}

    public static ImageInfo probe(Path file) throws ImageProblem {
        byte[] head = head(file);
        ImageFormat format = ImageFormat.sniff(head).orElseThrow(() -> new ImageProblem(Message.IMAGE_UNKNOWN_FORMAT));
        if (format == ImageFormat.SVG) return new ImageInfo(format, 0, 0, 1, false);
        int storedWidth;
        int storedHeight;
        try (ImageInputStream in = ImageReaders.open(file)) {
            ImageReader reader = ImageReaders.reader(format);
            try {
                reader.setInput(in, true, true);
                storedWidth = reader.getWidth(0);
                storedHeight = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(format, e);
        }
        if ((long) storedWidth * storedHeight > ImageInfo.MAX_PIXELS) {
            throw new ImageProblem(Message.IMAGE_TOO_LARGE, String.valueOf(storedWidth), String.valueOf(storedHeight),
                    String.format(Locale.ROOT, "%.0f", (double) storedWidth * storedHeight / 1_000_000));
        }
        int orientation = orientation(file, format);
        boolean sideways = orientation >= 5;
        return new ImageInfo(format, sideways ? storedHeight : storedWidth, sideways ? storedWidth : storedHeight, orientation,
                format == ImageFormat.JPEG || format == ImageFormat.WEBP && WebpChunks.lossyWithoutAlpha(file));
    }

    static ImageProblem damaged(ImageFormat format, Exception cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ImageProblem(Message.IMAGE_DAMAGED, format.name().replace("WEBP", "WebP"), reason);
    }

    private static byte[] head(Path file) throws ImageProblem {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(256);
        } catch (IOException e) {
            throw new ImageProblem(Message.IMAGE_UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    /** The EXIF orientation (1 to 8), 1 when the file has none or it cannot be read: a phone photo is upright then. */
    private static int orientation(Path file, ImageFormat format) {
        if (format == ImageFormat.GIF) return 1;
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (ImageProcessingException | IOException | com.drew.metadata.MetadataException | RuntimeException e) {
            // No readable EXIF: the pixels are shown as stored, as every browser does.
        }
        return 1;
    }

    /** The chunks of a WebP file: a lossy ("VP8 ") image has no transparency unless an extended header says so. */
    private static final class WebpChunks {
        static boolean lossyWithoutAlpha(Path file) {
            try (FileChannel channel = FileChannel.open(file)) {
                ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                long position = 12;
                boolean alpha = false;
                while (position + 8 <= channel.size()) {
                    header.clear();
                    channel.read(header, position);
                    String type = new String(header.array(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                    long size = Integer.toUnsignedLong(header.getInt(4));
                    if (type.equals("VP8X")) {
                        ByteBuffer flags = ByteBuffer.allocate(1);
                        channel.read(flags, position + 8);
                        alpha = (flags.get(0) & 0x10) != 0;
                    } else if (type.equals("VP8 ")) {
                        return !alpha;
                    } else if (type.equals("VP8L")) {
                        return false;
                    }
                    position += 8 + size + (size & 1);
                }
            } catch (IOException e) {
                // Read again, and reported, when decoded.
            }
            return false;
        }
    }
}
