package org.baocao.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The examples of the CommonMark spec, read the way its own spec_tests.py reads them. */
record SpecExamples(List<Example> all) {
    private static final String FENCE = "`".repeat(32);

    /** @param number 1-based, as the spec's web page numbers them */
    record Example(int number, String section, String markdown, String html) {}

    static SpecExamples load(String resource) {
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecExamples parse(String spec) {
        List<Example> examples = new ArrayList<>();
        String section = "";
        StringBuilder markdown = new StringBuilder();
        StringBuilder html = new StringBuilder();
        int state = 0; // 0 outside an example, 1 in its Markdown, 2 in its HTML
        for (String line : spec.split("\n", -1)) {
            if (state == 0 && line.startsWith("#") && line.matches("#{1,6} .*")) {
                section = line.replaceFirst("#+ ", "");
            } else if (state == 0 && line.equals(FENCE + " example")) {
                state = 1;
            } else if (state == 1 && line.equals(".")) {
                state = 2;
            } else if (state == 2 && line.equals(FENCE)) {
                // The spec writes tabs as → so that they are visible.
                examples.add(new Example(examples.size() + 1, section, markdown.toString().replace('→', '\t'),
                        html.toString().replace('→', '\t')));
                markdown.setLength(0);
                html.setLength(0);
                state = 0;
            } else if (state == 1) {
                markdown.append(line).append('\n');
            } else if (state == 2) {
                html.append(line).append('\n');
            }
        }
        return new SpecExamples(List.copyOf(examples));
    }
}
