package org.baocao.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.baocao.source.Message;

/** Why an image cannot be used: a catalog message whose first argument, the image's name, the caller gives. */
public final class ImageProblem extends Exception {
    private final Message message;
    private final transient List<Object> details;

    ImageProblem(Message message, Object... details) {
        super(message.name());
        this.message = message;
        this.details = List.of(details);
    }

    public Message message() {
        return message;
    }

    /** The message's arguments: the image as the content names it, then the details. */
    public Object[] arguments(String image) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(image);
        arguments.addAll(details);
        return arguments.toArray();
    }

    @Override
    public String toString() {
        return message.name() + Arrays.toString(details.toArray());
    }
}
