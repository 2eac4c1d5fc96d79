package hms.access.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter of a {@link Guarded} use case that names the resource it acts on: its audit event's
 * resource id. Without one, the result names it when it is {@code Identified} (a creation), else
 * the event names none (a search).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Subject {}
