package hms.problems.boundary;

/**
 * The forms request fields and parameters are checked against with {@code @Pattern}, shared so that
 * every feature refuses the same input the same way (400, naming the field).
 */
public final class Patterns {
  /** A UUID in its canonical text form. */
  public static final String UUID =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

  private Patterns() {}
}
