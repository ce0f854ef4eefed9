package org.baocao.render;

import java.nio.file.Path;

/** An image a page uses: copied from {@code source} to {@code target}, a path relative to the output folder. */
public record MediaFile(Path source, String target) {}
