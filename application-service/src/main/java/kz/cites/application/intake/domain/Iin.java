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

/** An individual identification number: 12 digits with a correct check digit (null passes). */
@Documented
@Constraint(validatedBy = Iin.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Iin {

  String message() default "{constraint.Iin}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<Iin, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || IdentificationNumbers.isValid(value);
    }
  }
}
