package org.baocao.render;

import java.nio.file.Path;
import org.baocao.image.ImageInfo;
import org.baocao.source.SourcePosition;

/**
 * An image a page uses, served at {@code target}, a path relative to the output folder.
 *
 * @param written as the author wrote it, to name it in a message
 * @param usedAt  where the page uses it, for the messages about it that come when it is processed
 */
public record MediaFile(Path source, String target, ImageInfo image, String written, SourcePosition usedAt) {}
