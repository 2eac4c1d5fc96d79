package hms.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The application's compiled classes (not the tests'), read once for the tests that check them. */
public final class CompiledClasses {
  private static JavaClasses classes;

  private CompiledClasses() {}

  public static synchronized JavaClasses all() {
    if (classes == null) {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPath(java.nio.file.Path.of("target/classes"));
    }
    return classes;
  }

  /** The feature a class belongs to: {@code hms.<feature>.<role>}; "" for the root package. */
  public static String feature(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 1 ? parts[1] : "";
  }

  /** Its role in the feature: boundary, control, entity; "" for a feature's root package. */
  public static String role(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }
}
