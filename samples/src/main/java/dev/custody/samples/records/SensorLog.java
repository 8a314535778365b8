package dev.custody.samples.records;

import java.nio.ByteOrder;

/**
 * The on-disk layout of a sensor log: a fixed header followed by fixed-size records, all
 * little-endian whatever the machine that wrote it.
 *
 * <pre>
 * header (16 bytes)   int magic 'SNS1' | int version | long record count
 * record (24 bytes)   int sensor id | int flags | long epoch millis | double reading
 * </pre>
 */
final class SensorLog {
  static final int MAGIC = 0x31534E53; // "SNS1" read as a little-endian int
  static final int VERSION = 1;
  static final int HEADER_BYTES = 16;
  static final int RECORD_BYTES = 24;

  static final int SENSOR_OFFSET = 0;
  static final int FLAGS_OFFSET = 4;
  static final int TIME_OFFSET = 8;
  static final int READING_OFFSET = 16;

  /** Set when the sensor flagged its own reading as unreliable; such readings are skipped. */
  static final int FLAG_SUSPECT = 0x1;

  /** Records per read or write: one batch of records is staged off-heap at a time. */
  static final int BATCH_RECORDS = 512;

  static final int BATCH_BYTES = BATCH_RECORDS * RECORD_BYTES;

  /**
   * OffHeapBuffer uses the platform's byte order; the file is little-endian. On x86 and AArch64
   * the two agree and the swaps below are never taken. Doubles travel as their raw long bits.
   */
  private static final boolean SWAP = ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN;

  private SensorLog() {}

  static int le(int value) {
    return SWAP ? Integer.reverseBytes(value) : value;
  }

  static long le(long value) {
    return SWAP ? Long.reverseBytes(value) : value;
  }
}
