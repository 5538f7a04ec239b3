import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submissions per second through the gateway: the request that checks the CMS signature, registers
 * the application and writes its outbox event in one transaction. Not a test.
 *
 * <p>Phase 1 (not timed) prepares complete, signed drafts as a portal would: a token per persona,
 * the draft, its two documents, the signing payload and its signature from the simulator's NCA.
 * Phase 2 (timed) has {@code clients} threads submit them, each one after the other, and reports
 * throughput and latency percentiles. The first {@code warmup} submissions of each client are not
 * counted (JIT, connection pools). Run by bench/submissions.sh; standalone:
 *
 * <pre>java bench/SubmissionLoad.java [gateway] [simulator] [clients] [perClient] [warmup] [apps.pids]</pre>
 *
 * With the local stack's {@code apps.pids} file it also reports the CPU time each process spent per
 * submission during the timed phase (from /proc), which says where the time goes and is less
 * sensitive to other load on the machine than throughput is.
 *
 * The gateway's per-user rate limit must be raised for the run (the script does it): a portal user
 * never submits hundreds of applications a minute.
 */
public class SubmissionLoad {

  /** Clean personas (egov-simulator/README.md) that take turns: iin, bin or "", applicant JSON. */
  static final List<String[]> PERSONAS =
      List.of(
          new String[] {
            "811201401188",
            "",
            """
            {"type":"INDIVIDUAL","iin":"811201401188","name":"Abenova Aigerim Serikovna",\
            "address":"Astana, Mangilik El 55","phone":"+77011234567","email":"abenova@example.kz"}"""
          },
          new String[] {
            "850719302180",
            "",
            """
            {"type":"ENTREPRENEUR","iin":"850719302180","name":"IP Serikbayev Exotic Pets",\
            "address":"Almaty, Abay 150","phone":"+77272000150","email":"pets@serikbayev.kz"}"""
          },
          new String[] {
            "680514304126",
            "940140000385",
            """
            {"type":"LEGAL_ENTITY","iin":"680514304126","bin":"940140000385",\
            "name":"Dala Fauna Trade LLP","address":"Astana, Kunayev 12","phone":"+77172000012",\
            "email":"office@dalafauna.kz"}"""
          });

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  record Prepared(String applicationId, String token, String signature) {}

  public static void main(String[] args) throws Exception {
    URI gateway = URI.create(arg(args, 0, "http://localhost:8080"));
    URI simulator = URI.create(arg(args, 1, "http://localhost:8090"));
    int clients = Integer.parseInt(arg(args, 2, "16"));
    int perClient = Integer.parseInt(arg(args, 3, "60"));
    int warmup = Integer.parseInt(arg(args, 4, "10"));
    Map<String, Long> processes = args.length > 5 ? readPids(args[5]) : Map.of();

    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String[] persona : PERSONAS) {
      tokens.put(persona[0], token(simulator, persona));
    }

