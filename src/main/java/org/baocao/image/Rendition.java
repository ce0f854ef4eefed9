package org.baocao.image;

/** One processed copy of an image: this many pixels wide, encoded so. */
public record Rendition(int width, Encoding encoding) {
    public enum Encoding {
        /** Photos: quality 0.85, about a tenth of a lossless file, with no visible loss in print. */
        JPEG("jpg", "image/jpeg"),
        /** Line art, drawings and anything transparent: lossless. */
        PNG("png", "image/png");

        private final String extension;
        private final String mediaType;

        Encoding(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** How an image is re-encoded: photos as JPEG, everything else losslessly. */
    public static Encoding encodingOf(ImageInfo info) {
        return info.photo() ? Encoding.JPEG : Encoding.PNG;
    }
}
