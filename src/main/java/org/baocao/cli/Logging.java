package org.baocao.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PDF libraries and FreeMarker log through java.util.logging; users should see baocao's own messages only.
 * (openhtmltopdf's own logging is switched off where it is used, in PdfWriter.)
 */
final class Logging {
    private Logging() {}

    static void quiet() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.SEVERE);
        for (var handler : root.getHandlers()) handler.setLevel(Level.SEVERE);
    }
}
