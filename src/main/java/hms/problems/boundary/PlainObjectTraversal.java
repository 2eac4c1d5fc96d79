package hms.problems.boundary;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may look at every property of what it validates (META-INF/validation.xml). The
 * default resolver first asks each JPA persistence unit whether the property is loaded, so as not
 * to touch lazy entity state: for every property of every request, once per EntityManagerFactory,
 * and there is one per recently used tenant: a visible share of a patient list page's CPU
 * (docs/benchmarks.md, "Third pass: the list page profiled again"). What is validated here are
 * request and response records, never entities (persistence.xml turns JPA's own validation off), so
 * there is nothing lazy to protect.
 */
public class PlainObjectTraversal implements TraversableResolver {
  @Override
  public boolean isReachable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }
}
