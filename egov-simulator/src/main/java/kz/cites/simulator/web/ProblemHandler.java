package kz.cites.simulator.web;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every 4xx as a problem detail; validation failures name their fields so a client can fix the
 * request without reading logs.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Problems.FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
            .toList();
    List<Problems.FieldError> global =
        ex.getBindingResult().getGlobalErrors().stream()
            .map(error -> new Problems.FieldError(error.getObjectName(), error.getDefaultMessage()))
            .toList();
    List<Problems.FieldError> all =
        java.util.stream.Stream.concat(errors.stream(), global.stream()).toList();
    return handleExceptionInternal(ex, Problems.validation(all), headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Problems.FieldError> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new Problems.FieldError(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return handleExceptionInternal(
        ex, Problems.validation(errors), headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
    problem.setType(Problems.MALFORMED_REQUEST);
    problem.setTitle("Malformed request");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }
}
