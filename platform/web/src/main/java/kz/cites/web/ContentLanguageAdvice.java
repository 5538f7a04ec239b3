package kz.cites.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * An answer that holds a text written in the caller's language (a problem detail, a notification, a
 * species' common name) says which: {@code Content-Language} and {@code Vary: Accept-Language}.
 * Answers without such a text (a PDF, a signed permit, a list of codes) say nothing.
 */
@RestControllerAdvice
class ContentLanguageAdvice implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    Language language = attributes == null ? null : Texts.answeredIn(attributes);
    if (language != null) {
      HttpHeaders headers = response.getHeaders();
      headers.set(HttpHeaders.CONTENT_LANGUAGE, language.tag());
      if (!headers.getVary().contains(HttpHeaders.ACCEPT_LANGUAGE)) {
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
      }
    }
    return body;
  }
}
