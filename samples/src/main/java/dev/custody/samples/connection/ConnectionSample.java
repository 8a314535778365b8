package dev.custody.samples.connection;

import dev.custody.runtime.LeakDetection;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Pipe;
import java.util.List;

/**
 * A client and a server connected by two pipes hold a short conversation. Each {@link
 * PeerConnection} owns its channels and its off-heap buffers; closing the connections frees all
 * of it through the generated drop glue.
 */
public final class ConnectionSample {
  private ConnectionSample() {}

  public static void run(PrintStream out) throws IOException {
    long before = LeakDetection.liveBuffers();
    Pipe toServer = Pipe.open();
    Pipe toClient = Pipe.open();
    try (PeerConnection client =
            new PeerConnection("client", toServer.sink(), toClient.source(), 1024);
        PeerConnection server =
            new PeerConnection("server", toClient.sink(), toServer.source(), 1024)) {
      for (String request : List.of("HELLO custody-sample", "GET /sensors/3", "GET /sensors/9", "BYE")) {
        client.send(request);
        String reply = answer(server.receive());
        server.send(reply);
        out.printf("%s -> %s: %-22s %s -> %s: %s%n",
            client.name(), server.name(), request, server.name(), client.name(), client.receive());
      }
      out.printf(
          "while connected: %d off-heap buffers live (a send and a receive buffer per connection)%n",
          LeakDetection.liveBuffers() - before);
    }
    // Both connections are closed here, server first (try-with-resources closes in reverse).
    out.printf(
        "after close: %d live; each connection's drop glue closed outbound, inbound, sendBuffer,"
            + " receiveBuffer in that order%n",
        LeakDetection.liveBuffers() - before);
  }

  /** A toy protocol, enough to show that the bytes really went through the buffers. */
  private static String answer(String request) {
    if (request.startsWith("HELLO ")) {
      return "WELCOME " + request.substring("HELLO ".length());
    }
    if (request.startsWith("GET /sensors/")) {
      int sensor = Integer.parseInt(request.substring("GET /sensors/".length()));
      return sensor <= 6 ? "200 sensor " + sensor + " online" : "404 no sensor " + sensor;
    }
    return request.equals("BYE") ? "BYE" : "400 bad request";
  }
}
