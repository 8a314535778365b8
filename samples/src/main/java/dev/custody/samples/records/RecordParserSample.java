package dev.custody.samples.records;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes a binary sensor log, parses it back through scoped off-heap buffers, prints a summary. */
public final class RecordParserSample {
  private static final int RECORDS = 20_000;

  private RecordParserSample() {}

  public static void run(PrintStream out) throws IOException {
    Path file = Files.createTempFile("sensors-", ".log");
    try {
      SensorLogWriter.write(file, RECORDS, 42L);
      SensorLogReader.Summary summary = SensorLogReader.summarize(file);

      out.printf(
          "parsed %d records (%d bytes) in %d batches of up to %d records;"
              + " header and batch window shared one %d-byte scope%n",
          summary.records(),
          Files.size(file),
          summary.batches(),
          SensorLog.BATCH_RECORDS,
          summary.regionBytes());
      out.printf("skipped %d readings flagged suspect by their sensor%n", summary.suspect());
      out.println("sensor  readings     min    mean     max  last reading at");
      for (SensorStats stats : summary.sensors().values()) {
        out.printf(
            "%6d  %8d  %6.2f  %6.2f  %6.2f  %s%n",
            stats.sensor,
            stats.count(),
            stats.min(),
            stats.mean(),
            stats.max(),
            Instant.ofEpochMilli(stats.lastMillis()));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
