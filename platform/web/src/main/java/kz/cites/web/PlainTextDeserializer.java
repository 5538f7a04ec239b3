package kz.cites.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every string of a JSON body as Jackson does and refuses one that breaks {@link PlainText}
 * (a NUL character, a lone surrogate), wherever it sits: a record component, a list element, a map
 * value.
 */
public class PlainTextDeserializer extends StringDeserializer {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context)
      throws JacksonException {
    String text = super.deserialize(parser, context);
    var flaw = PlainText.flaw(text);
    if (flaw.isPresent()) {
      throw new UnacceptableTextException(parser, flaw.get());
    }
    return text;
  }
}
