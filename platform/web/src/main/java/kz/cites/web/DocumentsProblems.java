package kz.cites.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service's own {@code @ProblemResponses} annotation: an annotation on a handler method
 * whose {@code value()} is an array of the service's problem catalogue ({@link ProblemType}), the
 * types the operation can answer besides those of every route. {@link ApiDocumentation} turns them
 * into one {@code application/problem+json} response per status, each type with its named example.
 * (An annotation cannot take an array of an interface, so each service declares its own, typed by
 * its {@code ApiProblem} enum.)
 */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DocumentsProblems {}
