package org.baocao.cli;

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The PDF libraries log every page at INFO; users should see baocao's own messages only. */
final class Logging {
    private Logging() {}

    static void quiet() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.SEVERE);
        for (var handler : root.getHandlers()) handler.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false);
    }
}
