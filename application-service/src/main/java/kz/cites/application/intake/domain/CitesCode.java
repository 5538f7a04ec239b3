package kz.cites.application.intake.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A code from one of the closed {@link CodeList}s (null passes; pair with NotNull if required). */
@Documented
@Constraint(validatedBy = CitesCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CitesCode {

  CodeList value();

  String message() default "{constraint.CitesCode}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<CitesCode, String> {
    private CodeList list;

    @Override
    public void initialize(CitesCode annotation) {
      list = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || list.contains(value);
    }
  }
}
