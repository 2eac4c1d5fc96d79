package hms.files.control;

/** What the bucket says of an object: its length and its ETag. */
public record StoredObject(long size, String etag) {}
