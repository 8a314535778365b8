package dev.custody.samples.broken;

import dev.custody.Borrowed;
import dev.custody.runtime.BufferScope;
import dev.custody.runtime.OffHeapBuffer;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/** Reads and checks the 16-byte header of a block file. */
final class HeaderCodec {
  static final int MAGIC = 0x424C4B31;

  private HeaderCodec() {}

  static long blockCount(ReadableByteChannel in) throws IOException {
    OffHeapBuffer header = OffHeapBuffer.allocate(16);
    try {
      readFully(in, header);
      if (header.getInt(0) != MAGIC) {
        throw new IOException("not a block file");
      }
    } finally {
      header.close();
    }
    // MISTAKE use-after-drop: the count is read after the finally has freed the header.
    return header.getLong(8);
  }

  static long firstTimestamp(ByteBuffer packet) {
    BufferScope scope = BufferScope.open();
    @Borrowed OffHeapBuffer header = scope.allocate(16);
    header.asByteBuffer().put(packet.duplicate().limit(16));
    // MISTAKE move-while-borrowed: closing the scope frees 'header', which is still read below.
    scope.close();
    return header.getLong(8);
  }

  static boolean looksValid(ReadableByteChannel in) throws IOException {
    try (OffHeapBuffer probe = OffHeapBuffer.allocate(4)) {
      if (in.read(probe.asByteBuffer()) < 4) {
        // MISTAKE double-drop: the try-with-resources closes 'probe' again on the way out.
        probe.close();
        return false;
      }
      return probe.getInt(0) == MAGIC;
    }
  }

  private static void readFully(ReadableByteChannel in, OffHeapBuffer into) throws IOException {
    ByteBuffer bytes = into.asByteBuffer();
    while (bytes.hasRemaining()) {
      if (in.read(bytes) < 0) {
        throw new EOFException("block file ends inside its header");
      }
    }
  }
}
