package dev.custody.samples.records;

/** Running statistics of one sensor's readings. */
final class SensorStats {
  final int sensor;
  private long count;
  private double sum;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private long lastMillis;

  SensorStats(int sensor) {
    this.sensor = sensor;
  }

  void add(long millis, double reading) {
    count++;
    sum += reading;
    min = Math.min(min, reading);
    max = Math.max(max, reading);
    lastMillis = Math.max(lastMillis, millis);
  }

  long count() {
    return count;
  }

  double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  double min() {
    return min;
  }

  double max() {
    return max;
  }

  long lastMillis() {
    return lastMillis;
  }
}
