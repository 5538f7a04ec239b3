package kz.cites.web;

import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.MessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The texts and the validator a service gets from {@link WebAutoConfiguration}, for tests. */
final class Languages {

  private Languages() {}

  static MessageSource messageSource() {
    return Texts.bundles();
  }

  static Texts texts() {
    return new Texts(messageSource(), true);
  }

  /** Bean validation with its messages from the bundles, as Boot configures it. */
  static LocalValidatorFactoryBean validator() {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    validator.setMessageInterpolator(new MessageInterpolatorFactory(messageSource()).getObject());
    validator.afterPropertiesSet();
    return validator;
  }
}
