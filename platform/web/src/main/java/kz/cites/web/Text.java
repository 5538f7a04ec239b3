package kz.cites.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text still to be written in the reader's language: a key of the message bundles and the
 * arguments its {@code {0}}, {@code {1}}, ... stand for (an argument may be null). {@link Texts}
 * writes it.
 */
public record Text(String key, List<Object> args) {

  public Text {
    args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static Text of(String key, Object... args) {
    return new Text(key, args == null ? List.of() : Arrays.asList(args));
  }
}
