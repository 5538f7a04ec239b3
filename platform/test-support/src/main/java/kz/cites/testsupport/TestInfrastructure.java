package kz.cites.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Real PostgreSQL and Kafka for an integration test: {@code @Import(TestInfrastructure.class)} next
 * to {@code @SpringBootTest}. See {@link InfrastructureMode} for embedded versus containers.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({PostgresTestConfiguration.class, KafkaTestConfiguration.class})
public class TestInfrastructure {}
