package kz.cites.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * What one problem type is: its stable type URI, HTTP status, title, and when a service answers it
 * (for the documentation).
 */
public record ProblemSpec(URI type, HttpStatus status, String title, String when) {}
