package org.newsline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/** What a result was measured on: date, cores, JDK, git commit, load average. */
public record Machine(String date, int cores, String jdk, String commit, double loadAverage) {

  public static Machine now() {
    return new Machine(
        LocalDate.now().toString(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.vendor", "?").split(" ")[0]
            + " "
            + System.getProperty("java.runtime.version"),
        gitCommit(),
        load());
  }

  /** The current 1-minute load average (the machine is shared: say how busy it was). */
  public static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** "2026-11-22 | 2 cores | JDK 17.0.15 | abc1234" for a table row. */
  public String cells() {
    return String.format(Locale.ROOT, "%s | %d | %s | %s", date, cores, jdk, commit);
  }

  private static String gitCommit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
      String head = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      Process dirty = new ProcessBuilder("git", "status", "--porcelain", "--", "bench").start();
      boolean changed = dirty.getInputStream().readAllBytes().length > 0;
      dirty.waitFor();
      return head.isEmpty() ? "unknown" : head + (changed ? "+dirty" : "");
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
