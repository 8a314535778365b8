package dev.custody.samples.broken;

import dev.custody.Owned;
import dev.custody.runtime.OffHeapBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/** Copies blocks out of a receive buffer and writes them to storage. */
final class BlockArchive {
  private final WritableByteChannel storage;
  private long bytesArchived;
  private long lastBlockTag;

  BlockArchive(WritableByteChannel storage) {
    this.storage = storage;
  }

  // MISTAKE invalid-annotation: a Path is a name, not a resource; there is nothing to close.
  void attachJournal(@Owned Path journal) {
    System.out.println("journal at " + journal);
  }

  /** Takes the block over and frees it once it is written. */
  void store(@Owned OffHeapBuffer block) throws IOException {
    try (block) {
      ByteBuffer bytes = block.asByteBuffer();
      while (bytes.hasRemaining()) {
        storage.write(bytes);
      }
    }
  }

  void archive(OffHeapBuffer received, long length) throws IOException {
    OffHeapBuffer block = copyOf(received, length);
    bytesArchived += length;
    store(block);
    // MISTAKE use-after-move: store() took the block over and has already freed it.
    lastBlockTag = block.getLong(0);
  }

  @Owned
  static OffHeapBuffer copyOf(OffHeapBuffer source, long length) {
    // MISTAKE leak: allocated before the length is checked; the throw below leaves it unfreed.
    OffHeapBuffer copy = OffHeapBuffer.allocate(length);
    if (length > source.byteSize()) {
      throw new IllegalArgumentException("cannot copy " + length + " bytes of " + source);
    }
    source.copyTo(0, copy, 0, length);
    return copy;
  }

  long bytesArchived() {
    return bytesArchived;
  }

  long lastBlockTag() {
    return lastBlockTag;
  }
}
