package kz.cites.application.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kz.cites.web.DocumentsProblems;

/**
 * The problem types an operation can answer besides those of every route ({@code unauthenticated},
 * {@code forbidden}, {@code internal}). {@link ApiDocumentation} turns them into one {@code
 * application/problem+json} response per status, each type with its named example.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@DocumentsProblems
public @interface ProblemResponses {

  ApiProblem[] value();
}
