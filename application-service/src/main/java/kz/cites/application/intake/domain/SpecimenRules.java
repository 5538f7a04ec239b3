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
import java.math.BigDecimal;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The rules between the fields of a specimen line (Res. Conf. 12.3): source {@code U} needs a
 * {@code sourceJustification}; source {@code O} (pre-Convention) goes with another code, the {@code
 * originalSourceCode}, which is given only then; without a unit the quantity is a number of
 * specimens and so whole, and the specimens come from at most as many animals ({@code
 * animalCount}): a skin and a skull of one argali are two specimens of one animal, while a part
 * never comes from two animals. Each broken rule is reported against its own field with its own
 * name.
 */
@Documented
@Constraint(validatedBy = SpecimenRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SpecimenRules {

  String message() default "{constraint.SpecimenRules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<SpecimenRules, ApplicationContent.Specimen> {
    @Override
    public boolean isValid(ApplicationContent.Specimen s, ConstraintValidatorContext context) {
      if (s == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if ("U".equals(s.sourceCode())
          && (s.sourceJustification() == null || s.sourceJustification().isBlank())) {
        valid = fail(context, "sourceJustification", "sourceJustification");
      }
      if ("O".equals(s.sourceCode())
          && (s.originalSourceCode() == null || "O".equals(s.originalSourceCode()))) {
        valid = fail(context, "originalSourceCode", "originalSourceCode.with-O");
      }
      if (!"O".equals(s.sourceCode()) && s.originalSourceCode() != null) {
        valid = fail(context, "originalSourceCode", "originalSourceCode.only-O");
      }
      if (s.unitCode() == null && s.quantity() != null && !isWhole(s.quantity())) {
        valid = fail(context, "quantity", "quantity");
      }
      if (s.unitCode() == null
          && s.quantity() != null
          && s.animalCount() != null
          && s.animalCount().compareTo(s.quantity()) > 0) {
        // each specimen (a skin, a skull, a live animal) comes from one animal
        context
            .unwrap(HibernateConstraintValidatorContext.class)
            .addMessageParameter("quantity", s.quantity().stripTrailingZeros().toPlainString());
        valid = fail(context, "animalCount", "animalCount");
      }
      return valid;
    }

    private static boolean isWhole(BigDecimal quantity) {
      return quantity.signum() == 0 || quantity.stripTrailingZeros().scale() <= 0;
    }

    /** {@code message}: the rule's text, {@code constraint.SpecimenRules.<message>}. */
    private static boolean fail(ConstraintValidatorContext context, String field, String message) {
      context
          .buildConstraintViolationWithTemplate("{constraint.SpecimenRules." + message + "}")
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
