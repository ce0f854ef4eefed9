package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.baocao.source.ToolLanguage;
import org.junit.jupiter.api.Test;

/** The address given to serve --bind is not this machine's (192.0.2.1 is reserved for documentation): say so, in both languages. */
class ServeBindTest {
    @Test
    void anAddressOfAnotherMachineIsNamedAsTheProblem() throws IOException {
        BindException refused = assertThrows(BindException.class, () -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("192.0.2.1", 0));
            }
        });
        assertEquals("the address is not one of this machine's; use --bind 127.0.0.1 (this machine only) or --bind 0.0.0.0 (every network)",
                ServeCommand.bindHint(refused).in(ToolLanguage.EN));
        assertEquals("địa chỉ này không phải của máy này; hãy dùng --bind 127.0.0.1 (chỉ máy này) hoặc --bind 0.0.0.0 (mọi mạng)",
                ServeCommand.bindHint(refused).in(ToolLanguage.VI));
    }

    @Test
    void aPortInUseIsNamedAsTheProblem() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BindException refused = assertThrows(BindException.class, () -> {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), taken.getLocalPort()));
                }
            });
            assertEquals("the port is in use; choose another port with --port", ServeCommand.bindHint(refused).in(ToolLanguage.EN));
            assertEquals("cổng này đang được dùng; hãy chọn cổng khác bằng --port", ServeCommand.bindHint(refused).in(ToolLanguage.VI));
        }
    }
}
