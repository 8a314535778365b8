package dev.custody.samples;

import dev.custody.runtime.LeakDetection;
import dev.custody.samples.connection.ConnectionSample;
import dev.custody.samples.pipeline.PipelineSample;
import dev.custody.samples.records.RecordParserSample;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the samples: {@code java dev.custody.samples.Main [records] [pipeline] [connection]}, all
 * of them when no name is given. Every sample was proved by the checker when this module was
 * compiled; run with {@code -Dcustody.leaks=strict} to have the runtime confirm at the end that
 * no buffer or scope was left open.
 */
public final class Main {
  /** A sample: prints what it did, throws if anything went wrong. */
  private interface Sample {
    void run(PrintStream out) throws Exception;
  }

  private Main() {}

  public static void main(String[] args) throws Exception {
    Map<String, Sample> samples = new LinkedHashMap<>();
    samples.put("records", RecordParserSample::run);
    samples.put("pipeline", PipelineSample::run);
    samples.put("connection", ConnectionSample::run);

    List<String> chosen = args.length == 0 ? List.copyOf(samples.keySet()) : Arrays.asList(args);
    PrintStream out = System.out;
    for (String name : chosen) {
      Sample sample = samples.get(name);
      if (sample == null) {
        System.err.println("unknown sample '" + name + "'; choose from " + samples.keySet());
        System.exit(2);
      }
      out.println("== " + name + " ==");
      sample.run(out);
      out.println();
    }

    if (LeakDetection.level() == LeakDetection.Level.STRICT) {
      LeakDetection.assertNoLiveBuffers(); // throws, listing allocation sites, if one is open
      out.println("strict leak detection: every buffer and scope the samples opened was closed");
    } else {
      out.printf(
          "live off-heap buffers at exit: %d (run with -D%s=strict for a strict check)%n",
          LeakDetection.liveBuffers(), LeakDetection.PROPERTY);
    }
  }
}