    int total = clients * (perClient + warmup);
    System.out.printf("preparing %d signed drafts ...%n", total);
    long prepStart = System.nanoTime();
    List<Prepared> prepared;
    AtomicInteger next = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<Prepared>> futures = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        futures.add(
            pool.submit(
                () -> {
                  String[] persona = PERSONAS.get(next.getAndIncrement() % PERSONAS.size());
                  return prepare(gateway, simulator, persona, tokens.get(persona[0]));
                }));
      }
      prepared = new ArrayList<>();
      for (Future<Prepared> f : futures) {
        prepared.add(f.get());
      }
    }
    System.out.printf(
        "prepared in %.1f s%n", (System.nanoTime() - prepStart) / 1e9);

    long[][] latencies = new long[clients][perClient];
    AtomicInteger failures = new AtomicInteger();
    long[] window = new long[2];
    List<Map<String, Long>> cpu = new ArrayList<>();
    List<String> failureSamples = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      java.util.concurrent.CyclicBarrier measuring =
          new java.util.concurrent.CyclicBarrier(
              clients,
              () -> {
                cpu.add(cpuTicks(processes));
                window[0] = System.nanoTime();
              });
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(
            pool.submit(
                () -> {
                  int base = client * (perClient + warmup);
                  for (int i = 0; i < warmup + perClient; i++) {
                    if (i == warmup) {
                      measuring.await();
                    }
                    Prepared p = prepared.get(base + i);
                    long start = System.nanoTime();
                    HttpResponse<String> response =
                        post(
                            gateway.resolve("/api/v1/applications/" + p.applicationId() + "/submission"),
                            p.token(),
                            "{\"signature\":\"" + p.signature() + "\"}");
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 202) {
                      failures.incrementAndGet();
                      synchronized (failureSamples) {
                        if (failureSamples.size() < 5) {
                          failureSamples.add(response.statusCode() + " " + response.body());
                        }
                      }
                    }
                    if (i >= warmup) {
                      latencies[client][i - warmup] = took;
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      window[1] = System.nanoTime();
      cpu.add(cpuTicks(processes));
    }

    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    double seconds = (window[1] - window[0]) / 1e9;
    System.out.printf(
        "RESULT submissions=%d clients=%d seconds=%.2f throughput=%.1f/s p50=%.1fms p90=%.1fms"
            + " p99=%.1fms max=%.1fms failures=%d%n",
        all.length,
        clients,
        seconds,
        all.length / seconds,
        percentile(all, 50),
        percentile(all, 90),
        percentile(all, 99),
        all[all.length - 1] / 1e6,
        failures.get());
    if (!processes.isEmpty()) {
      double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux
      StringBuilder line = new StringBuilder("CPU ms per submission:");
      for (String name : cpu.get(0).keySet()) {
        long ticks = cpu.get(1).get(name) - cpu.get(0).get(name);
        line.append(String.format(" %s=%.2f", name, ticks * msPerTick / all.length));
      }
      System.out.println(line);
    }
    failureSamples.forEach(s -> System.out.println("failure: " + s));
    if (failures.get() > 0) {
      System.exit(1);
    }
  }

  /** An applicant's token from the simulator's identity provider. */
  static String token(URI simulator, String[] persona) throws Exception {
    String body =
        persona[1].isEmpty()
            ? "{\"iin\":\"%s\",\"roles\":[\"APPLICANT\"]}".formatted(persona[0])
            : "{\"iin\":\"%s\",\"bin\":\"%s\",\"roles\":[\"APPLICANT\"]}"
                .formatted(persona[0], persona[1]);
    return field(
        expect(post(simulator.resolve("/sim/idp/token"), null, body), 200), "access_token");
  }

  /** A complete export draft with its documents, and the NCA's signature of its payload. */
  static Prepared prepare(URI gateway, URI simulator, String[] persona, String token)
      throws Exception {
    String draft =
        """
        {"permitType":"EXPORT","applicant":%s,"purposeCode":"Z",\
        "counterparty":{"name":"Tierpark Berlin","address":"Am Tierpark 125, Berlin","countryCode":"DE"},\
        "specimens":[{"scientificName":"Falco cherrug","termCode":"LIV","quantity":2,"sourceCode":"C",\
        "countryOfOrigin":"KZ","marks":"closed rings KZ-2025-0041, KZ-2025-0042"}],\
        "transport":{"borderCrossing":"Astana airport","plannedDate":"%s"},"personalDataConsent":true}"""
            .formatted(persona[2], LocalDate.now().plusMonths(1));
    String id = field(expect(post(gateway.resolve("/api/v1/applications"), token, draft), 201), "id");
    for (String type : List.of("CONTRACT", "SCIENTIFIC_OPINION")) {
      expect(upload(gateway.resolve("/api/v1/applications/" + id + "/documents"), token, type), 201);
    }
    payTheDuty(gateway, simulator, persona, token, id);
    String payload =
        field(expect(get(gateway.resolve("/api/v1/applications/" + id + "/signing-payload"), token), 200), "payload");
    String signRequest =
        persona[1].isEmpty()
            ? "{\"iin\":\"%s\",\"payload\":\"%s\"}".formatted(persona[0], payload)
            : "{\"iin\":\"%s\",\"bin\":\"%s\",\"payload\":\"%s\"}"
                .formatted(persona[0], persona[1], payload);
    String signature =
        field(expect(post(simulator.resolve("/sim/nca/sign"), null, signRequest), 200), "signature");
    return new Prepared(id, token, signature);
  }

  /**
   * Pays today's duty at the simulated payment gateway with the application id as the reference,
   * as the portal does before signing, so that the rest of the system finds the payment at once.
   * Only when fee-service answers the quote (MODE=system): without it nobody reads the payment.
   */
  static void payTheDuty(URI gateway, URI simulator, String[] persona, String token, String id)
      throws Exception {
    HttpResponse<String> quote =
        get(gateway.resolve("/api/v1/fees/quote?date=" + LocalDate.now(java.time.ZoneId.of("Asia/Almaty"))), token);
    if (quote.statusCode() != 200) {
      return;
    }
    Matcher amount = Pattern.compile("\"amount\"\\s*:\\s*([0-9.]+)").matcher(quote.body());
    if (!amount.find()) {
      throw new IllegalStateException("no amount in " + quote.body());
    }
    String payer =
        persona[1].isEmpty()
            ? "\"payerIin\":\"" + persona[0] + "\""
            : "\"payerBin\":\"" + persona[1] + "\"";
    expect(
        post(
            simulator.resolve("/sim/payments"),
            null,
            "{" + payer + ",\"amount\":" + amount.group(1) + ",\"reference\":\"" + id + "\"}"),
        201);
  }

  /**
   * instance name -> pid from the local stack's apps.pids ("application pid instance" per line,
   * e.g. "permit-service 4711 permit-service-2").
   */
  static Map<String, Long> readPids(String file) throws Exception {
    Map<String, Long> pids = new java.util.LinkedHashMap<>();
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 2) {
        pids.put(parts.length > 2 ? parts[2] : parts[0], Long.parseLong(parts[1]));
      }
    }
    return pids;
  }

  /**
   * CPU clock ticks (user + system) so far: of each stack process, of all PostgreSQL processes,
   * and of the whole machine ({@code total}, from /proc/stat).
   */
  static Map<String, Long> cpuTicks(Map<String, Long> processes) {
    Map<String, Long> ticks = new java.util.LinkedHashMap<>();
    if (processes.isEmpty()) {
      return ticks;
    }
    processes.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
    long postgres = 0;
    try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
      for (var dir : dirs.toList()) {
        String name = dir.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit)) {
          String stat = readQuietly(dir.resolve("stat"));
          if (stat.contains("(postgres)")) {
            postgres += processTicks(Long.parseLong(name));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ticks.put("postgresql", postgres);
    String[] cpuLine = readQuietly(java.nio.file.Path.of("/proc/stat")).lines().findFirst().orElseThrow().split("\\s+");
    long total = 0;
    for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
      total += Long.parseLong(cpuLine[i]);
    }
    ticks.put("total", total);
    return ticks;
  }

  /**
   * CPU ticks the applications' JIT compiler threads spent ({@code C1/C2 CompilerThre} in
   * /proc/<pid>/task): a short run pays much of its CPU for compiling rather than for the work, and
   * this says how much.
   */
  static long jitTicks(Map<String, Long> processes) {
    long ticks = 0;
    for (long pid : processes.values()) {
      try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + pid + "/task"))) {
        for (var task : tasks.toList()) {
          String stat = readQuietly(task.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          if (open < 0 || close < open) {
            continue;
          }
          if (stat.substring(open + 1, close).contains("CompilerThre")) {
            String[] fields = stat.substring(close + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          }
        }
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        // the process or one of its threads ended meanwhile
      }
    }
    return ticks;
  }

  static long processTicks(long pid) {
    String stat = readQuietly(java.nio.file.Path.of("/proc/" + pid + "/stat"));
    if (stat.isEmpty()) {
      return 0;
    }
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
  }

  static String readQuietly(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  static HttpResponse<String> post(URI uri, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(URI uri, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> upload(URI uri, String token, String type) throws Exception {
    String boundary = "----bench" + System.nanoTime();
    String body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + type.toLowerCase() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
            + "%PDF-1.7\n% " + type + " " + System.nanoTime() + "\n%%EOF\n"
            + "\r\n--" + boundary + "--\r\n";
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method() + " " + response.request().uri() + " -> "
              + response.statusCode() + " " + response.body());
    }
    return response;
  }

  /** A string member of a flat JSON answer; enough for the few fields read here. */
  static String field(HttpResponse<String> response, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(response.body());
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + response.body());
    }
    return m.group(1);
  }

  static String arg(String[] args, int i, String fallback) {
    return args.length > i ? args[i] : fallback;
  }
}
