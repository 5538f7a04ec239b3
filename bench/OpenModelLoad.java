import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole system under an open model: applications arrive at a fixed rate whatever the system's
 * answers, as applicants on a portal do, and each is followed from its submission to its permit.
 * Not a test. Run by bench/open-model.sh (which starts the whole stack with automatic approval);
 * standalone, with the multi-file source launcher (JDK 22+, SubmissionLoad.java beside it):
 *
 * <pre>java bench/OpenModelLoad.java [gateway] [simulator] [rate/s] [seconds] [warmup-seconds] [apps.pids]</pre>
 *
 * <p>Phase 1 (not timed) prepares {@code rate x (warmup + seconds)} complete, paid, signed drafts as
 * a portal would (SubmissionLoad.prepare). Phase 2 submits one every {@code 1/rate} seconds, each
 * on its own virtual thread, so a slow answer never delays the next arrival (no coordinated
 * omission: latency counts from the planned arrival). Phase 3 waits until every acknowledged
 * application is {@code ISSUED} (or a drain limit passes) and reads, per application, the time
 * application-service recorded {@code ISSUED} in its history (from the {@code PermitIssued} event),
 * so no polling is needed while the load runs and the poll's own rhythm does not enter the figure.
 *
 * <p>Reports submit-to-ISSUED p50/p95/p99/max for the arrivals after the warm-up, the submission
 * request's own latency, the applications not issued (refused, or acknowledged but not issued
 * within the drain: lost, or only late when the rate is above what the machine sustains), and with
 * the stack's {@code apps.pids} the CPU every process spent per application over the window from
 * the first timed arrival to the last permit.
 */
public class OpenModelLoad {

