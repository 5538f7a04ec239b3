package kz.cites.observability;

import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Executors whose tasks run in the context of the code that submitted them: the current observation
 * (so the trace and span, and the {@code traceId}/{@code spanId} of the logs) and whatever else
 * Micrometer's context propagation knows, captured at submission and restored around the task (ADR
 * 0010). Without it, work handed to another thread starts a trace of its own.
 */
public final class TracedExecutors {

  private TracedExecutors() {}

  /** A virtual thread per task, each in its submitter's context. */
  public static ExecutorService virtualThreadPerTask() {
    return wrap(Executors.newVirtualThreadPerTaskExecutor());
  }

  /** {@code executor}, its tasks in their submitter's context. */
  public static ExecutorService wrap(ExecutorService executor) {
    ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();
    return ContextExecutorService.wrap(executor, snapshots::captureAll);
  }
}
