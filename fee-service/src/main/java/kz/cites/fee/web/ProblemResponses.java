package kz.cites.fee.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kz.cites.web.DocumentsProblems;

/**
 * The problem types an operation can answer besides those of every route; platform/web's OpenAPI
 * setup turns them into one {@code application/problem+json} response per status.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@DocumentsProblems
public @interface ProblemResponses {

  ApiProblem[] value();
}
