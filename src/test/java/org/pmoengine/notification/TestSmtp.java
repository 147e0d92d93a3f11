package org.pmoengine.notification;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;

/** An SMTP server setup on a free port of its own, so builds running side by side never share one. */
public final class TestSmtp {

  private TestSmtp() {}

  public static ServerSetup onFreePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
