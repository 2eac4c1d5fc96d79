package hms.access.boundary;

import hms.access.entity.Rule;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case with its {@link Rule}: the caller is checked before it runs and the outcome is
 * audited as the rule says (success in the use case's transaction, a refusal in one of its own).
 * Every JAX-RS operation reaches at least one ({@code AccessCoverageTest}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Guarded {
  /** The rule; not binding, so one interceptor serves them all. */
  @Nonbinding
  Rule value();
}
