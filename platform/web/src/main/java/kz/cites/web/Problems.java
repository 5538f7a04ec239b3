package kz.cites.web;

import java.net.URI;

/** Problem types are stable URIs, one per error, under one base that clients can switch on. */
public final class Problems {

  public static final String BASE = "https://cites.kz/problems/";

  public static final URI VALIDATION = type("validation");
  public static final URI MALFORMED_BODY = type("malformed-body");
  public static final URI NOT_FOUND = type("not-found");
  public static final URI UNAUTHENTICATED = type("unauthenticated");
  public static final URI FORBIDDEN = type("forbidden");
  public static final URI CONFLICT = type("conflict");
  public static final URI INTERNAL = type("internal");
  public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
  public static final URI NOT_ACCEPTABLE = type("not-acceptable");
  public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
  // what the server refuses before any controller (issue 15): the same types at the gateway
  public static final URI BODY_TOO_LARGE = type("body-too-large");
  public static final URI REQUEST_REJECTED = type("request-rejected");
  public static final URI MALFORMED_REQUEST = type("malformed-request");
  public static final URI URI_TOO_LONG = type("uri-too-long");
  public static final URI HEADERS_TOO_LARGE = type("headers-too-large");

  private Problems() {}

  public static URI type(String slug) {
    return URI.create(BASE + slug);
  }
}
