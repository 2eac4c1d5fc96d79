package hms.files.control;

import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

/** The refusals of the files feature, each with its own problem type. */
public final class FilesProblems {
  private FilesProblems() {}

  public static final class TypeNotAllowed extends ProblemException {
    public TypeNotAllowed() {
      super(
          Status.UNSUPPORTED_MEDIA_TYPE,
          "file-type-not-allowed",
          "File Type Not Allowed",
          "Files may be PDF, PNG, JPEG, DICOM, plain text or CSV.");
    }
  }

  public static final class TooLarge extends ProblemException {
    public TooLarge(long maxBytes) {
      super(
          Status.REQUEST_ENTITY_TOO_LARGE,
          "file-too-large",
          "File Too Large",
          "Files may have at most " + maxBytes + " bytes.");
    }
  }

  /** Completing an upload that is not (fully) in the bucket. */
  public static final class UploadIncomplete extends ProblemException {
    public UploadIncomplete() {
      super(
          Status.CONFLICT,
          "upload-incomplete",
          "Upload Incomplete",
          "The file is not in storage with the declared size. Upload it, then complete again.");
    }
  }

  /** A download asked for before the upload was completed. */
  public static final class NotAvailable extends ProblemException {
    public NotAvailable() {
      super(
          Status.CONFLICT,
          "file-not-available",
          "File Not Available",
          "The file's upload has not been completed.");
    }
  }

  /** Deleting a file that a clinical record holds. */
  public static final class Attached extends ProblemException {
    public Attached() {
      super(
          Status.CONFLICT,
          "file-attached",
          "File Attached to a Record",
          "The file belongs to a clinical record. Detach it from the draft record first;"
              + " a final record's files are kept.");
    }
  }

  public static final class StorageUnavailable extends ProblemException {
    public StorageUnavailable() {
      super(
          Status.SERVICE_UNAVAILABLE,
          "storage-unavailable",
          "File Storage Unavailable",
          "File storage cannot be reached. Try again shortly.");
      withHeader(HttpHeaders.RETRY_AFTER, "10");
    }
  }

  /** 409: the file cannot be attached to the record (not uploaded, or someone else's). */
  public static final class Unattachable extends ProblemException {
    public Unattachable(String why) {
      super(Status.CONFLICT, "file-unattachable", "File Cannot Be Attached", why);
    }
  }
}
