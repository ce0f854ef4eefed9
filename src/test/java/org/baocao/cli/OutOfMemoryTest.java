package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutOfMemoryTest {
    @Test
    void aProjectTooLargeForTheHeapIsOnePlainErrorWithWhatToDo() {
        StringWriter err = new StringWriter();
        assertEquals(Main.CONTENT_ERRORS, Main.outOfMemory(new PrintWriter(err, true)));
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertEquals("content:1:1: error: baocao ran out of memory (" + megabytes + " MB) on a project this large\n"
                + "    hint: give Java more memory, e.g. BAOCAO_JAVA_OPTS=-Xmx4g baocao build; nothing was written\n"
                + "1 error, 0 warnings\n", err.toString().replace("\r\n", "\n"));
    }
}
