package org.compendium.serve;

/**
 * A request that cannot be answered as asked, with the HTTP status that says why (400 bad input, 401 no valid
 * token, 404 unknown id, 413 too large, 415 unsupported format). {@link Errors} turns it into the response.
 */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