  static final Pattern HISTORY_ENTRY =
      Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"\\s*,\\s*\"at\"\\s*:\\s*\"([^\"]+)\"");
  static final Duration DRAIN = Duration.ofSeconds(120);

  record Arrival(
      SubmissionLoad.Prepared prepared,
      Instant planned,
      boolean timed,
      int status,
      long requestNanos,
      String failure) {}

  public static void main(String[] args) throws Exception {
    URI gateway = URI.create(SubmissionLoad.arg(args, 0, "http://localhost:8080"));
    URI simulator = URI.create(SubmissionLoad.arg(args, 1, "http://localhost:8090"));
    double rate = Double.parseDouble(SubmissionLoad.arg(args, 2, "40"));
    int seconds = Integer.parseInt(SubmissionLoad.arg(args, 3, "300"));
    int warmupSeconds = Integer.parseInt(SubmissionLoad.arg(args, 4, "30"));
    Map<String, Long> processes =
        args.length > 5 ? SubmissionLoad.readPids(args[5]) : Map.of();

    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String[] persona : SubmissionLoad.PERSONAS) {
      tokens.put(persona[0], SubmissionLoad.token(simulator, persona));
    }
    int warmupCount = (int) Math.round(rate * warmupSeconds);
    int total = warmupCount + (int) Math.round(rate * seconds);
    System.out.printf("preparing %d signed drafts ...%n", total);
    long prepStart = System.nanoTime();
    List<SubmissionLoad.Prepared> prepared = new ArrayList<>();
    AtomicInteger next = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
      List<Future<SubmissionLoad.Prepared>> futures = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        futures.add(
            pool.submit(
                () -> {
                  String[] persona =
                      SubmissionLoad.PERSONAS.get(
                          next.getAndIncrement() % SubmissionLoad.PERSONAS.size());
                  return SubmissionLoad.prepare(
                      gateway, simulator, persona, tokens.get(persona[0]));
                }));
      }
      for (Future<SubmissionLoad.Prepared> f : futures) {
        prepared.add(f.get());
      }
    }
    System.out.printf("prepared in %.1f s%n", (System.nanoTime() - prepStart) / 1e9);
    Thread.sleep(5_000); // let the payments of the last drafts settle before the clock starts

    System.out.printf(
        "arrivals: %.1f/s for %d s (+%d s warm-up), %d applications%n",
        rate, seconds, warmupSeconds, total);
    Arrival[] arrivals = new Arrival[total];
    long periodNanos = (long) (1e9 / rate);
    Map<String, Long> cpuBefore = Map.of();
    long jitBefore = 0;
    Instant firstTimed = null;
    try (ExecutorService submitters = Executors.newVirtualThreadPerTaskExecutor()) {
      long startNanos = System.nanoTime();
      Instant startWall = Instant.now();
      for (int i = 0; i < total; i++) {
        long due = startNanos + i * periodNanos;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        boolean timed = i >= warmupCount;
        Instant planned = startWall.plusNanos(i * periodNanos);
        if (timed && firstTimed == null) {
          firstTimed = planned;
          cpuBefore = SubmissionLoad.cpuTicks(processes);
          jitBefore = SubmissionLoad.jitTicks(processes);
        }
        int index = i;
        SubmissionLoad.Prepared p = prepared.get(i);
        submitters.submit(
            () -> {
              long sent = System.nanoTime();
              int status;
              String failure = null;
              try {
                HttpResponse<String> response =
                    SubmissionLoad.post(
                        gateway.resolve(
                            "/api/v1/applications/" + p.applicationId() + "/submission"),
                        p.token(),
                        "{\"signature\":\"" + p.signature() + "\"}");
                status = response.statusCode();
                if (status != 202) {
                  failure = status + " " + response.body();
                }
              } catch (Exception e) {
                status = -1;
                failure = e.toString();
              }
              arrivals[index] =
                  new Arrival(p, planned, timed, status, System.nanoTime() - sent, failure);
              return null;
            });
      }
    }
    System.out.println("all arrivals sent; waiting for the permits ...");

    // Phase 3: every acknowledged application to ISSUED, its time from application-service's history
    Map<String, Instant> issuedAt = new ConcurrentHashMap<>();
    Map<String, Map<String, Instant>> histories = new ConcurrentHashMap<>();
    Instant drainUntil = Instant.now().plus(DRAIN);
    List<Arrival> open =
        new ArrayList<>(Arrays.stream(arrivals).filter(a -> a.status() == 202).toList());
    while (!open.isEmpty() && Instant.now().isBefore(drainUntil)) {
      List<Arrival> still = new ArrayList<>();
      for (Arrival a : open) {
        Map<String, Instant> history = history(gateway, a.prepared());
        Instant at = history.get("ISSUED");
        if (at == null) {
          still.add(a);
        } else {
          issuedAt.put(a.prepared().applicationId(), at);
          histories.put(a.prepared().applicationId(), history);
        }
      }
      open = still;
      if (!open.isEmpty()) {
        Thread.sleep(1_000);
      }
    }
    if (!UNREADABLE.isEmpty()) {
      System.out.println("history reads that did not answer 200 (status=count): " + UNREADABLE);
    }
    Instant lastPermit =
        issuedAt.values().stream().max(Instant::compareTo).orElse(Instant.now());
    Map<String, Long> cpuAfter = SubmissionLoad.cpuTicks(processes);
    long jitAfter = SubmissionLoad.jitTicks(processes);

    List<Arrival> timed = Arrays.stream(arrivals).filter(Arrival::timed).toList();
    List<Long> latencies = new ArrayList<>();
    for (Arrival a : timed) {
      Instant at = issuedAt.get(a.prepared().applicationId());
      if (at != null) {
        latencies.add(Duration.between(a.planned(), at).toNanos());
      }
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] requests =
        timed.stream().mapToLong(Arrival::requestNanos).sorted().toArray();
    long refused = timed.stream().filter(a -> a.status() != 202).count();
    long notIssued = timed.size() - sorted.length;
    System.out.printf(
        "RESULT open-model rate=%.1f/s seconds=%d applications=%d issued=%d not-issued=%d"
            + " (refused=%d: not acknowledged with 202, e.g. a 504 when the gateway gave up waiting)"
            + " submit-to-ISSUED p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms;"
            + " submission request p50=%.1fms p99=%.1fms%n",
        rate,
        seconds,
        timed.size(),
        sorted.length,
        notIssued,
        refused,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        percentile(requests, 50),
        percentile(requests, 99));
    if (!processes.isEmpty() && sorted.length > 0 && firstTimed != null) {
      double window = Duration.between(firstTimed, lastPermit).toMillis() / 1000.0;
      double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux
      StringBuilder line =
          new StringBuilder(
              String.format(
                  "CPU ms per application (%.1f s from the first timed arrival to the last permit):",
                  window));
      long all = 0;
      for (String name : cpuBefore.keySet()) {
        long ticks = cpuAfter.get(name) - cpuBefore.get(name);
        if (!name.equals("total")) {
          all += ticks;
        }
        line.append(String.format(" %s=%.2f", name, ticks * msPerTick / sorted.length));
      }
      line.append(String.format(" processes=%.2f", all * msPerTick / sorted.length));
      // of the applications' own CPU, what their JIT compilers took (warm-up, not work)
      line.append(
          String.format(
              " of-which-jit-compilation=%.2f", (jitAfter - jitBefore) * msPerTick / sorted.length));
      System.out.println(line);
    }
    // where the time goes: each status's median offset from the planned arrival
    Map<String, List<Long>> offsets = new java.util.LinkedHashMap<>();
    for (Arrival a : timed) {
      Map<String, Instant> history = histories.get(a.prepared().applicationId());
      if (history != null) {
        history.forEach(
            (status, at) ->
                offsets
                    .computeIfAbsent(status, k -> new ArrayList<>())
                    .add(Duration.between(a.planned(), at).toNanos()));
      }
    }
    StringBuilder stages = new StringBuilder("median time from arrival to each status:");
    offsets.forEach(
        (status, list) ->
            stages.append(
                String.format(
                    " %s=%.0fms",
                    status,
                    percentile(list.stream().mapToLong(Long::longValue).sorted().toArray(), 50))));
    System.out.println(stages);
    timed.stream()
        .filter(a -> a.failure() != null)
        .limit(5)
        .forEach(a -> System.out.println("failure: " + a.failure()));
    System.exit(notIssued > 0 ? 1 : 0);
  }

  /**
   * When application-service recorded each status of the application (the first time, in its
   * history's order), from the cabinet's view; empty while it cannot be read.
   */
  /** Status codes of history reads that did not answer 200, and how often: why none was read. */
  static final Map<Integer, Integer> UNREADABLE = new ConcurrentHashMap<>();

  static Map<String, Instant> history(URI gateway, SubmissionLoad.Prepared p) throws Exception {
    HttpResponse<String> response =
        SubmissionLoad.get(
            gateway.resolve("/api/v1/applications/" + p.applicationId()), p.token());
    Map<String, Instant> history = new java.util.LinkedHashMap<>();
    if (response.statusCode() != 200) {
      UNREADABLE.merge(response.statusCode(), 1, Integer::sum);
      return history;
    }
    Matcher m = HISTORY_ENTRY.matcher(response.body());
    while (m.find()) {
      history.putIfAbsent(m.group(1), OffsetDateTime.parse(m.group(2)).toInstant());
    }
    return history;
  }

  static double percentile(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : SubmissionLoad.percentile(sorted, p);
  }
}
