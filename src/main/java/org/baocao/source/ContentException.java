package org.baocao.source;

/** Thrown when a stage cannot go on because the content has errors; they are in the Diagnostics. */
public final class ContentException extends Exception {
    public ContentException(String message) {
        super(message);
    }
}
