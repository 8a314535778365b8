package dev.custody.samples.records;

import static dev.custody.samples.records.SensorLog.BATCH_BYTES;
import static dev.custody.samples.records.SensorLog.BATCH_RECORDS;
import static dev.custody.samples.records.SensorLog.FLAGS_OFFSET;
import static dev.custody.samples.records.SensorLog.FLAG_SUSPECT;
import static dev.custody.samples.records.SensorLog.HEADER_BYTES;
import static dev.custody.samples.records.SensorLog.READING_OFFSET;
import static dev.custody.samples.records.SensorLog.RECORD_BYTES;
import static dev.custody.samples.records.SensorLog.SENSOR_OFFSET;
import static dev.custody.samples.records.SensorLog.TIME_OFFSET;
import static dev.custody.samples.records.SensorLog.le;

import dev.custody.Borrowed;
import dev.custody.runtime.BufferScope;
import dev.custody.runtime.OffHeapBuffer;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses a sensor log batch by batch through buffers borrowed from one {@link BufferScope}: the
 * header and the batch window are bump-allocated from a single native region, and closing the
 * scope frees both at once. The checker proves that neither buffer is closed on its own or kept
 * after the scope.
 */
final class SensorLogReader {
  private SensorLogReader() {}

  /** What a parse found: per-sensor statistics plus what it cost. */
  record Summary(
      Map<Integer, SensorStats> sensors, long records, long suspect, int batches, long regionBytes) {}

  static Summary summarize(Path file) throws IOException {
    Map<Integer, SensorStats> sensors = new TreeMap<>();
    long suspect = 0;
    int batches = 0;
    long regionBytes;
    long records;
    // Sized so that the header and one batch fit in the scope's first chunk: it never grows.
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        BufferScope scope = BufferScope.open(HEADER_BYTES + BATCH_BYTES)) {
      @Borrowed OffHeapBuffer header = scope.allocate(HEADER_BYTES);
      readFully(in, header.asByteBuffer());
      records = checkHeader(header, in.size());

      @Borrowed OffHeapBuffer batch = scope.allocate(BATCH_BYTES);
      ByteBuffer window = batch.asByteBuffer();
      for (long left = records; left > 0; ) {
        int count = (int) Math.min(left, BATCH_RECORDS);
        window.clear().limit(count * RECORD_BYTES);
        readFully(in, window);
        suspect += decode(batch, count, sensors);
        left -= count;
        batches++;
      }
      regionBytes = scope.reservedBytes();
    }
    return new Summary(sensors, records, suspect, batches, regionBytes);
  }

  /** Validates the header against the file's size and returns the record count. */
  private static long checkHeader(OffHeapBuffer header, long fileSize) throws IOException {
    int magic = le(header.getInt(0));
    if (magic != SensorLog.MAGIC) {
      throw new IOException(String.format("not a sensor log: magic 0x%08x", magic));
    }
    int version = le(header.getInt(4));
    if (version != SensorLog.VERSION) {
      throw new IOException("unsupported sensor log version " + version);
    }
    long records = le(header.getLong(8));
    long expected = HEADER_BYTES + records * RECORD_BYTES;
    if (records < 0 || expected != fileSize) {
      throw new IOException(
          "header announces " + records + " records (" + expected + " bytes), file has " + fileSize);
    }
    return records;
  }

  /** Folds {@code count} records of {@code batch} into the statistics; returns how many were suspect. */
  private static int decode(OffHeapBuffer batch, int count, Map<Integer, SensorStats> sensors) {
    int suspect = 0;
    for (int i = 0; i < count; i++) {
      long at = (long) i * RECORD_BYTES;
      if ((le(batch.getInt(at + FLAGS_OFFSET)) & FLAG_SUSPECT) != 0) {
        suspect++;
        continue;
      }
      int sensor = le(batch.getInt(at + SENSOR_OFFSET));
      long millis = le(batch.getLong(at + TIME_OFFSET));
      double reading = Double.longBitsToDouble(le(batch.getLong(at + READING_OFFSET)));
      sensors.computeIfAbsent(sensor, SensorStats::new).add(millis, reading);
    }
    return suspect;
  }

  private static void readFully(FileChannel in, ByteBuffer into) throws IOException {
    while (into.hasRemaining()) {
      if (in.read(into) < 0) {
        throw new EOFException("sensor log ends in the middle of a record");
      }
    }
  }
}
