package org.baocao.config;

import java.nio.file.Path;
import java.util.Locale;
import org.baocao.source.SourcePosition;

/**
 * A logo or font file that site.yaml names. The loader has checked that it exists inside content/ and has the right
 * format.
 *
 * @param path the path as written, relative to content/ ("fonts/NotoSerif-Regular.ttf")
 * @param file where it is on disk
 * @param at   where site.yaml names it, for later diagnostics about the file
 */
public record BrandFile(String path, Path file, SourcePosition at) {

    /** The file's extension in lower case: "svg", "png", "ttf", "otf". */
    public String extension() {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
