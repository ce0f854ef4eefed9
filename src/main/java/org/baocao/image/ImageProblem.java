package org.baocao.image;

/** Why an image cannot be used, in the user's words, with what to do about it. */
public final class ImageProblem extends Exception {
    private final String hint;

    ImageProblem(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
