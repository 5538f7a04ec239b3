package kz.cites.testsupport;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

final class Conditions {

  private Conditions() {}

  static final class Embedded implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return InfrastructureMode.current() == InfrastructureMode.EMBEDDED;
    }
  }

  static final class Containers implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return InfrastructureMode.current() == InfrastructureMode.TESTCONTAINERS;
    }
  }
}
