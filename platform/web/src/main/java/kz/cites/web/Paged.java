package kz.cites.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list operation that answers a {@link PageView} and takes {@code page} and {@code size}:
 * the OpenAPI setup describes the two parameters the same way everywhere, with their bounds, and
 * the controller checks them with {@link Paging#of} against the same {@link #maxSize()}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Paged {

  /** The largest page a client may ask for. */
  int maxSize();
}
