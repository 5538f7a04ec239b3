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

/**
 * A legal entity applies under its BIN: the applicant's {@code bin} is required when the {@code
 * type} is {@code LEGAL_ENTITY}, and only then (a person or an entrepreneur files under the IIN; a
 * BIN on their application would make it look like the company's). Reported against the {@code bin}
 * field.
 */
@Documented
@Constraint(validatedBy = BinOfLegalEntity.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BinOfLegalEntity {

  String message() default "{constraint.BinOfLegalEntity}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<BinOfLegalEntity, ApplicationContent.Applicant> {
    @Override
    public boolean isValid(
        ApplicationContent.Applicant applicant, ConstraintValidatorContext context) {
      if (applicant == null || applicant.type() == null) {
        return true;
      }
      boolean company = "LEGAL_ENTITY".equals(applicant.type());
      boolean hasBin = applicant.bin() != null && !applicant.bin().isBlank();
      if (company == hasBin) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              company
                  ? context.getDefaultConstraintMessageTemplate()
                  : "{constraint.BinOfLegalEntity.absent}")
          .addPropertyNode("bin")
          .addConstraintViolation();
      return false;
    }
  }
}
