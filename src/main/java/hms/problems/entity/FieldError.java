package hms.problems.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected field of a request body or parameter. */
@Schema(name = "FieldError")
public record FieldError(
    @Schema(required = true, example = "email") String field,
    @Schema(required = true, example = "must be a well-formed email address") String message) {}
