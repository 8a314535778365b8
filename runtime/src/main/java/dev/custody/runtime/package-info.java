/**
 * Off-heap memory owned by exactly one owner and freed when it is closed.
 *
 * <ul>
 *   <li>{@link dev.custody.runtime.OffHeapBuffer}: one block, freed by {@code close()}; confined to
 *       its thread, transferable with {@link dev.custody.runtime.OffHeapBuffer#transfer()}, or
 *       shared from the start with {@link dev.custody.runtime.OffHeapBuffer#allocateShared}.
 *   <li>{@link dev.custody.runtime.BufferScope}: many short-lived buffers bump-allocated from one
 *       region and freed together.
 *   <li>{@link dev.custody.runtime.LeakDetection}: leak reports, counters and the strict-mode
 *       assertion for tests.
 * </ul>
 *
 * <p>Misuse (use after close, double close, another thread's access, out-of-range offsets) always
 * throws an exception; it never crashes the JVM or touches memory the buffer no longer owns.
 */
package dev.custody.runtime;
