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

import dev.custody.runtime.OffHeapBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

/** Writes a synthetic sensor log, staging each batch of records in one off-heap buffer. */
final class SensorLogWriter {
  static final int SENSORS = 6;
  private static final long START_MILLIS = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  private SensorLogWriter() {}

  /**
   * Writes {@code records} readings, one every 250 ms round-robin over {@link #SENSORS} sensors;
   * roughly one in fifty is flagged suspect. The same seed always gives the same file.
   */
  static void write(Path file, int records, long seed) throws IOException {
    Random random = new Random(seed);
    // The staging buffer is an owner: the try-with-resources is what frees it, on every path.
    try (FileChannel out =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        OffHeapBuffer staging = OffHeapBuffer.allocate(BATCH_BYTES)) {
      // One view for the whole file: on JDK 17-21 the first view of a buffer costs a copy.
      ByteBuffer view = staging.asByteBuffer();

      staging.putInt(0, le(SensorLog.MAGIC));
      staging.putInt(4, le(SensorLog.VERSION));
      staging.putLong(8, le((long) records));
      view.clear().limit(HEADER_BYTES);
      writeFully(out, view);

      for (int written = 0; written < records; ) {
        int batch = Math.min(records - written, BATCH_RECORDS);
        for (int i = 0; i < batch; i++) {
          encode(staging, (long) i * RECORD_BYTES, written + i, random);
        }
        view.clear().limit(batch * RECORD_BYTES);
        writeFully(out, view);
        written += batch;
      }
    }
  }

  /** Encodes record number {@code index} at {@code at}; {@code staging} is only borrowed. */
  private static void encode(OffHeapBuffer staging, long at, int index, Random random) {
    int sensor = 1 + index % SENSORS;
    double base = 18.0 + 2.5 * sensor;
    double reading = base + random.nextGaussian() * 0.8;
    int flags = random.nextInt(50) == 0 ? FLAG_SUSPECT : 0;
    staging.putInt(at + SENSOR_OFFSET, le(sensor));
    staging.putInt(at + FLAGS_OFFSET, le(flags));
    staging.putLong(at + TIME_OFFSET, le(START_MILLIS + 250L * index));
    staging.putLong(at + READING_OFFSET, le(Double.doubleToRawLongBits(reading)));
  }

  private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }
}
