package dev.custody.runtime;

import static dev.custody.runtime.Threads.onAnotherThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every misuse throws a clear exception instead of touching memory. The test JVM runs with
 * {@code -Dcustody.leaks=strict}, so messages also name allocation and close sites.
 */
class MisuseTest {

  /** Every operation a buffer offers, for "all of them must refuse" checks. */
  private static final List<Consumer<OffHeapBuffer>> ACCESSES =
      List.of(
          b -> b.getByte(0),
          b -> b.putByte(0, (byte) 1),
          b -> b.getShort(0),
          b -> b.putShort(0, (short) 1),
          b -> b.getInt(0),
          b -> b.putInt(0, 1),
          b -> b.getLong(0),
          b -> b.putLong(0, 1),
          b -> b.getFloat(0),
          b -> b.putFloat(0, 1),
          b -> b.getDouble(0),
          b -> b.putDouble(0, 1),
          b -> b.get(0, new byte[8], 0, 8),
          b -> b.put(0, new byte[8], 0, 8),
          b -> b.get(0, new long[1], 0, 1),
          b -> b.put(0, new long[1], 0, 1),
          b -> b.fill((byte) 1),
          b -> b.fill(0, 8, (byte) 1),
          b -> b.asByteBuffer(),
          b -> b.asByteBuffer(0, 8),
          b -> {
            try (OffHeapBuffer other = OffHeapBuffer.allocate(8)) {
              b.copyTo(0, other, 0, 8);
            }
          },
          b -> {
            try (OffHeapBuffer other = OffHeapBuffer.allocate(8)) {
              other.copyTo(0, b, 0, 8);
            }
          });

