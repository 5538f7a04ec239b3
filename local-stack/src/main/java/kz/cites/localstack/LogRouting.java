package kz.cites.localstack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends the in-process Kafka broker's and the PostgreSQL wrapper's logs to files next to the
 * applications' logs instead of the console (or a test's output). Done in code so that a test using
 * {@link LocalStack} as a library keeps its own logging configuration for everything else.
 */
final class LogRouting {

  private LogRouting() {}

  static void route(Path logDirectory) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J backend: leave its configuration alone
    }
    FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> kafka =
        appender(context, logDirectory.resolve("kafka.log"));
    for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger"}) {
      attach(context, name, kafka, Level.INFO);
    }
    FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> postgres =
        appender(context, logDirectory.resolve("postgres.log"));
    attach(context, "io.zonky", postgres, Level.INFO);
  }

  /** For the command-line launcher: only warnings of anything else reach the console. */
  static void quietConsole() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
    }
  }

  private static FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender(
      LoggerContext context, Path file) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
    encoder.start();
    FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName(file.getFileName().toString());
    appender.setFile(file.toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  private static void attach(
      LoggerContext context,
      String name,
      FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender,
      Level level) {
    Logger logger = context.getLogger(name);
    logger.detachAppender(appender.getName());
    logger.addAppender(appender);
    logger.setLevel(level);
    logger.setAdditive(false);
  }
}