  @Test
  void everyAccessAfterCloseThrowsNamingAllocationAndCloseSites() {
    OffHeapBuffer buffer = OffHeapBuffer.allocate(64);
    buffer.close();
    for (Consumer<OffHeapBuffer> access : ACCESSES) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> access.accept(buffer));
      assertTrue(e.getMessage().contains("it is closed"), e.getMessage());
      assertTrue(
          e.getMessage().contains(
              "allocated at dev.custody.runtime.MisuseTest."
                  + "everyAccessAfterCloseThrowsNamingAllocationAndCloseSites(MisuseTest.java:"),
          e.getMessage());
      assertTrue(e.getMessage().contains("first closed at dev.custody.runtime.MisuseTest."),
          e.getMessage());
    }
    assertFalse(buffer.isOpen());
  }

  @Test
  void secondCloseThrowsAndNamesTheFirst() {
    OffHeapBuffer buffer = OffHeapBuffer.allocate(8);
    buffer.close(); int firstCloseLine = new Throwable().getStackTrace()[0].getLineNumber();
    IllegalStateException e = assertThrows(IllegalStateException.class, buffer::close);
    assertTrue(e.getMessage().startsWith("cannot close OffHeapBuffer of 8 bytes: it is closed"),
        e.getMessage());
    assertTrue(e.getMessage().contains(
        "first closed at dev.custody.runtime.MisuseTest.secondCloseThrowsAndNamesTheFirst("
            + "MisuseTest.java:" + firstCloseLine + ")"), e.getMessage());
  }

  @Test
  void anotherThreadCanNeitherAccessNorCloseAConfinedBuffer() {
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(64)) {
      buffer.putLong(0, 7);
      for (Consumer<OffHeapBuffer> access : ACCESSES) {
        IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> onAnotherThread(() -> access.accept(buffer)));
        assertTrue(e.getMessage().contains("confined to thread \"" + Thread.currentThread().getName()),
            e.getMessage());
      }
      assertThrows(IllegalStateException.class, () -> onAnotherThread(buffer::close));
      assertThrows(IllegalStateException.class, () -> onAnotherThread(() -> { buffer.transfer(); }));
      // The owner is unaffected by the refused attempts.
      assertEquals(7, buffer.getLong(0));
    }
  }

  @Test
  void viewsFailAfterClose() {
    OffHeapBuffer buffer = OffHeapBuffer.allocate(64);
    ByteBuffer view = buffer.asByteBuffer();
    ByteBuffer part = buffer.asByteBuffer(8, 8);
    view.putLong(0, 5);
    buffer.close();
    assertRefused(() -> view.getLong(0));
    assertRefused(() -> view.put(0, (byte) 1));
    assertRefused(() -> part.getLong(0));
  }

  @Test
  void viewsFailAfterTransferAndTheReceiverKeepsTheContents() {
    OffHeapBuffer buffer = OffHeapBuffer.allocate(64);
    ByteBuffer view = buffer.asByteBuffer();
    view.putLong(0, 0x1122334455667788L);
    BufferTransfer transfer = buffer.transfer();
    assertRefused(() -> view.getLong(0));
    long received =
        onAnotherThread(
            () -> {
              try (OffHeapBuffer mine = transfer.receive()) {
                return mine.getLong(0);
              }
            });
    assertEquals(0x1122334455667788L, received);
  }

  /** A refused view access: ISE from the JDK 22+ arena check, IOOBE from the zero limit on 17–21. */
  private static void assertRefused(Executable access) {
    RuntimeException e = assertThrows(RuntimeException.class, access);
    assertTrue(
        e instanceof IllegalStateException || e instanceof IndexOutOfBoundsException,
        () -> "unexpected " + e);
  }

  @Test
  void transferredHandleIsDeadAndTheTransferCanBeReceivedOnce() throws Exception {
    OffHeapBuffer buffer = OffHeapBuffer.allocate(16);
    buffer.putLong(8, 42);
    BufferTransfer transfer = buffer.transfer();
    IllegalStateException stale = assertThrows(IllegalStateException.class, () -> buffer.getLong(8));
    assertTrue(stale.getMessage().contains("transferred to another thread"), stale.getMessage());
    assertThrows(IllegalStateException.class, buffer::close);
    assertThrows(IllegalStateException.class, buffer::transfer);

    ExecutorService receiver = Executors.newSingleThreadExecutor();
    try {
      OffHeapBuffer received = receiver.submit(transfer::receive).get();
      assertThrows(IllegalStateException.class, transfer::receive);
      // The receiver's thread owns it now: even the original thread is refused.
      assertThrows(IllegalStateException.class, () -> received.getLong(8));
      assertEquals(42, receiver.submit(() -> received.getLong(8)).get());
      receiver.submit(received::close).get();
    } finally {
      receiver.shutdown();
    }
    transfer.close(); // already received: nothing left to free
  }

  @Test
  void closingAnUnreceivedTransferFreesTheBuffer() {
    long liveBefore = LeakDetection.liveBuffers();
    OffHeapBuffer buffer = OffHeapBuffer.allocate(128);
    BufferTransfer transfer = buffer.transfer();
    assertEquals(liveBefore + 1, LeakDetection.liveBuffers());
    transfer.close();
    assertEquals(liveBefore, LeakDetection.liveBuffers());
    assertThrows(IllegalStateException.class, transfer::receive);
  }

  @Test
  void sharedBuffersWorkFromAnyThreadAndCloseOnce() {
    OffHeapBuffer shared = OffHeapBuffer.allocateShared(64);
    assertTrue(shared.isShared());
    onAnotherThread(() -> shared.putLong(0, 11));
    assertEquals(11, shared.getLong(0));
    assertThrows(IllegalStateException.class, shared::transfer);
    onAnotherThread(shared::close);
    assertThrows(IllegalStateException.class, () -> shared.getLong(0));
    IllegalStateException e = assertThrows(IllegalStateException.class, shared::close);
    assertTrue(e.getMessage().contains("it is closed"), e.getMessage());
  }

  @Test
  void scopedBuffersCannotBeClosedOrTransferredAndDieWithTheScope() {
    OffHeapBuffer borrowed;
    try (BufferScope scope = BufferScope.open()) {
      borrowed = scope.allocate(32);
      borrowed.putInt(0, 3);
      OffHeapBuffer b = borrowed;
      IllegalStateException close = assertThrows(IllegalStateException.class, b::close);
      assertTrue(close.getMessage().contains("borrowed from a BufferScope; close the scope"));
      assertThrows(IllegalStateException.class, b::transfer);
      assertEquals(3, borrowed.getInt(0)); // refused close changed nothing
    }
    OffHeapBuffer dead = borrowed;
    for (Consumer<OffHeapBuffer> access : ACCESSES) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> access.accept(dead));
      assertTrue(e.getMessage().contains("its BufferScope is closed"), e.getMessage());
    }
  }

  @Test
  void scopeMisuseThrows() {
    BufferScope scope = BufferScope.open();
    assertThrows(IllegalArgumentException.class, () -> scope.allocate(-8));
    assertThrows(IllegalStateException.class, () -> onAnotherThread(() -> scope.allocate(8)));
    assertThrows(IllegalStateException.class, () -> onAnotherThread(scope::close));
    scope.close();
    assertThrows(IllegalStateException.class, () -> scope.allocate(8));
    IllegalStateException e = assertThrows(IllegalStateException.class, scope::close);
    assertTrue(e.getMessage().contains("first closed at dev.custody.runtime.MisuseTest.scopeMisuseThrows"),
        e.getMessage());
  }

  @Test
  void staleHandlesAndViewsNeverSeeTheNextOwnersData() {
    // Small blocks are reused by the next allocation of the same thread; the old handle must stay
    // closed and a view's block must never be reused at all.
    OffHeapBuffer first = OffHeapBuffer.allocate(64);
    first.putLong(0, 0xDEAD);
    ByteBuffer viewOfFirst = first.asByteBuffer();
    first.close();
    OffHeapBuffer second = OffHeapBuffer.allocate(64);
    second.putLong(0, 0xBEEF);
    second.close();
    for (int i = 0; i < 32; i++) {
      try (OffHeapBuffer next = OffHeapBuffer.allocate(64)) {
        assertEquals(0, next.getLong(0), "reused memory must be zeroed");
        assertEquals(0, next.getLong(56), "reused memory must be zeroed");
        next.putLong(0, i + 1);
        assertThrows(IllegalStateException.class, () -> second.getLong(0));
        assertThrows(IllegalStateException.class, () -> first.getLong(0));
        assertRefused(() -> viewOfFirst.getLong(0));
      }
    }
  }
}
